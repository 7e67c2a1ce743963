package org.tangier.assessments;

import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TestCallers;

/** Synthetic data the assessment tests draw figures from: phones of one agency hit at one checkpoint. */
final class AssessmentFixtures {

    static final String TITLE_AR = "تهريب المهاجرين عبر المضيق";
    static final String TITLE_EN = "Migrant smuggling across the Strait";

    private AssessmentFixtures() {
    }

    /** A phone of {@code owner}, visible to all, hit once at {@code checkpoint}; returns the phone's record id. */
    static UUID hitPhone(Records records, Hits hits, String owner, String checkpoint) {
        Caller officer = TestCallers.user("o.officer", owner, EnumSet.of(Role.BUREAU_OFFICER));
        Caller border = TestCallers.user("c.border", owner, EnumSet.of(Role.BORDER_OFFICER));
        UUID phone = records.create(officer, new RecordDraft(new IndicatorDetails("phone",
                "+2126" + (10_000_000 + new Random().nextInt(89_999_999)), null, null), "all", null, null)).id();
        hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", owner, "phone", "phone"), null,
                "contact-owner", 0.99, "phone", new CheckContext("border check", "phone check", checkpoint, "MA")));
        return phone;
    }

    /** An assessment with text in English and Arabic, a trend chart, a trend table and the phone's link chart. */
    static String body(String restriction, UUID phone, Integer version) {
        return """
                {"title": {"en": "%s", "ar": "%s"},
                 "restriction": "%s", "handlingCode": "H1"%s,
                 "sections": [
                  {"heading": {"en": "Key judgements", "ar": "الأحكام الرئيسية"},
                   "text": {"en": "Crossings rose this quarter.\\n\\nThe network uses new phones.", "ar": "ارتفعت العبور هذا الربع."}},
                  {"heading": {"en": "Hits by week"}, "figure": {"kind": "trend-chart", "weeks": 8},
                   "caption": {"en": "Hits at the checkpoints", "ar": "الإصابات في نقاط المراقبة"}},
                  {"figure": {"kind": "trend-table", "weeks": 8}},
                  {"text": {"fr": "Le réseau du téléphone."}, "figure": {"kind": "link-chart", "entity": "%s", "hops": 2}}
                 ]}""".formatted(TITLE_EN, TITLE_AR, restriction, version == null ? "" : ", \"version\": " + version, phone);
    }
}
