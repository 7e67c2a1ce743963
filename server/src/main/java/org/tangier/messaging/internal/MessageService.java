package org.tangier.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageSent;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * The rules of messaging: who may send and read (bureau and duty officers send; analysts also read), what an agency
 * sees (what it sent or received), where a reply may go (the handling code), what is encrypted and signed, and what
 * is audited (every send, read, list and download; every failed integrity check).
 */
@Service
class MessageService implements Messaging {

    static final Set<Role> SENDERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST);
    static final int MAX_RECIPIENTS = 50;
    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_LINKS = 50;
    /** Search decrypts subjects in memory: over the agency's most recent messages that pass the SQL filters. */
    static final int SEARCH_WINDOW = 2000;

    private final MessageStore store;
    private final MessageCrypto crypto;
    private final MessagingSettings settings;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(MessageStore store, MessageCrypto crypto, MessagingSettings settings, AgencyDirectory agencies,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.crypto = crypto;
        this.settings = settings;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MessageView send(Caller caller, MessageDraft draft) {
        require(caller, SENDERS);
        if (draft.priority() == null) {
            throw ProblemException.invalidField("priority", "required: routine, urgent or flash");
        }
        if (draft.handlingCode() == null) {
            throw ProblemException.invalidField("handlingCode", "required: H1, H2 or H3 (see docs/messaging.md)");
        }
        Set<String> recipients = recipients(draft.recipients(), caller.agencyCode(), false);
        UUID parentId = null;
        UUID threadId = null;
        if (draft.replyTo() != null) {
            StoredMessage parent = store.find(draft.replyTo(), caller.agencyCode())
                    .orElseThrow(() -> ProblemException.notFound("Message " + draft.replyTo()));
            checkReply(caller, parent, draft.handlingCode(), recipients);
            parentId = parent.id();
            threadId = parent.threadId();
        }
        StoredMessage stored = seal(UUID.randomUUID(), threadId, parentId, caller.agencyCode(), caller.name(),
                draft.priority(), draft.handlingCode(), false, recipients, text("subject", draft.subject(), MAX_SUBJECT),
                text("body", draft.body(), MAX_BODY), links(draft.links()), draft.attachments());
        store.insert(stored);
        audit.record(AuditEvent.success("message.send", "message", stored.id().toString())
                .withDetail(stored.priority() + " " + stored.handlingCode() + " to " + String.join(",", recipients)
                        + (parentId == null ? "" : " in reply to " + parentId)));
        publish(stored);
        return view(stored, caller.agencyCode());
    }

    @Override
    @Transactional
    public UUID sendPlatformNotice(String onBehalfOf, String origin, Set<String> recipients, Priority priority,
            String subject, String body, List<MessageLink> links) {
        // a platform notice never fails its cause (a flagged hit): agencies no longer active are left out
        Set<String> active = recipients.stream().filter(agencies::isActive).collect(java.util.stream.Collectors.toSet());
        if (active.isEmpty() || !agencies.isActive(onBehalfOf)) {
            return null;
        }
        Set<String> to = recipients(active, onBehalfOf, true);
        StoredMessage stored = seal(UUID.randomUUID(), null, null, onBehalfOf, "tangier: " + origin, priority,
                HandlingCode.H3, true, to, text("subject", subject, MAX_SUBJECT), text("body", body, MAX_BODY),
                links(links), List.of());
        store.insert(stored);
        audit.record(org.tangier.audit.AuditActor.system(), AuditEvent.success("message.send", "message",
                stored.id().toString()).withDetail("platform notice (" + origin + ") to " + String.join(",", to)));
        publish(stored);
        return stored.id();
    }

    @Override
    @Transactional
    public Optional<MessageView> read(Caller caller, UUID id) {
        require(caller, READERS);
        Optional<StoredMessage> found = store.find(id, caller.agencyCode());
        if (found.isEmpty()) {
            audit.record(new AuditEvent("message.read", "message", id.toString(), null, AuditEvent.Outcome.DENIED,
                    "not held by the caller's agency or does not exist"));
            return Optional.empty();
        }
        StoredMessage message = found.get();
        if (message.recipientCodes().contains(caller.agencyCode())) {
            if (store.markRead(id, caller.agencyCode(), now(), caller.name())) {
                message = store.find(id, caller.agencyCode()).orElseThrow();
            }
        }
        MessageView view = view(message, caller.agencyCode());
        audit.record(view.integrity()
                ? AuditEvent.success("message.read", "message", id.toString())
                : new AuditEvent("message.read", "message", id.toString(), null, AuditEvent.Outcome.FAILURE,
                        "integrity check failed: the stored message does not match its signature"));
        return Optional.of(view);
    }

    /** The messages of a thread the caller's agency holds, oldest first; each is read (and receipted) in turn. */
    @Transactional
    public List<MessageView> thread(Caller caller, UUID threadId) {
        require(caller, READERS);
        List<UUID> ids = store.thread(threadId, caller.agencyCode());
        if (ids.isEmpty()) {
            throw ProblemException.notFound("Thread " + threadId);
        }
        List<MessageView> views = new ArrayList<>();
        for (UUID id : ids) {
            read(caller, id).ifPresent(views::add);
        }
        return views;
    }

    @Transactional
    public List<MessageSummary> inbox(Caller caller, int limit, int offset) {
        require(caller, READERS);
        List<StoredMessage> found = store.inbox(caller.agencyCode(), clamp(limit), Math.max(0, offset));
        store.markDelivered(found.stream().map(StoredMessage::id).toList(), caller.agencyCode(), now());
        audit.record(AuditEvent.success("message.list", "message", null).withDetail("inbox, " + found.size() + " shown"));
        return found.stream().map(m -> summary(m, caller.agencyCode())).toList();
    }

    @Transactional
    @Override
    public List<org.tangier.messaging.LiveMessage> recentUrgent(Caller caller, int limit) {
        return inbox(caller, 200, 0).stream().filter(m -> m.priority() != Priority.ROUTINE && m.integrity())
                .limit(Math.max(1, limit))
                .map(m -> new org.tangier.messaging.LiveMessage(m.id(), m.threadId(), m.sender(), m.priority(),
                        m.subject(), m.sentAt()))
                .toList();
    }

    public List<MessageSummary> sent(Caller caller, int limit, int offset) {
        require(caller, READERS);
        List<StoredMessage> found = store.sent(caller.agencyCode(), clamp(limit), Math.max(0, offset));
        audit.record(AuditEvent.success("message.list", "message", null).withDetail("sent, " + found.size() + " shown"));
        return found.stream().map(m -> summary(m, caller.agencyCode())).toList();
    }

    /**
     * Search over the agency's own messages: sender, priority and sent date filter in SQL; the text matches the
     * decrypted subject, in memory, over the {@value #SEARCH_WINDOW} most recent messages that pass the filters.
     * Bodies are not searched (docs/messaging.md, "Search").
     */
    @Transactional
    public List<MessageSummary> search(Caller caller, String text, String sender, Priority priority, Instant from,
            Instant to, int limit) {
        require(caller, READERS);
        String needle = text == null || text.isBlank() ? null : fold(text);
        String senderCode = sender == null || sender.isBlank() ? null : sender.trim().toUpperCase(Locale.ROOT);
        List<MessageSummary> hits = new ArrayList<>();
        for (StoredMessage m : store.held(caller.agencyCode(), senderCode, priority, from, to, SEARCH_WINDOW)) {
            MessageSummary s = summary(m, caller.agencyCode());
            if (needle == null || (s.subject() != null && fold(s.subject()).contains(needle))) {
                hits.add(s);
                if (hits.size() >= clamp(limit)) {
                    break;
                }
            }
        }
        audit.record(AuditEvent.success("message.search", "message", null).withDetail(hits.size() + " found"));
        return hits;
    }

    /** An attachment of a message the caller's agency holds; refused content is never served. */
    @Transactional
    public Download attachment(Caller caller, UUID messageId, UUID attachmentId) {
        require(caller, READERS);
        StoredMessage message = store.find(messageId, caller.agencyCode())
                .orElseThrow(() -> ProblemException.notFound("Message " + messageId));
        StoredMessage.StoredAttachment a = message.attachments().stream().filter(x -> x.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId));
        boolean signed = crypto.verify(message.canonical(), message.signatureKey(), message.signature());
        Optional<byte[]> content = crypto.decrypt(a.contentCt(), attachmentContext(messageId, a.id(), "content"));
        String name = crypto.decryptText(a.nameCt(), attachmentContext(messageId, a.id(), "name")).orElse("attachment");
        if (!signed || content.isEmpty()) {
            audit.record(new AuditEvent("message.attachment.read", "message", messageId.toString(), null,
                    AuditEvent.Outcome.FAILURE, "integrity check failed on attachment " + attachmentId));
            throw new ProblemException(409, "Integrity check failed",
                    "This attachment or its message was changed in storage; it is not served. Ask the sender to send it again.");
        }
        audit.record(AuditEvent.success("message.attachment.read", "message", messageId.toString())
                .withDetail("attachment " + attachmentId));
        return new Download(name, a.contentType(), content.get());
    }

    /** What a reply to {@code parentId} starts with: the other holders, the same handling code, "Re: subject". */
    @Transactional
    public ReplyDefaults replyDefaults(Caller caller, UUID parentId) {
        MessageView parent = read(caller, parentId).orElseThrow(() -> ProblemException.notFound("Message " + parentId));
        Set<String> to = new TreeSet<>();
        to.add(parent.sender());
        parent.recipients().forEach(r -> to.add(r.agency()));
        to.remove(caller.agencyCode());
        String subject = parent.subject() == null ? "" : parent.subject().startsWith("Re: ") ? parent.subject()
                : "Re: " + parent.subject();
        return new ReplyDefaults(parent.id(), to, subject, parent.handlingCode(), parent.priority());
    }

    /** The thread of a message the caller's agency holds. */
    @Transactional
    public UUID threadOf(Caller caller, UUID id) {
        require(caller, READERS);
        return store.find(id, caller.agencyCode()).map(StoredMessage::threadId)
                .orElseThrow(() -> ProblemException.notFound("Message " + id));
    }

    int unread(Caller caller) {
        return store.unread(caller.agencyCode());
    }

    record Download(String filename, String contentType, byte[] content) {
    }

    record ReplyDefaults(UUID replyTo, Set<String> recipients, String subject, HandlingCode handlingCode, Priority priority) {
    }

    // --- sealing and opening ---------------------------------------------------------------------------------------

    private StoredMessage seal(UUID id, UUID threadId, UUID parentId, String sender, String senderUser, Priority priority,
            HandlingCode handling, boolean notice, Set<String> recipients, String subject, String body,
            List<MessageLink> links, List<MessageDraft.Attachment> uploads) {
        List<StoredMessage.StoredAttachment> attachments = attachments(id, uploads);
        List<MessageView.Receipt> receipts = recipients.stream().map(a -> new MessageView.Receipt(a, null, null, null)).toList();
        StoredMessage unsigned = new StoredMessage(id, threadId == null ? id : threadId, parentId, sender, senderUser,
                now(), priority, handling, notice, crypto.encrypt(subject, messageContext(id, "subject")),
                crypto.encrypt(body, messageContext(id, "body")), "", "", receipts, links, attachments);
        MessageCrypto.Signature signature = crypto.sign(unsigned.canonical());
        return new StoredMessage(unsigned.id(), unsigned.threadId(), parentId, sender, senderUser, unsigned.sentAt(),
                priority, handling, notice, unsigned.subjectCt(), unsigned.bodyCt(), signature.keyId(), signature.value(),
                receipts, links, attachments);
    }

    private MessageView view(StoredMessage m, String viewer) {
        boolean signed = crypto.verify(m.canonical(), m.signatureKey(), m.signature());
        Optional<String> subject = crypto.decryptText(m.subjectCt(), messageContext(m.id(), "subject"));
        Optional<String> body = crypto.decryptText(m.bodyCt(), messageContext(m.id(), "body"));
        List<MessageView.AttachmentInfo> attachments = new ArrayList<>();
        boolean intact = signed && subject.isPresent() && body.isPresent();
        for (StoredMessage.StoredAttachment a : m.attachments()) {
            Optional<String> name = crypto.decryptText(a.nameCt(), attachmentContext(m.id(), a.id(), "name"));
            intact &= name.isPresent();
            attachments.add(new MessageView.AttachmentInfo(a.id(), name.orElse(null), a.contentType(), a.size()));
        }
        return new MessageView(m.id(), m.threadId(), m.parentId(), m.sender(), m.senderUser(), m.sentAt(), m.priority(),
                m.handlingCode(), m.platformNotice(), receipts(m, viewer), subject.orElse(null), body.orElse(null),
                m.links(), attachments, intact);
    }

    private MessageSummary summary(StoredMessage m, String viewer) {
        Optional<String> subject = crypto.decryptText(m.subjectCt(), messageContext(m.id(), "subject"));
        boolean unread = m.recipients().stream().anyMatch(r -> r.agency().equals(viewer) && r.readAt() == null);
        return new MessageSummary(m.id(), m.threadId(), m.sender(), receipts(m, viewer), m.sentAt(), m.priority(),
                m.handlingCode(), m.platformNotice(), subject.orElse(null), subject.isPresent(), unread,
                m.attachments().size());
    }

    /** The sender sees every recipient's receipt; a recipient sees the recipients, and only its own receipt. */
    private static List<MessageView.Receipt> receipts(StoredMessage m, String viewer) {
        if (m.sender().equals(viewer)) {
            return m.recipients();
        }
        return m.recipients().stream().map(r -> r.agency().equals(viewer) ? r
                : new MessageView.Receipt(r.agency(), null, null, null)).toList();
    }

    static String messageContext(UUID id, String field) {
        return "message:" + id + ":" + field;
    }

    static String attachmentContext(UUID messageId, UUID attachmentId, String field) {
        return "attachment:" + messageId + ":" + attachmentId + ":" + field;
    }

    // --- validation ------------------------------------------------------------------------------------------------

    private void checkReply(Caller caller, StoredMessage parent, HandlingCode handling, Set<String> recipients) {
        if (!handling.atLeastAsStrictAs(parent.handlingCode())) {
            throw ProblemException.invalidField("handlingCode", "a reply to a " + parent.handlingCode()
                    + " message keeps " + parent.handlingCode() + " or a stricter code");
        }
        String originator = store.findAny(parent.threadId()).map(StoredMessage::sender).orElse(parent.sender());
        Set<String> holders = parent.holders();
        List<String> refused = recipients.stream()
                .filter(to -> !parent.handlingCode().allowsReply(caller.agencyCode(), originator, holders, to)).toList();
        if (!refused.isEmpty()) {
            audit.record(new AuditEvent("message.send", "message", parent.id().toString(), null, AuditEvent.Outcome.DENIED,
                    "reply to " + String.join(",", refused) + " refused by handling code " + parent.handlingCode()));
            throw new ProblemException(403, "Refused by the handling code", "Handling code " + parent.handlingCode()
                    + " lets a reply go only to " + String.join(", ", holders)
                    + (parent.handlingCode() == HandlingCode.H1 ? " (the originating agency may add others)" : "")
                    + ": not to " + String.join(", ", refused) + ".");
        }
    }

    private Set<String> recipients(Set<String> requested, String sender, boolean mayIncludeSender) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.invalidField("recipients", "at least one agency code");
        }
        if (requested.size() > MAX_RECIPIENTS) {
            throw ProblemException.invalidField("recipients", "at most " + MAX_RECIPIENTS + " agencies");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : requested) {
            String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            if (!agencies.isActive(code)) {
                throw ProblemException.invalidField("recipients", "'" + raw + "' is not an active member agency");
            }
            if (code.equals(sender) && !mayIncludeSender) {
                throw ProblemException.invalidField("recipients", "your own agency " + sender + " cannot be a recipient");
            }
            codes.add(code);
        }
        return new TreeSet<>(codes);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters (found " + trimmed.length() + ")");
        }
        return trimmed;
    }

    private static List<MessageLink> links(List<MessageLink> links) {
        if (links.size() > MAX_LINKS) {
            throw ProblemException.invalidField("links", "at most " + MAX_LINKS);
        }
        return List.copyOf(new LinkedHashSet<>(links));
    }

    private List<StoredMessage.StoredAttachment> attachments(UUID messageId, List<MessageDraft.Attachment> uploads) {
        if (uploads.size() > settings.maxAttachments()) {
            throw ProblemException.invalidField("attachments", "at most " + settings.maxAttachments() + " files");
        }
        List<StoredMessage.StoredAttachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            MessageDraft.Attachment upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            byte[] content = upload.content() == null ? new byte[0] : upload.content();
            if (content.length == 0) {
                throw ProblemException.invalidField(field, "the file is empty");
            }
            if (content.length > settings.maxAttachment().toBytes()) {
                throw ProblemException.invalidField(field, "at most " + settings.maxAttachment().toMegabytes()
                        + " MB (found " + (content.length / 1024) + " KB)");
            }
            String detected = ContentSniffer.detect(content);
            if (!ContentSniffer.ALLOWED.contains(detected)) {
                throw ProblemException.invalidField(field, "its content is " + describe(detected)
                        + ", which is not accepted: attach PDF, PNG, JPEG, GIF or plain text");
            }
            Optional<String> claimed = ContentSniffer.claimed(upload.filename(), upload.claimedType());
            if (claimed.isPresent() && !claimed.get().equals(detected)) {
                throw ProblemException.invalidField(field, "its content is " + detected + ", not the " + claimed.get()
                        + " its name or type claims");
            }
            String name = filename(upload.filename(), i);
            UUID id = UUID.randomUUID();
            stored.add(new StoredMessage.StoredAttachment(id, i, detected, content.length,
                    crypto.encrypt(name, attachmentContext(messageId, id, "name")),
                    crypto.encrypt(content, attachmentContext(messageId, id, "content"))));
        }
        return stored;
    }

    private static String describe(String type) {
        return type.equals("application/octet-stream") ? "not a recognised type" : type;
    }

    /** The file's own name without any path, control characters or quotes, at most 200 characters. */
    static String filename(String raw, int index) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment-" + (index + 1);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private void publish(StoredMessage m) {
        events.publishEvent(new MessageSent(m.id(), m.threadId(), m.sender(), m.recipientCodes(), m.priority(),
                m.handlingCode(), m.links(), m.sentAt()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static void require(Caller caller, Set<Role> roles) {
        if (roles.stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("Messaging needs the role " + (roles.size() == 2
                    ? "bureau-officer or duty-officer" : "bureau-officer, duty-officer or analyst") + ".");
        }
    }
}
