package org.tangier.agencies.internal;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/** RFC 6238 time-based one-time codes (the authenticator apps' SHA-1, 6 digits, 30 s), and the QR code to enrol. */
@Component
class TotpCodes {

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;

    TotpCodes() {
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        v.setAllowedTimePeriodDiscrepancy(1); // one step either way for clock drift
        this.verifier = v;
    }

    String newSecret() {
        return secrets.generate();
    }

    boolean matches(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replace(" ", "").trim();
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    /** A PNG data URI of the otpauth:// QR code an authenticator app scans. */
    String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Tangier")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("could not draw the enrolment QR code", e);
        }
    }
}
