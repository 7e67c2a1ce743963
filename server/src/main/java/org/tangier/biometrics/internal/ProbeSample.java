package org.tangier.biometrics.internal;

import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/** One decoded probe or enrolment print: where it came from, its template, and its image for the examiner. */
record ProbeSample(FingerPosition position, Template template, byte[] image, String format, int dpi) {
}
