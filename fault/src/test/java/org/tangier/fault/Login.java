package org.tangier.fault;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place the suite logs in: a demo user's API token from the token endpoint, with the password and the
 * current one-time code of the demo authenticator key the server prints in demo mode. The server accepts each code
 * once per user, also across its restarts, so a second login of a user in the same 30 s step waits for the next.
 */
final class Login {

    static final String DEMO_TOTP_SECRET = "TANGIERDEMOTWOTHOUSANDTWENTYSIXA";
    private static final long STEP_SECONDS = 30;
    private static final Map<String, Long> lastStep = new ConcurrentHashMap<>();

    private Login() {
    }

    static String token(Api api, String username) {
        String code = freshCode(username);
        Api.Answer answer = api.postJson("/api/v1/auth/token", null, "{\"username\":\"" + username
                + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"code\":\"" + code + "\"}");
        String token = answer.status() == 200 ? answer.field("token") : null;
        if (token == null) {
            throw new IllegalStateException("no token for " + username + ": " + answer.status() + " " + answer.body());
        }
        return token;
    }

    /** A code of a time step this suite has not yet used for the user (waits at most one step). */
    static synchronized String freshCode(String username) {
        long step = System.currentTimeMillis() / 1000 / STEP_SECONDS;
        Long used = lastStep.get(username);
        while (used != null && step <= used) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for a fresh one-time code", e);
            }
            step = System.currentTimeMillis() / 1000 / STEP_SECONDS;
        }
        lastStep.put(username, step);
        return code(DEMO_TOTP_SECRET, step);
    }

    /** RFC 6238 with the authenticator apps' parameters: HMAC-SHA1, 6 digits. */
    static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0, bits = 0;
        for (char c : s.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
