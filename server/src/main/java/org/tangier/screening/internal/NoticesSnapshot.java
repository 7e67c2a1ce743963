package org.tangier.screening.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.tangier.access.Restriction;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;

/**
 * The notices in force in the screening snapshot ({@code notices-<generation>.snap}), so that a starting node reads
 * a file instead of paging through every notice in the database (a million wanted persons: a million notices) and
 * replays only the notices changed since ({@code Notices.forEachChangedSince}).
 *
 * <p>Format: magic, version, count, then per notice its id, reference, type, diffusion flag, owner, restriction,
 * instruction and subject ids; a CRC-32C of all that ends the file. Types and instructions are written by name, so a
 * reordered enum does not misread an old file. A file of another version is refused ({@link #read} gives nothing) and
 * the caller reads the notices from the database: a change of this format must raise {@link #VERSION}.
 */
final class NoticesSnapshot {

    private static final long MAGIC = 0x5447_524E_4F54_4331L; // "TGRNOTC1"
    static final int VERSION = 1;

    private NoticesSnapshot() {
    }

    static void write(Path file, Collection<NoticeInForce> notices) throws IOException {
        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(file)) {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 20);
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(notices.size());
            for (NoticeInForce n : notices) {
                out.writeLong(n.noticeId().getMostSignificantBits());
                out.writeLong(n.noticeId().getLeastSignificantBits());
                writeString(out, n.reference());
                writeString(out, n.type().name());
                out.writeBoolean(n.diffusion());
                writeString(out, n.ownerAgency());
                writeString(out, n.restriction().toString());
                writeString(out, n.instruction().name());
                out.writeInt(n.subjectIds().size());
                for (UUID subject : n.subjectIds()) {
                    out.writeLong(subject.getMostSignificantBits());
                    out.writeLong(subject.getLeastSignificantBits());
                }
            }
            out.flush();
            new DataOutputStream(buffered).writeLong(crc.getValue());
            buffered.flush();
        }
    }

    /**
     * The notices in the file, or nothing when it is of another version. The file is read whole and checked before
     * it is parsed: one bulk read and one checksum pass instead of a stream call per field.
     *
     * @throws IOException when it is missing, damaged or cut short
     */
    static Optional<List<NoticeInForce>> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 20 || in.getLong() != MAGIC) {
            throw new IOException("not a notices snapshot: " + file);
        }
        if (in.getInt() != VERSION) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new IOException("damaged (checksum): " + file);
        }
        int count = in.getInt();
        List<NoticeInForce> notices = new ArrayList<>(count);
        // a million notices share a few dozen owners and restrictions: one object each, not one per notice
        Map<String, String> owners = new HashMap<>();
        Map<String, Restriction> restrictions = new HashMap<>();
        try {
            for (int i = 0; i < count; i++) {
                UUID id = new UUID(in.getLong(), in.getLong());
                String reference = readString(in);
                NoticeType type = NoticeType.valueOf(readString(in));
                boolean diffusion = in.get() != 0;
                String owner = owners.computeIfAbsent(readString(in), o -> o);
                Restriction restriction = restrictions.computeIfAbsent(readString(in), Restriction::parse);
                Instruction instruction = Instruction.valueOf(readString(in));
                int subjects = in.getInt();
                UUID[] subjectIds = new UUID[subjects];
                for (int s = 0; s < subjects; s++) {
                    subjectIds[s] = new UUID(in.getLong(), in.getLong());
                }
                notices.add(new NoticeInForce(id, reference, type, diffusion, owner, restriction, instruction,
                        List.of(subjectIds)));
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot be read: " + file + " (" + e + ")", e);
        }
        if (in.remaining() != Long.BYTES) {
            throw new IOException("not read to its end: " + file);
        }
        return Optional.of(notices);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
