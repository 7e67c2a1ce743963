package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.junit.jupiter.api.Test;

/** DG2 files made with JMRTD from the public-domain astronaut portrait, as JPEG and as JPEG 2000. */
class Dg2PortraitsTest {

    @Test
    void aJpeg2000PortraitIsReadAndItsFaceFound() throws Exception {
        BufferedImage portrait = astronaut();
        byte[] dg2 = dg2(encode(portrait, "jpeg2000"), FaceImageInfo.IMAGE_DATA_TYPE_JPEG2000, portrait);
        List<BufferedImage> read = Dg2Portraits.read(dg2);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getWidth()).isEqualTo(portrait.getWidth());
        try (FaceEngine engine = FaceEngine.open(FaceModels.bundled(), 1)) {
            FaceTemplate fromChip = engine.analyse(read.get(0), QualityPolicy.DEFAULT).template();
            FaceTemplate original = engine.analyse(portrait, QualityPolicy.DEFAULT).template();
            assertThat(fromChip.similarity(original)).isGreaterThan(0.9);
        }
    }

    @Test
    void aJpegPortraitIsRead() throws Exception {
        BufferedImage portrait = astronaut();
        byte[] dg2 = dg2(encode(portrait, "jpg"), FaceImageInfo.IMAGE_DATA_TYPE_JPEG, portrait);
        assertThat(Dg2Portraits.read(dg2)).singleElement().extracting(BufferedImage::getHeight).isEqualTo(portrait.getHeight());
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertThatThrownBy(() -> Dg2Portraits.read("not a data group".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DG2");
    }

    static BufferedImage astronaut() throws Exception {
        try (InputStream in = Dg2PortraitsTest.class.getResourceAsStream("astronaut.png")) {
            BufferedImage png = ImageIO.read(in);
            // interleaved bytes: jai-imageio's JPEG 2000 writer writes grey planes from packed-int images
            BufferedImage rgb = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            rgb.getGraphics().drawImage(png, 0, 0, null);
            return rgb;
        }
    }

    static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("an ImageIO writer for " + format).isTrue();
        return out.toByteArray();
    }

    static byte[] dg2(byte[] encoded, int dataType, BufferedImage image) throws Exception {
        FaceImageInfo info = new FaceImageInfo(Gender.FEMALE, FaceImageInfo.EyeColor.UNSPECIFIED, 0, 0, 0,
                new int[] {0, 0, 0}, new int[] {0, 0, 0}, FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, 1, 0, 0, 0,
                new FaceImageInfo.FeaturePoint[0], image.getWidth(), image.getHeight(),
                new ByteArrayInputStream(encoded), encoded.length, dataType);
        return DG2File.createISO19794DG2File(List.of(new FaceInfo(List.of(info)))).getEncoded();
    }
}
