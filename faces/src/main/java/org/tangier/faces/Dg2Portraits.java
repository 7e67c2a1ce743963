package org.tangier.faces;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/**
 * The portraits in an eMRTD chip's data group 2 (ICAO Doc 9303 part 10: ISO/IEC 19794-5 face records in a CBEFF
 * wrapper), read with JMRTD. Chips store JPEG or, more and more, JPEG 2000; the latter is decoded by the JPEG 2000
 * ImageIO plugin on the classpath.
 */
public final class Dg2Portraits {

    private Dg2Portraits() {
    }

    /** Every portrait in the data group, in its order; refuses a file that is not a DG2 with a reason. */
    public static List<BufferedImage> read(byte[] dg2) {
        DG2File file;
        try {
            file = new DG2File(new ByteArrayInputStream(dg2));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an eMRTD DG2 data group (" + e.getMessage() + ")", e);
        }
        List<BufferedImage> portraits = new ArrayList<>();
        for (FaceInfo info : file.getFaceInfos()) {
            for (FaceImageInfo image : info.getFaceImageInfos()) {
                portraits.add(decode(image));
            }
        }
        if (portraits.isEmpty()) {
            throw new IllegalArgumentException("the DG2 data group holds no portrait");
        }
        return portraits;
    }

    private static BufferedImage decode(FaceImageInfo info) {
        try (InputStream in = info.getImageInputStream()) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IllegalArgumentException("the DG2 portrait (" + info.getMimeType() + ") could not be decoded");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("the DG2 portrait (" + info.getMimeType() + ") could not be decoded: "
                    + e.getMessage(), e);
        }
    }
}
