package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.NO_RIDGES;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fingerprint template: the minutiae SourceAFIS extracted from one image, in SourceAFIS's serialised form, tagged
 * with the extractor that made it.
 *
 * <p>SourceAFIS templates are only comparable with templates of the same SourceAFIS version. {@link #toBytes()}
 * therefore stores a small header naming the extractor ("sourceafis/3.18.1") in front of SourceAFIS's bytes; after
 * a library upgrade {@link #fromBytes(byte[])} still reads old templates, {@link #isCurrent()} turns false, and the
 * application re-extracts them from the stored images ({@link FingerprintSample}).
 *
 * <p>Stored layout: the magic "TGFT", one byte header version (1), one byte extractor name length, the extractor
 * name in ASCII, then SourceAFIS's CBOR.
 */
public final class Template {

    /** The extractor of templates made by this build; stored templates with another format must be re-extracted. */
    public static final String CURRENT_FORMAT = "sourceafis/" + FingerprintCompatibility.version();

    private static final byte[] MAGIC = {'T', 'G', 'F', 'T'};
    private static final int HEADER_VERSION = 1;
    /**
     * SourceAFIS finds a few spurious minutiae even in noise; a real print of a quarter inch square has more than
     * this many. Fewer means the extractor found no fingerprint.
     */
    static final int MIN_MINUTIAE = 5;

    private final String format;
    private final byte[] serialized;
    /** Null when the template was made by another SourceAFIS version: comparing it would be meaningless. */
    private final FingerprintTemplate sourceafis;
    private final Minutiae minutiae;
    /** The pre-filter's edge keys, computed once here rather than at every search. */
    private final EdgeKeys.Candidate edges;

    private Template(String format, byte[] serialized, FingerprintTemplate sourceafis, Minutiae minutiae) {
        this.format = format;
        this.serialized = serialized;
        this.sourceafis = sourceafis;
        this.minutiae = minutiae;
        this.edges = minutiae == null ? null : EdgeKeys.candidate(minutiae);
    }

    /** Extracts the template of a decoded image; refuses images in which SourceAFIS finds no fingerprint. */
    public static Template extract(DecodedImage image) {
        Objects.requireNonNull(image, "image");
        FingerprintTemplate template = new FingerprintTemplate(new FingerprintImage(image.width(), image.height(),
                image.pixels(), new FingerprintImageOptions().dpi(image.dpi())));
        byte[] serialized = template.toByteArray();
        Minutiae minutiae = Minutiae.read(serialized);
        if (minutiae.count() < MIN_MINUTIAE) {
            throw new UnusableFingerprintException(NO_RIDGES, "no fingerprint found in the image: only "
                    + minutiae.count() + " minutiae (ridge endings and forks), at least " + MIN_MINUTIAE
                    + " needed; send a sharper or larger capture of the finger");
        }
        return new Template(CURRENT_FORMAT, serialized, template, minutiae);
    }

    /** Decodes and extracts in one step. */
    public static Template extract(FingerprintSample sample) {
        return extract(FingerprintDecoder.decode(sample));
    }

    /** Reads a template stored with {@link #toBytes()}; check {@link #isCurrent()} before matching it. */
    public static Template fromBytes(byte[] stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.length < 6 || !Arrays.equals(stored, 0, 4, MAGIC, 0, 4)) {
            throw new IllegalArgumentException("not a Tangier fingerprint template: the magic \"TGFT\" is missing");
        }
        if (stored[4] != HEADER_VERSION) {
            throw new IllegalArgumentException("unknown template header version " + stored[4] + " (1 expected)");
        }
        int nameLength = stored[5] & 0xff;
        if (stored.length < 6 + nameLength) {
            throw new IllegalArgumentException("the template is truncated inside its header");
        }
        String format = new String(stored, 6, nameLength, StandardCharsets.US_ASCII);
        byte[] serialized = Arrays.copyOfRange(stored, 6 + nameLength, stored.length);
        if (!format.equals(CURRENT_FORMAT)) {
            return new Template(format, serialized, null, null);
        }
        FingerprintTemplate template;
        try {
            template = new FingerprintTemplate(serialized);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the template's SourceAFIS data is corrupt: " + e.getMessage(), e);
        }
        return new Template(format, serialized, template, Minutiae.read(serialized));
    }

    /**
     * Whether a stored template ({@link #toBytes()}) was made by the current extractor, read from its header alone:
     * what a gallery loading millions of templates checks before {@link CompactGallery#add(String, String,
     * FingerPosition, byte[])}, which refuses the others.
     */
    public static boolean isCurrent(byte[] stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.length < 6 || !Arrays.equals(stored, 0, 4, MAGIC, 0, 4) || stored[4] != HEADER_VERSION
                || stored.length < 6 + (stored[5] & 0xff)) {
            return false;
        }
        return new String(stored, 6, stored[5] & 0xff, StandardCharsets.US_ASCII).equals(CURRENT_FORMAT);
    }

    /** The minutiae of a stored template, read without building SourceAFIS's structure; refuses other versions. */
    static Minutiae minutiaeOf(byte[] stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.length < 6 || !Arrays.equals(stored, 0, 4, MAGIC, 0, 4) || stored[4] != HEADER_VERSION
                || stored.length < 6 + (stored[5] & 0xff)) {
            throw new IllegalArgumentException("not a Tangier fingerprint template (magic \"TGFT\", header version 1)");
        }
        int nameLength = stored[5] & 0xff;
        String format = new String(stored, 6, nameLength, StandardCharsets.US_ASCII);
        if (!format.equals(CURRENT_FORMAT)) {
            throw new IllegalArgumentException("the template was extracted by " + format + "; re-extract it with "
                    + CURRENT_FORMAT + " before enrolling");
        }
        return Minutiae.read(Arrays.copyOfRange(stored, 6 + nameLength, stored.length));
    }

    /** The bytes to store: the header naming the extractor, then SourceAFIS's serialised template. */
    public byte[] toBytes() {
        byte[] name = format.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(6 + name.length + serialized.length);
        out.writeBytes(MAGIC);
        out.write(HEADER_VERSION);
        out.write(name.length);
        out.writeBytes(name);
        out.writeBytes(serialized);
        return out.toByteArray();
    }

    /** The extractor that made this template, e.g. "sourceafis/3.18.1". */
    public String format() {
        return format;
    }

    /** False when this template was made by another SourceAFIS version and must be re-extracted before matching. */
    public boolean isCurrent() {
        return sourceafis != null;
    }

    /** Ridge endings and forks found; more minutiae mean more evidence per comparison. */
    public int minutiaCount() {
        return current().count();
    }

    /**
     * Heap bytes this template occupies when held in a gallery: SourceAFIS's own estimate of its search structure
     * (most of it: SourceAFIS keeps every minutia's neighbour edges as objects) plus the pre-filter's edge keys.
     * The minutiae and serialised bytes are not counted: a gallery keeps neither.
     */
    public int memoryBytes() {
        current();
        return sourceafis.memory() + edges.memoryBytes();
    }

    /**
     * 1:1 similarity score with another template: 0 for unrelated prints; {@link Thresholds#MATCH} and above
     * means the same finger. For many comparisons against one probe, use a {@link Gallery}.
     */
    public double compare(Template candidate) {
        return new FingerprintMatcher(sourceafis()).match(candidate.sourceafis());
    }

    FingerprintTemplate sourceafis() {
        current();
        return sourceafis;
    }

    Minutiae minutiae() {
        return current();
    }

    EdgeKeys.Candidate edges() {
        current();
        return edges;
    }

    private Minutiae current() {
        if (sourceafis == null) {
            throw new IllegalStateException("this template was extracted by " + format + " but this build matches with "
                    + CURRENT_FORMAT + "; re-extract it from its stored image");
        }
        return minutiae;
    }

    @Override
    public String toString() {
        return "Template[" + format + (sourceafis == null ? ", outdated" : ", " + minutiae.count() + " minutiae") + "]";
    }
}
