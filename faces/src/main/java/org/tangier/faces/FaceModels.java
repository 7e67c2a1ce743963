package org.tangier.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the three networks come from: the default model bundled at build time (docs/faces.md), or an agency's own
 * vetted ONNX files. A model of its own must keep the default's inputs and outputs: a detector taking 1×3×240×320 RGB
 * and answering {@code scores} and {@code boxes} per anchor, 68 landmarks from a 64×64 grey crop, and an embedding
 * from a 112×112 RGB face aligned on the ArcFace reference points.
 *
 * @param detector   path of the detector's ONNX file, or null for the bundled one
 * @param landmarks  path of the landmark network's ONNX file, or null for the bundled one
 * @param embedding  path of the embedding network's ONNX file, or null for the bundled one
 */
public record FaceModels(Path detector, Path landmarks, Path embedding) {

    static final String BUNDLED = "/org/tangier/faces/model/";

    /** The default model, as the build fetched it from the npm registry. */
    public static FaceModels bundled() {
        return new FaceModels(null, null, null);
    }

    /** A short description for logs and the docs: which file each network comes from. */
    public String describe() {
        return "detector " + name(detector, "fr_detect.onnx") + ", landmarks " + name(landmarks, "fr_landmark.onnx")
                + ", embedding " + name(embedding, "fr_feature.onnx");
    }

    /**
     * The model's identity, stored with every template it makes ({@code face.template_model}): which file each
     * network comes from and a SHA-256 digest of the three files' contents, so that a vetted file replaced at the same
     * path is a model change too. Templates of another identity are not compared with this model's (embeddings of
     * two networks do not share a space) and are re-embedded from their stored images. At most 300 characters.
     */
    public String identity() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(detectorBytes());
            sha.update(landmarksBytes());
            sha.update(embeddingBytes());
            String digest = java.util.HexFormat.of().formatHex(sha.digest(), 0, 12);
            String description = describe();
            int room = 300 - ", sha256 ".length() - digest.length();
            if (description.length() > room) {
                // long custom paths: keep their ends, the file names, which tell models apart better than directories
                description = "…" + description.substring(description.length() - room + 1);
            }
            return description + ", sha256 " + digest;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    byte[] detectorBytes() {
        return read(detector, "fr_detect.onnx");
    }

    byte[] landmarksBytes() {
        return read(landmarks, "fr_landmark.onnx");
    }

    byte[] embeddingBytes() {
        return read(embedding, "fr_feature.onnx");
    }

    private static String name(Path path, String bundled) {
        return path == null ? "bundled " + bundled : path.toString();
    }

    private static byte[] read(Path path, String bundled) {
        try {
            if (path != null) {
                if (!Files.isReadable(path)) {
                    throw new IllegalArgumentException("Face model file " + path + " is not readable");
                }
                return Files.readAllBytes(path);
            }
            try (InputStream in = FaceModels.class.getResourceAsStream(BUNDLED + bundled)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled face model " + bundled
                            + " is missing from the classpath: build the faces module (it fetches the model) or configure your own");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
