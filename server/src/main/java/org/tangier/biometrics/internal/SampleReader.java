package org.tangier.biometrics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.biometrics.AnsiNistReader;
import org.tangier.biometrics.AnsiNistTransaction;
import org.tangier.biometrics.DecodedImage;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.FingerprintDecoder;
import org.tangier.biometrics.FingerprintSample;
import org.tangier.biometrics.SlapSegmenter;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.UnusableFingerprintException;
import org.tangier.platform.ProblemException;

/**
 * Turns uploads into prints: image files (PNG, JPEG, BMP, TIFF, WSQ) with their finger positions, or one
 * ANSI/NIST-ITL transaction. Anything unusable is refused naming the file and the reason.
 */
@Component
class SampleReader {

    private static final Logger log = LoggerFactory.getLogger(SampleReader.class);

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    List<ProbeSample> read(List<MultipartFile> images, List<Integer> positions, MultipartFile transaction, Double dpi) {
        List<ProbeSample> samples = new ArrayList<>();
        if (transaction != null && !transaction.isEmpty()) {
            byte[] bytes = bytes(transaction, "transaction");
            try {
                AnsiNistTransaction read = AnsiNistReader.read(bytes);
                if (!read.hasFingerprints()) {
                    throw ProblemException.invalid("transaction", "biometrics.no-fingerprints", read.noFingerprintMessage());
                }
                for (int i = 0; i < read.fingerprints().size(); i++) {
                    FingerprintSample sample = read.fingerprints().get(i);
                    samples.addAll(withSlapFingers(sample(sample.position(), sample.image(), dpi != null ? dpi : sample.dpi(),
                            "transaction", "ANSI/NIST-ITL " + read.fingerprintRecords().get(i) + ": ", false)));
                }
                for (int i = 0; i < read.latents().size(); i++) {
                    FingerprintSample sample = read.latents().get(i);
                    samples.add(sample(sample.position(), sample.image(), dpi != null ? dpi : sample.dpi(), "transaction",
                            "ANSI/NIST-ITL " + read.latentRecords().get(i) + ": ", true));
                }
            } catch (UnusableFingerprintException e) {
                throw ProblemException.invalid("transaction", e, "biometrics.unusable");
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                throw unreadable("transaction", "biometrics.transaction-unparsable", e);
            }
        }
        List<MultipartFile> files = images == null ? List.of() : images.stream().filter(f -> !f.isEmpty()).toList();
        for (int i = 0; i < files.size(); i++) {
            int code = positions != null && positions.size() > i && positions.get(i) != null ? positions.get(i) : 0;
            FingerPosition position;
            try {
                position = FingerPosition.ofCode(code);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("position[" + i + "]", "biometrics.not-ansi-nist-finger-position", code);
            }
            samples.addAll(withSlapFingers(sample(position, bytes(files.get(i), "image[" + i + "]"), dpi, "image[" + i + "]", "",
                    false)));
        }
        if (samples.isEmpty()) {
            throw ProblemException.invalid("image", "biometrics.no-file-was-sent-send");
        }
        return samples;
    }

    /**
     * A slap (positions 13-15) is kept whole and also cut into its fingertips ({@link SlapSegmenter}), each enrolled
     * or searched at its own finger; a fingertip in which no print is found is left out, the slap itself stays.
     */
    private static List<ProbeSample> withSlapFingers(ProbeSample sample) {
        if (!SlapSegmenter.isSlap(sample.position())) {
            return List.of(sample);
        }
        List<ProbeSample> samples = new ArrayList<>(List.of(sample));
        DecodedImage slap = FingerprintDecoder.decode(sample.image(), sample.dpi());
        for (SlapSegmenter.Segment segment : SlapSegmenter.segment(slap, sample.position())) {
            try {
                samples.add(new ProbeSample(segment.position(), Template.extract(segment.image()), PrintImages.png(segment.image()),
                        "PNG", sample.dpi(), false));
            } catch (UnusableFingerprintException e) {
                log.debug("Slap segment at {},{} left out: {}", segment.x(), segment.y(), e.getMessage());
            }
        }
        return samples;
    }

    /** @param where the record an image came from, in front of any refusal ("ANSI/NIST-ITL type-14 record (IDC 3): ") */
    private static ProbeSample sample(FingerPosition position, byte[] bytes, Double dpi, String field, String where,
            boolean latent) {
        try {
            DecodedImage decoded = dpi == null ? FingerprintDecoder.decode(bytes) : FingerprintDecoder.decode(bytes, dpi);
            Template template = Template.extract(decoded);
            return new ProbeSample(position, template, bytes, decoded.format().name(), (int) Math.round(decoded.dpi()), latent);
        } catch (UnusableFingerprintException e) {
            throw ProblemException.invalid(field, "biometrics.unusable-at", where, e.getMessage());
        } catch (RuntimeException e) {
            throw unreadable(field, "biometrics.image-unusable", e, where);
        }
    }

    /**
     * A parser that fails in an unforeseen way on outside input (an index out of bounds in a truncated file) still
     * means bad input: 400 naming the field, with the parser's own message only in the log, never in the answer.
     */
    private static ProblemException unreadable(String field, String code, RuntimeException e, Object... arguments) {
        log.warn("Unreadable fingerprint upload in {}: {}", field, e.toString());
        return ProblemException.invalid(field, code, arguments);
    }

    private static byte[] bytes(MultipartFile file, String field) {
        if (file.getSize() > MAX_FILE_BYTES) {
            throw ProblemException.invalid(field, "biometrics.most-10-mb");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ProblemException.invalid(field, "biometrics.upload-could-not-read");
        }
    }
}
