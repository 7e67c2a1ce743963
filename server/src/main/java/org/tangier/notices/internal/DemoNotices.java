package org.tangier.notices.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.PersonDetails.Identifier;
import org.tangier.records.PersonDetails.Name;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * Demo mode only: notices of every type across the demo agencies, on synthetic subjects (invented names in Arabic,
 * French, English and Spanish, some written in Arabic script with their transliteration), under mixed restrictions.
 * Most are published; a few wait in the reviewers' queues (MA's and FR's, whose demo reviewers exist) and one is a
 * draft. Runs once: it does nothing when the demo agencies already hold notices.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tangier.demo.enabled", havingValue = "true")
class DemoNotices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNotices.class);

    private final NoticeService notices;
    private final Records records;
    private final JdbcClient jdbc;

    DemoNotices(NoticeService notices, Records records, JdbcClient jdbc) {
        this.notices = notices;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int existing = jdbc.sql("select count(*) from notice where owner_agency in ('MA', 'FR', 'ES', 'AE', 'QA', 'EG', 'AFRIPOL')")
                .query(Integer.class).single();
        int agencies = jdbc.sql("select count(*) from agency where code in ('MA', 'FR', 'ES', 'AE', 'QA', 'EG', 'AFRIPOL')")
                .query(Integer.class).single();
        if (existing > 0 || agencies < 7) {
            return;
        }
        List<String> made = new ArrayList<>();
        LocalDate today = LocalDate.now();

        // RED: arrest warrants and judgements
        red(made, "MA", "all", person("MA", "Youssef Benjelloun", "يوسف بنجلون", "M", "1984-03-12", "Casablanca", "MA", "passport", "MA", "UX4827163"),
                "Armed robbery of a currency exchange office, Casablanca, 2025", "arrest-warrant", "MA-AW-2026/0117",
                "2026-01-20", "Investigating judge, Court of Appeal of Casablanca", true);
        red(made, "FR", "all", person("FR", "Julien Marchand", null, "M", "1979-07-30", "Lyon", "FR", "passport", "FR", "18AV52931"),
                "Organised fraud and money laundering (art. 324-1 code pénal)", "judgement", "TJ-Paris-2025-4412",
                "2025-11-05", "Tribunal judiciaire de Paris", true);
        red(made, "ES", "except:QA", person("ES", "Alejandro Ruiz Ortega", null, "M", "1990-01-09", "Sevilla", "ES", null, null, null),
                "Drug trafficking, 400 kg of cannabis resin via Algeciras", "arrest-warrant", "AN-2026-0088",
                "2026-02-02", "Audiencia Nacional, Juzgado Central de Instrucción 3", true);
        red(made, "EG", "all", person("EG", "Khaled Mostafa Abdelrahman", "خالد مصطفى عبد الرحمن", "M", "1976", "Alexandria", "EG", "national-id", "EG", "27601150201234"),
                "Human trafficking network, Mediterranean crossings", "arrest-warrant", "EG-PP-2026-311",
                "2026-03-01", "Public Prosecution of Alexandria", true);
        red(made, "MA", "all", person("MA", "Hamza El Idrissi", "حمزة الإدريسي", "M", "1993-10-21", "Tangier", "MA", null, null, null),
                "Wanted after the political protest in the old town; also armed robbery", "arrest-warrant", "MA-AW-2026/0301",
                "2026-04-11", "Investigating judge, Court of First Instance of Tangier", false);

        // YELLOW: missing persons
        simple(made, "FR", "YELLOW", "all", person("FR", "Camille Dubois", null, "F", "2009-05-14", "Marseille", "FR", null, null, null),
                "Missing teenager, last seen at the Saint-Charles station; may be travelling to Spain.",
                Map.of("disappearanceDate", today.minusDays(20).toString(), "disappearancePlace", "Marseille, gare Saint-Charles"), true);
        simple(made, "AE", "YELLOW", "only:MA,FR,ES,EG,OPS", person("AE", "Mariam Al Suwaidi", "مريم السويدي", "F", "1998-12-02", "Dubai", "AE", null, null, null),
                "Missing since a trip to Morocco; family is worried.",
                Map.of("disappearanceDate", today.minusDays(45).toString(), "disappearancePlace", "Marrakech"), true);

        // BLACK: unidentified bodies
        simple(made, "ES", "BLACK", "all", person("ES", "Desconocido Almería 2026-01", null, "M", null, null, null, null, null, null),
                "Body of an unidentified man found on the beach; tattoo of an anchor on the left forearm.",
                Map.of("foundDate", today.minusDays(60).toString(), "foundPlace", "Almería, playa de San Miguel"), true);
        simple(made, "MA", "BLACK", "all", person("MA", "Inconnu Nador 2026", null, "U", null, null, null, null, null, null),
                "Unidentified body recovered at sea off Nador.",
                Map.of("foundDate", today.minusDays(15).toString(), "foundPlace", "Nador, off the coast"), true);

        // BLUE: locate and information
        simple(made, "QA", "BLUE", "all", person("QA", "Abdullah Al Kuwari", "عبدالله الكواري", "M", "1987-08-08", "Doha", "QA", null, null, null),
                "Locate: a witness in a procurement fraud case.",
                Map.of("informationSought", "Current address and travel since January"), true);
        simple(made, "FR", "BLUE", "only:MA,ES", object("FR", new VehicleDetails("VF1RFB00867123456", "GH482TK", "FR", "Renault", "Megane", "grey", 2021, "wanted")),
                "Information sought on a vehicle used in a series of burglaries.",
                Map.of("informationSought", "Sightings, border crossings and the driver's identity"), true);

        // GREEN: warnings
        simple(made, "AFRIPOL", "GREEN", "all", person("AFRIPOL", "Samuel Okafor", null, "M", "1981-04-19", "Lagos", "NG", null, null, null),
                "Warning: convicted twice for romance-scam fraud; travels often to North Africa.",
                Map.of("threat", "Online romance fraud and money mules"), true);
        simple(made, "MA", "GREEN", "except:AE", object("MA", new IndicatorDetails("email", "recrutement.offre@example.org", null, "used to lure job seekers")),
                "Warning on an e-mail address used by a fake recruitment network.",
                Map.of("threat", "Fake job offers leading to trafficking"), true);

        // ORANGE: imminent threats
        simple(made, "ES", "ORANGE", "all", object("ES", new FirearmDetails("PX2210934", "Glock", "17", "9x19mm", "pistol", "trafficked")),
                "Imminent threat: a batch of pistols of this series is being moved to a criminal group.",
                Map.of("threat", "Illicit firearms supply to an organised criminal group"), true);
        simple(made, "EG", "ORANGE", "only:MA,FR,ES,AE,QA,OPS", object("EG", new IndicatorDetails("phone", "+201001234567", null, null)),
                "Imminent threat: this number coordinates an explosive device shipment.",
                Map.of("threat", "Planned attack on a transport hub"), true);

        // PURPLE: modus operandi
        simple(made, "FR", "PURPLE", "all", null,
                "Modus operandi: counterfeit customs officers stop lorries at rest areas and seize cargo.",
                Map.of("modusOperandi", "Two fake officers in a marked car, forged documents, cargo moved to a rented van"), true);
        simple(made, "MA", "PURPLE", "all", object("MA", new TravelDocumentDetails("ZB7720193", "passport", "MA", "stolen-blank", today.minusDays(90).toString(), null)),
                "Modus operandi: stolen blank passports completed with look-alike photos.",
                Map.of("modusOperandi", "Blank booklets stolen from a printing works, completed abroad"), true);

        // UN: sanctions (synthetic entries; the real list is imported with POST /api/v1/notices/import/un)
        simple(made, "AFRIPOL", "UN", "all", person("AFRIPOL", "Ibrahim Ould Salem", "إبراهيم ولد سالم", "M", "1969", "Gao", "ML", null, null, null),
                "UN sanctions (synthetic demo entry): travel ban and assets freeze.",
                Map.of("sanctionsCommittee", "Committee established pursuant to resolution 2374 (2017) (Mali)", "sanctionsReference", "DEMO.001"), true);

        // waiting for review: a notice in MA's queue, and a diffusion to FR and ES issued by MA
        simple(made, "MA", "YELLOW", "all", person("MA", "Salma Tazi", "سلمى التازي", "F", "2011-02-27", "Fès", "MA", null, null, null),
                "Missing girl, last seen near Bab Boujloud.",
                Map.of("disappearanceDate", today.minusDays(3).toString(), "disappearancePlace", "Fès, Bab Boujloud"), false);
        diffusion(made, "MA", List.of("FR", "ES"), "RED", person("MA", "Rachid Amrani", "رشيد العمراني", "M", "1988-06-06", "Oujda", "MA", "passport", "MA", "AB1938475"),
                "Wanted for a hold-up in Oujda; believed to be heading to Europe.",
                Map.of("charges", "Armed robbery with violence", "legalBasis", "arrest-warrant", "legalBasisReference", "MA-AW-2026/0412",
                        "legalBasisDate", today.minusDays(5).toString(), "legalBasisAuthority", "Court of Appeal of Oujda"));
        // a draft
        try {
            notices.create(officer("FR"), new NoticeDraft("GREEN", false, List.of(), "all", null,
                    "Draft: warning on a fraudster (to be completed).", Map.of(), List.of(), null));
            made.add("draft");
        } catch (RuntimeException e) {
            log.warn("Demo draft notice not created: {}", e.getMessage());
        }
        log.info("Demo mode: created {} notices and diffusions", made.size());
    }

    private void red(List<String> made, String owner, String restriction, UUID subject, String charges, String basis,
            String reference, String date, String authority, boolean publish) {
        simple(made, owner, "RED", restriction, subject, "Wanted: " + charges + ".", Map.of("charges", charges,
                "legalBasis", basis, "legalBasisReference", reference, "legalBasisDate", date,
                "legalBasisAuthority", authority), publish);
    }

    private void simple(List<String> made, String owner, String type, String restriction, UUID subject, String summary,
            Map<String, String> fields, boolean publish) {
        try {
            Caller officer = officer(owner);
            NoticeView n = notices.create(officer, new NoticeDraft(type, false, List.of(), restriction, null, summary, fields,
                    subject == null ? List.of() : List.of(subject), null));
            notices.submit(officer, n.id());
            if (publish) {
                notices.publish(reviewer(owner), n.id(), null);
            }
            made.add(n.reference());
        } catch (RuntimeException e) {
            log.warn("Demo {} notice of {} not created: {}", type, owner, e.getMessage());
        }
    }

    private void diffusion(List<String> made, String owner, List<String> recipients, String type, UUID subject,
            String summary, Map<String, String> fields) {
        try {
            Caller officer = officer(owner);
            NoticeView n = notices.create(officer, new NoticeDraft(type, true, recipients, null, null, summary, fields,
                    List.of(subject), null));
            notices.submit(officer, n.id());
            made.add(n.reference());
        } catch (RuntimeException e) {
            log.warn("Demo diffusion of {} not created: {}", owner, e.getMessage());
        }
    }

    private UUID person(String owner, String name, String arabic, String gender, String born, String place,
            String nationality, String idKind, String idCountry, String idNumber) {
        List<Name> names = new ArrayList<>();
        names.add(new Name(name, null, Name.PRIMARY));
        if (arabic != null) {
            names.add(new Name(arabic, "Arab", Name.ORIGINAL_SCRIPT));
        }
        return object(owner, new PersonDetails(names, gender, born == null ? List.of() : List.of(born), place,
                nationality == null ? List.of() : List.of(nationality),
                idNumber == null ? List.of() : List.of(new Identifier(idKind, idNumber, idCountry)), List.of(),
                "Synthetic demo person."));
    }

    private UUID object(String owner, RecordDetails details) {
        return records.create(officer(owner), new RecordDraft(details, "all", null, null)).id();
    }

    private static Caller officer(String agency) {
        String user = agency.toLowerCase() + ".bureau";
        return new Caller(Caller.Kind.USER, "demo-" + user, user, agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    /** MA and FR have demo reviewers; the other agencies' notices are reviewed by the coordination centre. */
    private static Caller reviewer(String agency) {
        boolean own = agency.equals("MA") || agency.equals("FR");
        String user = own ? agency.toLowerCase() + ".reviewer" : "ops.reviewer";
        return new Caller(Caller.Kind.USER, "demo-" + user, user, own ? agency : "OPS", EnumSet.of(Role.REVIEWER));
    }
}
