package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintDecoderTest {

    @Test
    void decodesPngJpegAndBmpOfTheSamePrintToTheSameSize() {
        DecodedImage png = FingerprintDecoder.decode(TestPrints.bytes("probe.png"));
        DecodedImage jpeg = FingerprintDecoder.decode(TestPrints.bytes("probe.jpeg"));
        DecodedImage bmp = FingerprintDecoder.decode(TestPrints.bytes("probe.bmp"));

        assertThat(png.format()).isEqualTo(ImageFormat.PNG);
        assertThat(jpeg.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(bmp.format()).isEqualTo(ImageFormat.BMP);
        for (DecodedImage image : new DecodedImage[] {jpeg, bmp}) {
            assertThat(image.width()).isEqualTo(png.width());
            assertThat(image.height()).isEqualTo(png.height());
            assertThat(image.dpi()).isEqualTo(500);
        }
    }

    @Test
    void assumes500DpiAndSaysSoWhenTheFileStatesNoResolution() {
        byte[] withoutResolution = TestPrints.bytes("matching.png");
        DecodedImage image = FingerprintDecoder.decode(withoutResolution);
        if (image.dpiSource() == DecodedImage.DpiSource.ASSUMED) {
            assertThat(image.dpi()).isEqualTo(FingerprintDecoder.ASSUMED_DPI);
            assertThatThrownBy(() -> FingerprintDecoder.decodeStrict(withoutResolution))
                    .isInstanceOf(UnusableFingerprintException.class)
                    .hasMessageContaining("does not state its resolution");
        } else {
            assertThat(image.dpiSource()).isEqualTo(DecodedImage.DpiSource.FILE);
        }
    }

    @Test
    void readsTheResolutionOfPngAndTiffFromTheFile() {
        BufferedImage print = TestPrints.image("probe.png");
        DecodedImage png = FingerprintDecoder.decode(TestPrints.encode(print, "png", 500));
        DecodedImage tiff = FingerprintDecoder.decode(TestPrints.encode(print, "tiff", 600));

        assertThat(png.dpiSource()).isEqualTo(DecodedImage.DpiSource.FILE);
        assertThat(png.dpi()).isCloseTo(500, within(1.0));
        assertThat(tiff.format()).isEqualTo(ImageFormat.TIFF);
        assertThat(tiff.dpiSource()).isEqualTo(DecodedImage.DpiSource.FILE);
        assertThat(tiff.dpi()).isCloseTo(600, within(1.0));
        assertThat(tiff.width()).isEqualTo(print.getWidth());
    }

    @Test
    void readsTheResolutionOfWsqFromItsNistComment() {
        DecodedImage wsq = FingerprintDecoder.decode(TestPrints.bytes("wsq-original.wsq"));

        assertThat(wsq.format()).isEqualTo(ImageFormat.WSQ);
        assertThat(wsq.dpi()).isEqualTo(500);
        assertThat(wsq.dpiSource()).isEqualTo(DecodedImage.DpiSource.FILE);
        assertThat(wsq.width()).isEqualTo(832);
        assertThat(wsq.height()).isEqualTo(768);
    }

    @Test
    void wsqImagesDecodedConcurrentlyDecodeAsWhenAlone() throws Exception {
        List<FingerprintSample> card = TestPrints.transaction("type-4-tpcard.an2").fingerprints();
        List<DecodedImage> alone = card.stream().map(FingerprintDecoder::decode).toList();

        List<DecodedImage> together = card.parallelStream().map(FingerprintDecoder::decode).toList();

        for (int i = 0; i < card.size(); i++) {
            assertThat(together.get(i).pixels()).isEqualTo(alone.get(i).pixels());
            assertThat(together.get(i).dpi()).isEqualTo(alone.get(i).dpi());
        }
    }

    @Test
    void resolutionGivenByTheCallerOverridesTheFile() {
        byte[] stated96 = TestPrints.encode(TestPrints.image("probe.png"), "png", 96);

        DecodedImage image = FingerprintDecoder.decode(stated96, 500);

        assertThat(image.dpi()).isEqualTo(500);
        assertThat(image.dpiSource()).isEqualTo(DecodedImage.DpiSource.CALLER);
    }

    @Test
    void refusesAScreenResolutionAndSaysHowToFixIt() {
        byte[] stated96 = TestPrints.encode(TestPrints.image("probe.png"), "png", 96);

        assertThatThrownBy(() -> FingerprintDecoder.decode(stated96))
                .isInstanceOfSatisfying(UnusableFingerprintException.class, e -> assertThat(e.reason())
                        .isEqualTo(UnusableFingerprintException.Reason.RESOLUTION_OUT_OF_RANGE))
                .hasMessageContaining("96 dpi")
                .hasMessageContaining("300 to 1000 dpi")
                .hasMessageContaining("give the scanner's resolution");
    }

    @Test
    void refusesAThumbnailAsTooSmall() {
        BufferedImage thumbnail = TestPrints.image("probe.png").getSubimage(100, 100, 80, 80);

        assertThatThrownBy(() -> FingerprintDecoder.decode(TestPrints.encode(copy(thumbnail), "png", 500)))
                .isInstanceOfSatisfying(UnusableFingerprintException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableFingerprintException.Reason.TOO_SMALL))
                .hasMessageContaining("80 x 80 pixels")
                .hasMessageContaining("at least 0.25 x 0.25 inches");
    }

    @Test
    void refusesABlankImage() {
        BufferedImage blank = new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.dispose();

        assertThatThrownBy(() -> FingerprintDecoder.decode(TestPrints.encode(blank, "png", 500)))
                .isInstanceOfSatisfying(UnusableFingerprintException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableFingerprintException.Reason.NO_RIDGES))
                .hasMessageContaining("no fingerprint ridges");
    }

    @Test
    void refusesAFileThatIsNotAnImage() {
        byte[] text = "surname,given name\nHAMMOUCHI,ABDELLATIF\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FingerprintDecoder.decode(text))
                .isInstanceOfSatisfying(UnusableFingerprintException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableFingerprintException.Reason.UNSUPPORTED_FORMAT))
                .hasMessageContaining("PNG, JPEG, BMP, TIFF or WSQ");
    }

    @Test
    void refusesATruncatedImage() {
        byte[] png = TestPrints.bytes("probe.png");
        byte[] truncated = Arrays.copyOf(png, png.length / 3);

        assertThatThrownBy(() -> FingerprintDecoder.decode(truncated))
                .isInstanceOfSatisfying(UnusableFingerprintException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableFingerprintException.Reason.NOT_DECODABLE))
                .hasMessageContaining("cannot be decoded");
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }
}
