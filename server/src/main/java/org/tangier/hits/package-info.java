/**
 * Hits: what happens after a screening check found a wanted person, document or object. A hit goes to the owning
 * agency's inbox ({@link org.tangier.hits.HitRaised}, delivered through the persistent event publication so that no
 * hit is lost in a crash) and moves new → acknowledged → confirmed or false positive → action taken, with notes and
 * a deadline for acknowledgement by priority. The checking agency follows the status of the hits it caused.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hits")
package org.tangier.hits;
