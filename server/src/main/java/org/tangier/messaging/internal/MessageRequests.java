package org.tangier.messaging.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.Priority;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.JsonNode;

/** Reads a message draft from the API's JSON and from the compose form, with errors that name the field. */
final class MessageRequests {

    private MessageRequests() {
    }

    /**
     * {@code {recipients: ["FR"], subject, body, priority: "urgent", handlingCode: "H1", replyTo,
     * links: [{kind: "record", id}], attachments: [{filename, contentType, content: base64}]}}
     */
    static MessageDraft fromJson(JsonNode body, List<MessageDraft.Attachment> uploaded) {
        if (body == null || !body.isObject()) {
            throw ProblemException.of(400, "messaging.json-object-expected");
        }
        Set<String> recipients = new LinkedHashSet<>();
        JsonNode to = body.path("recipients");
        if (to.isArray()) {
            to.forEach(n -> recipients.add(n.asString()));
        } else if (to.isString()) {
            recipients.addAll(codes(to.asString()));
        }
        List<MessageLink> links = new ArrayList<>();
        JsonNode linkNodes = body.path("links");
        for (int i = 0; i < linkNodes.size(); i++) {
            JsonNode l = linkNodes.get(i);
            links.add(link("links[" + i + "]", l.path("kind").asString(""), l.path("id").asString("")));
        }
        List<MessageDraft.Attachment> attachments = new ArrayList<>(uploaded);
        JsonNode files = body.path("attachments");
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            byte[] content;
            try {
                content = Base64.getDecoder().decode(f.path("content").asString(""));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("attachments[" + i + "].content", "messaging.not-base64");
            }
            attachments.add(new MessageDraft.Attachment(text(f, "filename"), text(f, "contentType"), content));
        }
        return new MessageDraft(recipients, text(body, "subject"), text(body, "body"), priority(text(body, "priority")),
                handling(text(body, "handlingCode")), links, attachments, uuid("replyTo", text(body, "replyTo")));
    }

    static Priority priority(String value) {
        if (value == null || value.isBlank()) {
            return Priority.ROUTINE;
        }
        return Priority.fromId(value).orElseThrow(() -> ProblemException.invalid("priority", "messaging.not-priority-routine-urgent-flash", value));
    }

    static HandlingCode handling(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return HandlingCode.fromId(value).orElseThrow(() -> ProblemException.invalid("handlingCode", "messaging.not-handling-code-h1-h2", value));
    }

    /** Agency codes separated by commas, semicolons or spaces. */
    static Set<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    codes.add(part.trim());
                }
            }
        }
        return codes;
    }

    /** Links written {@code kind:id}, separated by commas or white space. */
    static List<MessageLink> links(String text) {
        List<MessageLink> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        int i = 0;
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw ProblemException.invalid("links", "messaging.write-kind-id-record-0f8c", part);
            }
            links.add(link("links[" + i++ + "]", part.substring(0, colon), part.substring(colon + 1)));
        }
        return links;
    }

    static MessageLink link(String field, String kind, String id) {
        MessageLink.Kind k = MessageLink.Kind.fromId(kind).orElseThrow(() -> ProblemException.invalid(field, "messaging.not-link-kind-record-notice", kind));
        return new MessageLink(k, uuid(field, id));
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "messaging.not-id", value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
