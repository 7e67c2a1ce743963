package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on the one real face we may ship: NASA's public-domain portrait of Eileen Collins, as Debian's
 * python3-skimage package carries it (skimage/data/astronaut.png), and on images derived from it.
 */
class FaceEngineTest {

    static FaceEngine engine;
    static BufferedImage astronaut;

    @BeforeAll
    static void load() throws IOException {
        engine = FaceEngine.open(FaceModels.bundled(), 1);
        try (InputStream in = FaceEngineTest.class.getResourceAsStream("astronaut.png")) {
            astronaut = ImageIO.read(in);
        }
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void findsTheFaceAndMakesAUnitTemplateOfTheModelsDimension() {
        FaceAnalysis a = engine.analyse(astronaut, QualityPolicy.DEFAULT);
        assertThat(a.quality().faces()).isEqualTo(1);
        assertThat(a.accepted()).isTrue();
        // the face is in the upper middle of the photograph, about a fifth of its width
        assertThat(a.quality().box().x1()).isBetween(120.0, 240.0);
        assertThat(a.quality().box().y1()).isBetween(20.0, 140.0);
        assertThat(a.template().dimension()).isEqualTo(engine.dimension()).isEqualTo(512);
        assertThat(a.template().similarity(a.template())).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void theSameFaceMovedScaledAndTiltedStaysClose() {
        FaceTemplate original = engine.analyse(astronaut, QualityPolicy.DEFAULT).template();
        BufferedImage moved = transform(astronaut, 0.8, Math.toRadians(12), 40, -20);
        FaceAnalysis a = engine.analyse(moved, QualityPolicy.DEFAULT);
        assertThat(a.quality().roll()).isBetween(5.0, 20.0);
        assertThat(a.template().similarity(original)).isGreaterThan(0.8);
    }

    @Test
    void aBlurredFaceIsRefusedAsBlurred() {
        BufferedImage blurred = astronaut;
        for (int i = 0; i < 6; i++) {
            blurred = box(blurred, 5);
        }
        FaceAnalysis a = engine.analyse(blurred, QualityPolicy.DEFAULT);
        assertThat(a.quality().refusals()).extracting(FaceQuality.Refusal::reason).contains(FaceQuality.Reason.BLUR);
    }

    @Test
    void aFaceFarFromTheCameraIsRefusedAsTooSmall() {
        BufferedImage small = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 640, 480);
        g.drawImage(astronaut, 250, 150, 180, 180, null);
        g.dispose();
        FaceAnalysis a = engine.analyse(small, QualityPolicy.DEFAULT);
        assertThat(a.quality().faces()).isPositive();
        assertThat(a.quality().refusals()).extracting(FaceQuality.Refusal::reason).contains(FaceQuality.Reason.TOO_SMALL);
    }

    @Test
    void anImageWithoutAFaceIsRefusedAsNoFace() {
        BufferedImage plain = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plain.createGraphics();
        for (int i = 0; i < 20; i++) {
            g.setColor(new Color(i * 12, 255 - i * 10, (i * 37) % 255));
            g.fillRect(i * 20, (i * 13) % 300, 20, 60);
        }
        g.dispose();
        FaceAnalysis a = engine.analyse(plain, QualityPolicy.DEFAULT);
        assertThat(a.quality().refusals()).extracting(FaceQuality.Refusal::reason).containsExactly(FaceQuality.Reason.NO_FACE);
        assertThat(a.template()).isNull();
    }

    static BufferedImage transform(BufferedImage src, double scale, double angle, double tx, double ty) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(src.getWidth() / 2.0 + tx, src.getHeight() / 2.0 + ty);
        t.rotate(angle);
        t.scale(scale, scale);
        t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage box(BufferedImage src, int n) {
        float[] k = new float[n * n];
        Arrays.fill(k, 1f / (n * n));
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(src, 0, 0, null);
        return new ConvolveOp(new Kernel(n, n, k), ConvolveOp.EDGE_NO_OP, null).filter(rgb, null);
    }
}
