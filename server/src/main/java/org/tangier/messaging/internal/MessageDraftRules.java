package org.tangier.messaging.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.messaging.MessageLink;
import org.tangier.platform.ProblemException;

/**
 * What a message may carry: active member agencies as recipients (not the sender's own, but for a platform notice),
 * a subject and body within their bounds, and a bounded set of links. Bad input is a 400 naming the field.
 */
@Component
class MessageDraftRules {

    static final int MAX_RECIPIENTS = 50;
    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_LINKS = 50;

    private final AgencyDirectory agencies;

    MessageDraftRules(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    Set<String> recipients(Set<String> requested, String sender, boolean mayIncludeSender) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.invalid("recipients", "messaging.least-agency-code");
        }
        if (requested.size() > MAX_RECIPIENTS) {
            throw ProblemException.invalid("recipients", "messaging.most-agencies", MAX_RECIPIENTS);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : requested) {
            String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            if (!agencies.isActive(code)) {
                throw ProblemException.invalid("recipients", "messaging.not-active-member-agency", raw);
            }
            if (code.equals(sender) && !mayIncludeSender) {
                throw ProblemException.invalid("recipients", "messaging.own-agency-cannot-recipient", sender);
            }
            codes.add(code);
        }
        return new TreeSet<>(codes);
    }

    static String subject(String value) {
        return text("subject", value, MAX_SUBJECT);
    }

    static String body(String value) {
        return text("body", value, MAX_BODY);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "messaging.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalid(field, "messaging.most-characters-found", max, trimmed.length());
        }
        return trimmed;
    }

    static List<MessageLink> links(List<MessageLink> links) {
        if (links.size() > MAX_LINKS) {
            throw ProblemException.invalid("links", "messaging.most", MAX_LINKS);
        }
        return List.copyOf(new LinkedHashSet<>(links));
    }
}
