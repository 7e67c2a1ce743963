/**
 * The coordination centre: its board of hits waiting for their owner's acknowledgement (live, by country, with the
 * urgent messages, notices in force and operations under way), the escalation of hits past their deadline to their
 * owner, and the duty officer's actions on a hit. It reads hits, messages, notices and operations through their public
 * services and hears of new hits by {@link org.tangier.hits.HitRaised}; which agency is the coordination centre is
 * {@link org.tangier.agencies.CoordinationCentre}, the one setting every part reads. Nothing here is public: no other
 * part needs the board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package org.tangier.coordination;
