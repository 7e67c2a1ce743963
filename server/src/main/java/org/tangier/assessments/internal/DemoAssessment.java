package org.tangier.assessments.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.records.VehicleDetails;

/**
 * Demo mode only: a synthetic migrant-smuggling network held by MA (two organisers, their phones and a van, linked),
 * hits on its phones at the port of Tangier, and one threat assessment on it in the four languages, written by
 * ma.analyst, published by ma.reviewer to FR and ES (H1), so a new user sees the whole feature at once. Runs once:
 * it does nothing when MA already holds an assessment. All names and numbers are invented.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tangier.demo.enabled", havingValue = "true")
class DemoAssessment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);

    private final AssessmentWorkflow workflow;
    private final Records records;
    private final Hits hits;
    private final JdbcClient jdbc;

    DemoAssessment(AssessmentWorkflow workflow, Records records, Hits hits, JdbcClient jdbc) {
        this.workflow = workflow;
        this.records = records;
        this.hits = hits;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean agencies = jdbc.sql("select count(*) from agency where code in ('MA', 'FR', 'ES')").query(Integer.class).single() == 3;
        boolean existing = jdbc.sql("select count(*) from assessment where owner_agency = 'MA'").query(Integer.class).single() > 0;
        if (!agencies || existing) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            // demo data is a showcase: a failure here must not stop the demo server from starting
            log.warn("Demo mode: the synthetic threat assessment was not created", e);
        }
    }

    private void load() {
        Caller bureau = caller("ma.bureau", Role.BUREAU_OFFICER);
        Caller border = caller("ma.border", Role.BORDER_OFFICER);
        UUID organiser = person(bureau, "Karim Oufkir", "كريم أوفقير", "1983-09-14");
        UUID recruiter = person(bureau, "Nadia Sefrioui", "نادية الصفريوي", "1991-02-03");
        UUID phone1 = record(bureau, new IndicatorDetails("phone", "+212661000417", null, "synthetic: organiser's phone"));
        UUID phone2 = record(bureau, new IndicatorDetails("phone", "+212662000938", null, "synthetic: recruiter's phone"));
        UUID van = record(bureau, new VehicleDetails("VF1FL000064123457", "48213-A-1", "MA", "Renault", "Master", "white", 2019, "wanted"));
        records.link(bureau, organiser, phone1, "uses-phone");
        records.link(bureau, recruiter, phone2, "uses-phone");
        records.link(bureau, organiser, van, "uses-vehicle");
        records.link(bureau, organiser, recruiter, "associate");
        for (UUID phone : List.of(phone1, phone2)) {
            hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", "MA", "phone", "phone"), null,
                    "contact-owner", 0.99, "phone", new CheckContext("port check", "phone check", "TNG-PORT", "MA")));
        }
        AssessmentWorkflow.Draft draft = new AssessmentWorkflow.Draft(document(organiser), "only:FR,ES", "H1");
        Caller analyst = caller("ma.analyst", Role.ANALYST);
        Assessment a = workflow.create(analyst, draft);
        workflow.submit(analyst, a.id());
        workflow.publish(caller("ma.reviewer", Role.REVIEWER), a.id(), "Synthetic demo assessment; sources checked.");
        log.info("Demo mode: published the synthetic threat assessment {}", a.id());
    }

    private static AssessmentDocument document(UUID organiser) {
        return new AssessmentDocument(l(
                "Migrant smuggling through the port of Tangier (synthetic)",
                "Trafic de migrants par le port de Tanger (fictif)",
                "Tráfico de migrantes por el puerto de Tánger (ficticio)",
                "تهريب المهاجرين عبر ميناء طنجة (وهمي)"), List.of(
                new Section(l("Key judgements", "Principaux constats", "Conclusiones clave", "الأحكام الرئيسية"), l(
                        "A small network organises crossings hidden in vans through the port. It is highly likely to continue this season.",
                        "Un petit réseau organise des traversées dissimulées dans des fourgons via le port. Il est très probable qu’il poursuive cette saison.",
                        "Una pequeña red organiza cruces ocultos en furgonetas a través del puerto. Es muy probable que continúe esta temporada.",
                        "تنظم شبكة صغيرة عمليات عبور مخفية في شاحنات صغيرة عبر الميناء. ومن المرجح جدًا أن تستمر هذا الموسم."),
                        null, null),
                new Section(l("Hits by week", "Hits par semaine", "Coincidencias por semana", "الإصابات حسب الأسبوع"), Localized.EMPTY,
                        new FigureQuery("trend-chart", 12, null, null),
                        l("Hits visible to MA, last 12 weeks", "Hits visibles par MA, 12 dernières semaines",
                                "Coincidencias visibles para MA, últimas 12 semanas", "الإصابات المرئية لـ MA، آخر 12 أسبوعًا")),
                new Section(l("The network", "Le réseau", "La red", "الشبكة"), l(
                        "The organiser uses one phone and a white van; the recruiter is his associate.",
                        "L’organisateur utilise un téléphone et un fourgon blanc ; la recruteuse est son associée.",
                        "El organizador usa un teléfono y una furgoneta blanca; la reclutadora es su socia.",
                        "يستخدم المنظم هاتفًا وشاحنة بيضاء؛ والمجنِّدة شريكته."),
                        new FigureQuery("link-chart", null, organiser, 2),
                        l("Link chart of the organiser, two hops", "Graphe de liens de l’organisateur, deux sauts",
                                "Gráfico de vínculos del organizador, dos saltos", "مخطط روابط المنظم، قفزتان")),
                new Section(l("Hits by checkpoint", "Hits par point de contrôle", "Coincidencias por punto de control", "الإصابات حسب نقطة المراقبة"),
                        Localized.EMPTY, new FigureQuery("trend-table", 12, null, null), Localized.EMPTY)));
    }

    private static Localized l(String en, String fr, String es, String ar) {
        return new Localized(Map.of("en", en, "fr", fr, "es", es, "ar", ar));
    }

    private UUID person(Caller bureau, String name, String arabic, String born) {
        return record(bureau, new PersonDetails(List.of(new PersonDetails.Name(name, null, PersonDetails.Name.PRIMARY),
                new PersonDetails.Name(arabic, "Arab", PersonDetails.Name.ORIGINAL_SCRIPT)), "U", List.of(born), "Tangier",
                List.of("MA"), List.of(), List.of(), "Synthetic demo person (threat assessment)."));
    }

    private UUID record(Caller bureau, RecordDetails details) {
        return records.create(bureau, new RecordDraft(details, "only:FR,ES", null, null)).id();
    }

    /** The demo user's id, as the demo agencies created it, so that the audit names a real user. */
    private Caller caller(String username, Role role) {
        String id = jdbc.sql("select id from user_account where username = :u").param("u", username)
                .query(String.class).optional().orElse("demo-" + username);
        return new Caller(Caller.Kind.USER, id, username, "MA", EnumSet.of(role));
    }
}
