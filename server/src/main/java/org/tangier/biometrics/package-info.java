/**
 * Biometrics: fingerprints enrolled on person records and searched 1:N. The engine (decoding, ANSI/NIST-ITL,
 * SourceAFIS templates, the in-memory {@link org.tangier.biometrics.Gallery}) is the framework-free library of the same
 * package in the {@code biometrics} Maven module; this part adds storage, access rules, audit, cross-searches between
 * black/yellow notices and new enrolments, the examiner's confirmation, and the API and pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biometrics")
package org.tangier.biometrics;
