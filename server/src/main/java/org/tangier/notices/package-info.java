/**
 * Notices and diffusions: requests from one agency to the others about persons and objects (RED arrest, YELLOW
 * missing, BLUE locate, BLACK unidentified body, GREEN warning, ORANGE imminent threat, PURPLE modus operandi, UN
 * sanctions). A notice is reviewed before publication; a diffusion is in force at once and reviewed afterwards.
 * What is in force is what screening checks: see {@link org.tangier.notices.Notices} and the
 * {@link org.tangier.notices.NoticeInForce} / {@link org.tangier.notices.NoticeWithdrawn} events.
 *
 * <p>What an agency does with notices, one class each in {@code internal}: a bureau officer <b>drafts</b>, corrects
 * and submits a notice or issues a diffusion ({@code DraftNotice}); a reviewer of the coordination centre or of the
 * owner, never its drafter, <b>reviews</b> it and publishes or rejects it ({@code ReviewNotice}); the owner
 * <b>extends</b> a notice still needed ({@code ExtendNotice}) and <b>withdraws</b> one no longer needed, as the
 * expiry job does on its date ({@code WithdrawNotice}); agencies <b>read and search</b> what they may see and
 * screening streams what is in force ({@code NoticeQueries}); the UN list <b>import</b> refreshes the UN notices
 * ({@code ImportUnNotice}). The access, review and audit rules they share are in {@code NoticeRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package org.tangier.notices;
