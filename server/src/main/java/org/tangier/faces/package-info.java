/**
 * Faces: faces enrolled on person records and searched 1:N against the persons under YELLOW, BLACK and RED notices.
 * The engine (detection, alignment, embedding, quality, the galleries) is the framework-free library of the same
 * package in the {@code faces} Maven module; this part adds storage, access rules, audit, the examiner's decision on a
 * candidate list (never an automatic identity) and the API and pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Faces")
package org.tangier.faces;
