package org.tangier.bench.screening;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s) for the drivers' logins: every Tangier user has a second factor, and the
 * server accepts each code once (each driver logs each user in once).
 */
final class OneTimeCodes {

    /** The demo users' published authenticator key (README, demo mode only). */
    static final String DEMO_SECRET = "TANGIERDEMOTWOTHOUSANDTWENTYSIXA";

    private OneTimeCodes() {
    }

    static long currentStep() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0xf;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
