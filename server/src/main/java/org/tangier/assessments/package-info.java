/**
 * Threat assessments: an analyst writes sections of text in the four languages with live figures drawn from the
 * analysis part (hit trends, a record's link chart); a second analyst or a reviewer of the same agency publishes it,
 * which freezes the figures; agencies the restriction admits read it on screen or as a PDF. Reads the other parts
 * only through their public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments")
package org.tangier.assessments;
