package org.tangier.faces;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pipeline: detect → 68 landmarks → five points → similarity alignment onto 112×112 → embedding, with the quality
 * checks between the steps. Thread-safe: ONNX Runtime sessions may run concurrently.
 */
public final class FaceEngine implements AutoCloseable {

    private final OrtSession detectorSession;
    private final OrtSession landmarksSession;
    private final OrtSession embeddingSession;
    private final FaceDetector detector;
    private final FaceLandmarks landmarks;
    private final FaceEmbedder embedder;
    private final int dimension;

    private FaceEngine(OrtEnvironment env, OrtSession detector, OrtSession landmarks, OrtSession embedding)
            throws OrtException {
        this.detectorSession = detector;
        this.landmarksSession = landmarks;
        this.embeddingSession = embedding;
        this.detector = new FaceDetector(env, detector);
        this.landmarks = new FaceLandmarks(env, landmarks);
        this.embedder = new FaceEmbedder(env, embedding);
        long[] shape = ((TensorInfo) embedding.getOutputInfo().values().iterator().next().getInfo()).getShape();
        this.dimension = (int) shape[shape.length - 1];
    }

    /**
     * Loads the three networks.
     *
     * @param threads threads each network may use per image; 0 for ONNX Runtime's default (all cores)
     */
    public static FaceEngine open(FaceModels models, int threads) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        List<OrtSession> opened = new ArrayList<>();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
            }
            OrtSession d = env.createSession(models.detectorBytes(), options);
            opened.add(d);
            OrtSession l = env.createSession(models.landmarksBytes(), options);
            opened.add(l);
            OrtSession e = env.createSession(models.embeddingBytes(), options);
            opened.add(e);
            return new FaceEngine(env, d, l, e);
        } catch (OrtException e) {
            opened.forEach(FaceEngine::closeQuietly);
            throw new IllegalStateException("The face model could not be loaded (" + models.describe() + "): "
                    + e.getMessage(), e);
        }
    }

    /** Dimension of the templates this model makes (512 for the default). */
    public int dimension() {
        return dimension;
    }

    /** Finds the largest face, checks its quality and makes its template. */
    public FaceAnalysis analyse(BufferedImage image, QualityPolicy policy) {
        try {
            FacePixels pixels = FacePixels.of(image);
            List<FaceBox> faces = detector.detect(pixels);
            if (faces.isEmpty()) {
                return new FaceAnalysis(FaceQuality.noFace(), null);
            }
            FaceBox face = faces.stream().max(Comparator.comparingDouble(FaceBox::area)).orElseThrow();
            List<Point> five = FaceLandmarks.fivePoints(landmarks.locate(pixels, face));
            float[][] aligned = FaceAligner.align(pixels, five);
            FaceQuality quality = FacePose.judge(faces.size(), face, five, Sharpness.of(aligned, FaceAligner.SIZE), policy);
            return new FaceAnalysis(quality, new FaceTemplate(embedder.embed(aligned)));
        } catch (OrtException e) {
            throw new IllegalStateException("The face model failed on this image: " + e.getMessage(), e);
        }
    }

    /** Times of the steps for one image, in nanoseconds: detection, landmarks + alignment, embedding. */
    public long[] time(BufferedImage image) {
        try {
            FacePixels pixels = FacePixels.of(image);
            long t0 = System.nanoTime();
            List<FaceBox> faces = detector.detect(pixels);
            long t1 = System.nanoTime();
            if (faces.isEmpty()) {
                return new long[] {t1 - t0, -1, -1};
            }
            List<Point> five = FaceLandmarks.fivePoints(landmarks.locate(pixels, faces.get(0)));
            float[][] aligned = FaceAligner.align(pixels, five);
            long t2 = System.nanoTime();
            embedder.embed(aligned);
            long t3 = System.nanoTime();
            return new long[] {t1 - t0, t2 - t1, t3 - t2};
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(detectorSession);
        closeQuietly(landmarksSession);
        closeQuietly(embeddingSession);
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException ignored) {
            // closing releases native memory; nothing to do if it fails
        }
    }
}
