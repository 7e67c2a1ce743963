package org.tangier.biometrics.internal;

import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/**
 * One decoded probe or enrolment print: where it came from, its template, and its image for the examiner.
 *
 * @param latent true for a latent print (an ANSI/NIST-ITL type-13 record, e.g. lifted from a crime scene): it is
 *               searched against ten-prints and its candidates always go to an examiner, never straight to a hit
 */
record ProbeSample(FingerPosition position, Template template, byte[] image, String format, int dpi, boolean latent) {

    ProbeSample(FingerPosition position, Template template, byte[] image, String format, int dpi) {
        this(position, template, image, format, dpi, false);
    }
}
