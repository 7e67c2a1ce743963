package org.tangier.screening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.Restriction;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.testing.TestCallers;

/**
 * Synthetic agencies, records and notices for screening and hits tests. Notices exist only as a contract while
 * their part is built elsewhere: the fixture publishes {@link NoticeInForce} and {@link NoticeWithdrawn} itself, in a
 * transaction, as the notices part will.
 */
public final class ScreeningFixtures {

    private static final Random RANDOM = new Random();
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final JdbcClient jdbc;
    private final Records records;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    public ScreeningFixtures(JdbcClient jdbc, Records records, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.records = records;
        this.events = events;
        this.tx = tx;
    }

    /** A new member agency with a code unique in this JVM. */
    public String agency(String prefix) {
        String code = TestCallers.unique(prefix).toUpperCase();
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:c, :n, 'NATIONAL_BUREAU', true, :at)")
                .param("c", code).param("n", "Agency " + code).param("at", Timestamp.from(Instant.now())).update();
        return code;
    }

    public static Caller bureau(String agency) {
        return TestCallers.user(agency.toLowerCase() + ".bureau", agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    public static Caller border(String agency) {
        return TestCallers.user(agency.toLowerCase() + ".border", agency, EnumSet.of(Role.BORDER_OFFICER));
    }

    public static Caller duty(String agency) {
        return TestCallers.user(agency.toLowerCase() + ".duty", agency, EnumSet.of(Role.DUTY_OFFICER));
    }

    /** Authenticates a MockMvc request as the caller, as the bearer-token filter would. */
    public static RequestPostProcessor as(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("factor:complete"));
        caller.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(caller, null, authorities));
    }

    /** A made-up name part nobody else in the test database has: Kovarelu, Dimasoti... */
    public static String uniqueNamePart() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(RANDOM.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    public RecordView person(String owner, String restriction, String name, String birthDate, String nationality,
            PersonDetails.Identifier... identifiers) {
        return create(owner, restriction, new PersonDetails(List.of(new PersonDetails.Name(name, null, PersonDetails.Name.PRIMARY)),
                "U", List.of(birthDate), null, List.of(nationality), List.of(identifiers), List.of(), null));
    }

    public RecordView create(String owner, String restriction, RecordDetails details) {
        return records.create(bureau(owner), new RecordDraft(details, restriction, null, null));
    }

    public NoticeInForce notice(String owner, NoticeType type, String restriction, Instruction instruction, UUID... subjects) {
        NoticeInForce notice = new NoticeInForce(UUID.randomUUID(), type.name() + "/" + TestCallers.unique("N"), type,
                false, owner, Restriction.parse(restriction), instruction, List.of(subjects));
        tx.executeWithoutResult(s -> events.publishEvent(notice));
        return notice;
    }

    public void withdraw(NoticeInForce notice) {
        tx.executeWithoutResult(s -> events.publishEvent(new NoticeWithdrawn(notice.noticeId(), notice.subjectIds(), "cancelled")));
    }

    public static Set<String> fieldNames(tools.jackson.databind.JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
