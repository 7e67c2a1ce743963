package org.tangier.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** Messaging on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class MessagingStorageTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MessageService messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessagingSettings settings;
    @Autowired
    MessageSeal seal;

    String a;
    String b;
    String c;
    String outsider;
    Caller alice;
    Caller bob;
    Caller carol;
    Caller stranger;

    @BeforeEach
    void agencies() {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        a = agencies.agency("MA");
        b = agencies.agency("MB");
        c = agencies.agency("MC");
        outsider = agencies.agency("MX");
        alice = officer("alice", a);
        bob = officer("bob", b);
        carol = officer("carol", c);
        stranger = officer("stranger", outsider);
    }

    @Test
    void recipientsReceiveTheMessageAndTheSenderSeesDeliveryAndReadReceiptsPerAgency() {
        MessageView sent = send(alice, Set.of(b, c), "Convoy at the border post", HandlingCode.H2, null);

        List<MessageSummary> inbox = messages.inbox(bob, 50, 0);
        assertThat(inbox).extracting(MessageSummary::id).contains(sent.id());
        assertThat(inbox.stream().filter(m -> m.id().equals(sent.id())).findFirst().orElseThrow().unread()).isTrue();
        MessageView read = messages.read(bob, sent.id()).orElseThrow();
        assertThat(read.body()).isEqualTo("Body of Convoy at the border post");
        assertThat(read.integrity()).isTrue();

        MessageView asSender = messages.read(alice, sent.id()).orElseThrow();
        MessageView.Receipt ofB = receipt(asSender, b);
        MessageView.Receipt ofC = receipt(asSender, c);
        assertThat(ofB.deliveredAt()).isNotNull();
        assertThat(ofB.readAt()).isNotNull();
        assertThat(ofB.readBy()).isEqualTo("bob");
        assertThat(ofC.deliveredAt()).isNull();
        assertThat(ofC.readAt()).isNull();
        assertThat(messages.sent(alice, 50, 0)).extracting(MessageSummary::id).contains(sent.id());
    }

    @Test
    void anAgencyThatNeitherSentNorReceivedAMessageCannotReadListOrSearchIt() {
        MessageView sent = send(alice, Set.of(b), "Zebra-unique subject", HandlingCode.H2, null);

        assertThat(messages.read(stranger, sent.id())).isEmpty();
        assertThat(messages.inbox(stranger, 50, 0)).isEmpty();
        assertThat(messages.search(stranger, "Zebra-unique", null, null, null, null, 50)).isEmpty();
        assertThatThrownBy(() -> messages.thread(stranger, sent.threadId()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> send(stranger, Set.of(a), "Re", HandlingCode.H3, sent.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(messages.search(bob, "zebra-UNIQUE", null, null, null, null, 50)).extracting(MessageSummary::id)
                .containsExactly(sent.id());
    }

    @Test
    void anH3ReplyGoesOnlyBackToTheSenderAndRecipientsOfTheMessageAnswered() {
        MessageView original = send(alice, Set.of(b), "Do not share", HandlingCode.H3, null);

        assertThatThrownBy(() -> send(bob, Set.of(a, outsider), "Re: Do not share", HandlingCode.H3, original.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains(outsider);
                });
        MessageView reply = send(bob, Set.of(a), "Re: Do not share", HandlingCode.H3, original.id());
        assertThat(reply.threadId()).isEqualTo(original.threadId());
        assertThat(messages.thread(alice, original.threadId())).extracting(MessageView::id)
                .containsExactly(original.id(), reply.id());
        // even the originator may not widen an H3 exchange
        assertThatThrownBy(() -> send(alice, Set.of(b, c), "Re: Re", HandlingCode.H3, reply.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void anH1ReplyMayBeWidenedOnlyByTheOriginatingAgencyAndNeverToALooserCode() {
        MessageView original = send(alice, Set.of(b), "Intelligence only", HandlingCode.H1, null);

        assertThatThrownBy(() -> send(bob, Set.of(a, c), "Re", HandlingCode.H1, original.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> send(bob, Set.of(a), "Re", HandlingCode.H2, original.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("handlingCode"));
        MessageView reply = send(bob, Set.of(a), "Re", HandlingCode.H1, original.id());
        MessageView widened = send(alice, Set.of(b, c), "Re: Re", HandlingCode.H1, reply.id());
        assertThat(messages.read(carol, widened.id())).isPresent();
        // carol holds the later message, not the first one
        assertThat(messages.read(carol, original.id())).isEmpty();
    }

    @Test
    void bodiesSubjectsAndAttachmentsAreStoredEncrypted() {
        MessageView sent = messages.send(alice, new MessageDraft(Set.of(b), "Plainsubject Marker", "Plainbody Marker",
                Priority.ROUTINE, HandlingCode.H2, List.of(), List.of(new MessageDraft.Attachment("notes.txt", "text/plain",
                        "Plainfile Marker".getBytes(StandardCharsets.UTF_8))), null));

        Map<String, Object> row = jdbc.sql("select subject_ct, body_ct from message where id = :id").param("id", sent.id())
                .query().singleRow();
        byte[] content = jdbc.sql("select content_ct from message_attachment where message_id = :id").param("id", sent.id())
                .query(byte[].class).single();
        for (byte[] stored : List.of((byte[]) row.get("subject_ct"), (byte[]) row.get("body_ct"), content)) {
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Marker").doesNotContain("Plain");
            assertThat(MessageCrypto.keyIdOf(stored)).isEqualTo(MessagingKeys.GENERATED_ID);
        }
        MessageService.Download file = messages.attachment(bob, sent.id(), sent.attachments().get(0).id());
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("Plainfile Marker");
        assertThat(file.filename()).isEqualTo("notes.txt");
    }

    @Test
    void aMessageTamperedWithInTheDatabaseIsFlaggedNotSilentlyShown() {
        MessageView raised = send(alice, Set.of(b), "Priority to be raised", HandlingCode.H2, null);
        MessageView flipped = send(alice, Set.of(b), "Body to be flipped", HandlingCode.H2, null);
        MessageView redirected = send(alice, Set.of(b), "Sender to be forged", HandlingCode.H2, null);

        jdbc.sql("update message set priority = 'FLASH' where id = :id").param("id", raised.id()).update();
        byte[] body = jdbc.sql("select body_ct from message where id = :id").param("id", flipped.id()).query(byte[].class).single();
        body[body.length - 1] ^= 1;
        jdbc.sql("update message set body_ct = :b where id = :id").param("b", body).param("id", flipped.id()).update();
        jdbc.sql("update message set sender_user = 'someone else' where id = :id").param("id", redirected.id()).update();

        MessageView r = messages.read(bob, raised.id()).orElseThrow();
        assertThat(r.integrity()).isFalse();
        MessageView f = messages.read(bob, flipped.id()).orElseThrow();
        assertThat(f.integrity()).isFalse();
        assertThat(f.body()).isNull();
        assertThat(messages.read(bob, redirected.id()).orElseThrow().integrity()).isFalse();
        assertThat(messages.read(bob, send(alice, Set.of(b), "Untouched", HandlingCode.H2, null).id()).orElseThrow().integrity())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'message.read' and object_id = :id and outcome = 'FAILURE'")
                .param("id", flipped.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAttachmentWhoseContentIsNotItsClaimedTypeIsRefused() {
        assertThatThrownBy(() -> sendWith(new MessageDraft.Attachment("report.pdf", "application/pdf", PNG)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage())
                        .contains("attachments[0]").contains("image/png").contains("application/pdf"));
        assertThatThrownBy(() -> sendWith(new MessageDraft.Attachment("photo.png", null, PDF)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> sendWith(new MessageDraft.Attachment("bundle.pdf", null,
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0})))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("application/zip"));
        assertThatThrownBy(() -> sendWith(new MessageDraft.Attachment("run.exe", null, new byte[] {'M', 'Z', (byte) 0x90, 0})))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("not accepted"));

        MessageView ok = sendWith(new MessageDraft.Attachment("../../etc/report.pdf", "application/pdf", PDF),
                new MessageDraft.Attachment("scan.PNG", "application/octet-stream", PNG));
        assertThat(ok.attachments()).extracting(MessageView.AttachmentInfo::contentType)
                .containsExactly("application/pdf", "image/png");
        assertThat(ok.attachments().get(0).filename()).isEqualTo("report.pdf");
    }

    @Test
    void aMessageWrittenWithAnOldKeyStillReadsAfterANewKeyBecomesActive() throws Exception {
        MessageView old = send(alice, Set.of(b), "Before the rotation", HandlingCode.H2, null);
        MessageCrypto original = (MessageCrypto) ReflectionTestUtils.getField(seal, "crypto");
        Properties generated = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(settings.keyFile()))) {
            generated.load(in);
        }
        String fresh = randomKey();
        MessageCrypto rotated = new MessageCrypto(
                new KeyRing("keys", Map.of(MessagingKeys.GENERATED_ID, generated.getProperty("encryption"), "k2027", fresh),
                        "k2027", "AES", 32),
                new KeyRing("signing-keys", Map.of(MessagingKeys.GENERATED_ID, generated.getProperty("signing"), "s2027",
                        randomKey()), "s2027", "HmacSHA256", 32));
        ReflectionTestUtils.setField(seal, "crypto", rotated);
        try {
            MessageView read = messages.read(bob, old.id()).orElseThrow();
            assertThat(read.integrity()).isTrue();
            assertThat(read.body()).isEqualTo("Body of Before the rotation");
            MessageView after = send(alice, Set.of(b), "After the rotation", HandlingCode.H2, null);
            byte[] stored = jdbc.sql("select body_ct from message where id = :id").param("id", after.id()).query(byte[].class).single();
            assertThat(MessageCrypto.keyIdOf(stored)).isEqualTo("k2027");
            assertThat(jdbc.sql("select signature_key from message where id = :id").param("id", after.id())
                    .query(String.class).single()).isEqualTo("s2027");
            assertThat(messages.read(bob, after.id()).orElseThrow().integrity()).isTrue();
        } finally {
            ReflectionTestUtils.setField(seal, "crypto", original);
        }
    }

    @Test
    void linksAreKeptAndSignedWithTheMessage() {
        UUID record = UUID.randomUUID();
        MessageView sent = messages.send(alice, new MessageDraft(Set.of(b), "Linked", "See the record", Priority.URGENT,
                HandlingCode.H1, List.of(new MessageLink(MessageLink.Kind.RECORD, record)), List.of(), null));
        assertThat(messages.read(bob, sent.id()).orElseThrow().links()).containsExactly(new MessageLink(MessageLink.Kind.RECORD, record));
        jdbc.sql("update message_link set target_id = :other where message_id = :id").param("other", UUID.randomUUID())
                .param("id", sent.id()).update();
        assertThat(messages.read(bob, sent.id()).orElseThrow().integrity()).isFalse();
    }

    MessageView send(Caller from, Set<String> to, String subject, HandlingCode code, UUID replyTo) {
        return messages.send(from, new MessageDraft(to, subject, "Body of " + subject, Priority.ROUTINE, code, List.of(),
                List.of(), replyTo));
    }

    MessageView sendWith(MessageDraft.Attachment... files) {
        return messages.send(alice, new MessageDraft(Set.of(b), "Files", "See attached", Priority.ROUTINE, HandlingCode.H2,
                List.of(), List.of(files), null));
    }

    static MessageView.Receipt receipt(MessageView view, String agency) {
        return view.recipients().stream().filter(r -> r.agency().equals(agency)).findFirst().orElseThrow();
    }

    static Caller officer(String name, String agency) {
        return TestCallers.user(name, agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
