package org.tangier.audit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the chain head, outside the database. The chain's own hash is unkeyed: someone who can write
 * the database can cut its tail or rewrite its newest entries and hash them again consistently. A checkpoint —
 * the head's sequence number and hash, and when, under an HMAC-SHA256 with a key that is not in the database — is
 * appended as one JSON line to a file outside the database; the verifier holds the chain against the latest ones.
 *
 * <p>The key comes from {@code tangier.audit.checkpoint-key} (base64 of at least 32 bytes) or else from a key file
 * created 0600 in the data directory on first use. The export file should live where the database's administrators
 * cannot rewrite it (another host's mount, a WORM bucket, a log shipper): {@code tangier.audit.checkpoint-file}.
 */
@Component
class AuditCheckpoints {

    /** How many of the newest checkpoints the verifier checks: enough to span days at the default interval. */
    static final int CHECKED = 10_000;
    private static final Pattern LINE = Pattern.compile(
            "\\{\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\",\"at\":\"([^\"]+)\",\"mac\":\"([0-9a-f]{64})\"}");

    private final String configuredKey;
    private final Path keyFile;
    private final Path exportFile;
    private final Clock clock;
    private byte[] key;

    @Autowired
    AuditCheckpoints(@Value("${tangier.audit.checkpoint-key:}") String configuredKey,
            @Value("${tangier.audit.checkpoint-key-file:${tangier.data-dir:./data}/audit-checkpoint.key}") Path keyFile,
            @Value("${tangier.audit.checkpoint-file:${tangier.data-dir:./data}/audit-checkpoints.jsonl}") Path exportFile) {
        this(configuredKey, keyFile, exportFile, Clock.systemUTC());
    }

    AuditCheckpoints(String configuredKey, Path keyFile, Path exportFile, Clock clock) {
        this.configuredKey = configuredKey;
        this.keyFile = keyFile;
        this.exportFile = exportFile;
        this.clock = clock;
    }

    /** A signed checkpoint, as written and read. */
    record Checkpoint(long seq, String hash, Instant at, String mac) {

        String line() {
            return "{\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"at\":\"" + at + "\",\"mac\":\"" + mac + "\"}";
        }
    }

    /** Appends a signed checkpoint of this head to the export file and forces it to disk. */
    synchronized Checkpoint write(long seq, String hash) {
        Instant at = clock.instant();
        Checkpoint checkpoint = new Checkpoint(seq, hash, at, mac(key(true), seq, hash, at));
        try {
            createParent(exportFile);
            try (FileChannel out = FileChannel.open(exportFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + exportFile, e);
        }
        return checkpoint;
    }

    /**
     * The newest {@link #CHECKED} checkpoints, oldest first; empty when none were ever written.
     *
     * @throws ForgedCheckpoint when a line does not parse or its signature does not hold
     */
    List<Checkpoint> latest() {
        if (!Files.exists(exportFile)) {
            return List.of();
        }
        byte[] secret = key(false);
        if (secret == null) {
            throw new ForgedCheckpoint(0, "the checkpoint file " + exportFile + " exists but the checkpoint key is missing");
        }
        Deque<Checkpoint> newest = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(exportFile, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = LINE.matcher(line.strip());
                if (!m.matches()) {
                    throw new ForgedCheckpoint(number, "line " + number + " of the checkpoint file is not a checkpoint");
                }
                Checkpoint c = new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4));
                if (!MessageDigest.isEqual(mac(secret, c.seq(), c.hash(), c.at()).getBytes(StandardCharsets.US_ASCII),
                        c.mac().getBytes(StandardCharsets.US_ASCII))) {
                    throw new ForgedCheckpoint(number, "the signature of checkpoint line " + number + " does not hold");
                }
                newest.addLast(c);
                if (newest.size() > CHECKED) {
                    newest.removeFirst();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + exportFile, e);
        }
        return List.copyOf(newest);
    }

    private static String mac(byte[] secret, long seq, String hash, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signed = mac.doFinal((seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The key: configured, or from the key file, which is created (0600) only when {@code create} and missing. */
    private synchronized byte[] key(boolean create) {
        if (key != null) {
            return key;
        }
        if (configuredKey != null && !configuredKey.isBlank()) {
            byte[] decoded = Base64.getDecoder().decode(configuredKey.strip());
            if (decoded.length < 32) {
                throw new IllegalStateException("tangier.audit.checkpoint-key must be base64 of at least 32 bytes");
            }
            return key = decoded;
        }
        try {
            if (Files.exists(keyFile)) {
                return key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            }
            if (!create) {
                return null;
            }
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            createParent(keyFile);
            // written whole under a temporary name, then linked into place: no one ever reads a half-written key
            Path temporary = keyFile.resolveSibling(keyFile.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(generated) + "\n");
            try {
                Files.createLink(keyFile, temporary); // unlike a rename, fails when another process made one first
            } catch (java.nio.file.FileAlreadyExistsException another) {
                return key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            } finally {
                Files.deleteIfExists(temporary);
            }
            return key = generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit checkpoint key " + keyFile
                    + ": set tangier.audit.checkpoint-key or tangier.audit.checkpoint-key-file", e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** A checkpoint line that is not one, or not signed with the key. */
    static final class ForgedCheckpoint extends RuntimeException {

        final long line;

        ForgedCheckpoint(long line, String message) {
            super(message);
            this.line = line;
        }
    }
}
