/**
 * Notices and diffusions: requests from one agency to the others about persons and objects (RED arrest, YELLOW
 * missing, BLUE locate, BLACK unidentified body, GREEN warning, ORANGE imminent threat, PURPLE modus operandi, UN
 * sanctions). A notice is reviewed before publication; a diffusion is in force at once and reviewed afterwards.
 * What is in force is what screening checks: see {@link org.tangier.notices.Notices} and the
 * {@link org.tangier.notices.NoticeInForce} / {@link org.tangier.notices.NoticeWithdrawn} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package org.tangier.notices;
