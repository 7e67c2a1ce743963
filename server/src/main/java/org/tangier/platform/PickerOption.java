package org.tangier.platform;

/**
 * One thing a user may pick or see named instead of its id: a record, a notice, an operation, an agency. Each part
 * answers {@code GET /<part>/options?q=text} (search) and {@code ?id=...} (name these ids) with a list of them,
 * under its access rules: what the caller may not see is simply absent.
 *
 * @param caption what the thing is called (a person's name, a notice's summary, an operation's name)
 * @param reference how professionals refer to it (RED-MA-2026-000001, a record's type and owner, an agency code)
 * @param url its page
 */
public record PickerOption(String id, String caption, String reference, String url) {
}
