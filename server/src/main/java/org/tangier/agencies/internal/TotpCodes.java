package org.tangier.agencies.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time codes (the authenticator apps' SHA-1, 6 digits, 30 s), and the QR code to enrol.
 * A match names its time step, so that the caller can refuse a step already used (ASVS 2.8.4: once only).
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The time step whose code this is (one step either way for clock drift), or empty. */
    OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replace(" ", "").trim();
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.millis() / 1000 / PERIOD_SECONDS;
        OptionalLong found = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            // compare every candidate in constant time, so the answer's timing says nothing of which step matched
            if (MessageDigest.isEqual(codeAt(secret, step), digits.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private byte[] codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        } catch (CodeGenerationException e) {
            return new byte[0];
        }
    }

    /** The otpauth:// URI that an authenticator app reads (what the QR code holds). */
    String otpauthUri(String secret, String username) {
        return qrData(secret, username).getUri();
    }

    /** A PNG data URI of the otpauth:// QR code an authenticator app scans. */
    String qrDataUri(String secret, String username) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(qrData(secret, username)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("could not draw the enrolment QR code", e);
        }
    }

    private static QrData qrData(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer("Tangier")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
    }
}
