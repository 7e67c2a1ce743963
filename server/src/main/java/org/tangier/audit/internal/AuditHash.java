package org.tangier.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tangier.audit.AuditEntry;

/**
 * The chain hash: SHA-256 over the previous entry's hash and every field of this entry. Fields are length-prefixed
 * so that no two different entries serialise alike ("ab"+"c" vs "a"+"bc"), and null differs from empty.
 */
final class AuditHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        StringBuilder text = new StringBuilder(256);
        field(text, e.previousHash());
        field(text, Long.toString(e.seq()));
        field(text, e.at().toString());
        field(text, e.actorKind());
        field(text, e.actorId());
        field(text, e.actorName());
        field(text, e.agencyCode());
        field(text, e.action());
        field(text, e.objectType());
        field(text, e.objectId());
        field(text, e.purpose());
        field(text, e.outcome());
        field(text, e.sourceAddress());
        field(text, e.detail());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}
