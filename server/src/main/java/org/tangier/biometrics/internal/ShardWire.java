package org.tangier.biometrics.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/**
 * What the nodes of a sharded gallery send each other: a search (threshold, limit, the probe's templates in their
 * stored form) and a shard's answer (candidates with their finger evidence). A small binary form: the probe's
 * templates are binary already, and ten of them in JSON would be base64 a third larger for nothing.
 */
final class ShardWire {

    static final String MEDIA_TYPE = "application/vnd.tangier.fingerprint-shard";
    private static final int MAGIC = 0x54475348; // "TGSH"
    private static final int MAX_PROBE_FINGERS = 20;
    private static final int MAX_TEMPLATE_BYTES = 1 << 20;
    private static final int MAX_CANDIDATES = 1_000;

    private ShardWire() {
    }

    record Search(Map<FingerPosition, Template> probe, double threshold, int limit) {
    }

    static byte[] search(Map<FingerPosition, Template> probe, double threshold, int limit) {
        return write(out -> {
            out.writeInt(MAGIC);
            out.writeDouble(threshold);
            out.writeInt(limit);
            out.writeInt(probe.size());
            for (Map.Entry<FingerPosition, Template> finger : probe.entrySet()) {
                byte[] stored = finger.getValue().toBytes();
                out.writeByte(finger.getKey().code());
                out.writeInt(stored.length);
                out.write(stored);
            }
        });
    }

    /** Reads a search; refuses anything malformed with an {@link IllegalArgumentException} saying what. */
    static Search readSearch(byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a fingerprint shard search");
            }
            double threshold = in.readDouble();
            int limit = in.readInt();
            int fingers = in.readInt();
            if (limit < 1 || limit > MAX_CANDIDATES || fingers < 1 || fingers > MAX_PROBE_FINGERS || !(threshold >= 0)) {
                throw new IllegalArgumentException("limit, finger count or threshold out of range");
            }
            Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
            for (int i = 0; i < fingers; i++) {
                FingerPosition position = FingerPosition.ofCode(in.readUnsignedByte());
                int length = in.readInt();
                if (length < 1 || length > MAX_TEMPLATE_BYTES) {
                    throw new IllegalArgumentException("template length out of range: " + length);
                }
                Template template = Template.fromBytes(in.readNBytes(length));
                if (!template.isCurrent()) {
                    throw new IllegalArgumentException("the probe template was made by " + template.format());
                }
                probe.put(position, template);
            }
            return new Search(probe, threshold, limit);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated fingerprint shard search", e);
        }
    }

    static byte[] answer(int shard, List<Candidate> candidates) {
        return write(out -> {
            out.writeInt(MAGIC);
            out.writeInt(shard);
            out.writeInt(candidates.size());
            for (Candidate c : candidates) {
                out.writeUTF(c.subjectId());
                out.writeDouble(c.score());
                out.writeDouble(c.fusedScore());
                out.writeInt(c.fingers().size());
                for (Candidate.FingerMatch f : c.fingers()) {
                    out.writeByte(f.probePosition().code());
                    out.writeByte(f.enrolledPosition().code());
                    out.writeUTF(f.enrolledPrintId() == null ? "" : f.enrolledPrintId());
                    out.writeDouble(f.score());
                }
            }
        });
    }

    record Answer(int shard, List<Candidate> candidates) {
    }

    static Answer readAnswer(byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a fingerprint shard answer");
            }
            int shard = in.readInt();
            int count = in.readInt();
            if (count < 0 || count > MAX_CANDIDATES) {
                throw new IllegalArgumentException("candidate count out of range: " + count);
            }
            List<Candidate> candidates = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String subject = in.readUTF();
                double score = in.readDouble();
                double fused = in.readDouble();
                int fingers = in.readInt();
                if (fingers < 0 || fingers > MAX_PROBE_FINGERS) {
                    throw new IllegalArgumentException("finger count out of range: " + fingers);
                }
                List<Candidate.FingerMatch> matches = new ArrayList<>(fingers);
                for (int f = 0; f < fingers; f++) {
                    FingerPosition probe = FingerPosition.ofCode(in.readUnsignedByte());
                    FingerPosition enrolled = FingerPosition.ofCode(in.readUnsignedByte());
                    String print = in.readUTF();
                    matches.add(new Candidate.FingerMatch(probe, enrolled, print.isEmpty() ? null : print, in.readDouble()));
                }
                candidates.add(new Candidate(subject, score, fused, matches));
            }
            return new Answer(shard, candidates);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated fingerprint shard answer", e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }
}
