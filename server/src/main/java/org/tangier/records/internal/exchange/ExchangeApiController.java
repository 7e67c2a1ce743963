package org.tangier.records.internal.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordType;
import org.tangier.records.internal.RestrictionReader;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Records exchange", description = "Bulk import and export: FollowTheMoney NDJSON and CSV lists")
class ExchangeApiController {

    static final String NDJSON = "application/x-ndjson";
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.REVIEWER, Role.DUTY_OFFICER, Role.ANALYST);

    private final FtmImport ftm;
    private final CsvImport csv;
    private final FtmExport export;
    private final RestrictionReader restrictions;

    ExchangeApiController(FtmImport ftm, CsvImport csv, FtmExport export, RestrictionReader restrictions) {
        this.restrictions = restrictions;
        this.ftm = ftm;
        this.csv = csv;
        this.export = export;
    }

    @PostMapping(path = "/import", consumes = {"application/x-ndjson", "application/json-seq", "text/csv"})
    @Operation(summary = "Import records from FtM NDJSON or a CSV list, streamed; upserts by id within your agency",
            description = """
                    The body is streamed, never held whole: send it as application/x-ndjson or application/json-seq \
                    (FtM) or text/csv (CSV). Answers {imported, updated, rejectedCount, rejected: [{line, id, column, \
                    error}]}; a bad line is rejected with its reason and the others import (the list keeps the first \
                    1000 rejections).

                    format=ftm: one FollowTheMoney entity a line, {"id", "schema", "properties"}. Schemas read: Person, \
                    Passport, Identification, Vehicle, CryptoWallet; a person's phone, email and website become \
                    indicator records linked to it. The FtM id becomes the record's external id.

                    format=csv&type=...: a header line, then one record a line; lists within a field separated by |. \
                    Columns (required ones marked *):
                    person: external_id, name*, aliases, original_script_names, gender, birth_dates, place_of_birth, \
                    nationalities, passport_number, passport_country, national_id, national_id_country, remarks;
                    travel-document: external_id, number*, document_type, issuing_country*, status*, date_reported, \
                    holder_external_id;
                    vehicle: external_id, vin, plate, registration_country, make, model, colour, year, status;
                    firearm: external_id, serial_number*, make*, model, calibre, firearm_type, status;
                    indicator: external_id, kind*, value*, chain, remarks.
                    See docs/exchange.md.""")
    ImportReport importRecords(
            @Parameter(description = "ftm or csv") @RequestParam String format,
            @Parameter(description = "for csv: person, travel-document, vehicle, firearm or indicator") @RequestParam(required = false) String type,
            @Parameter(description = "all, only:FR,ES, except:XX or owner (member agency codes only); default owner: new records are your agency's alone (updates keep theirs when absent)") @RequestParam(required = false) String restriction,
            HttpServletRequest request) throws IOException {
        Caller caller = Callers.required();
        if (restriction != null && !restriction.isBlank()) {
            restrictions.read(restriction); // a wrong restriction refuses the import before any line is read
        }
        return switch (format) {
            case "ftm" -> ftm.importStream(caller, request.getInputStream(), restriction);
            case "csv" -> {
                RecordType recordType = type == null ? null : RecordType.fromId(type).orElse(null);
                if (recordType == null) {
                    throw ProblemException.invalid("type", "records.person-travel-document-vehicle-firearm");
                }
                yield csv.importStream(caller, request.getInputStream(), recordType, restriction);
            }
            default -> throw ProblemException.invalid("format", "records.ftm-csv");
        };
    }

    @GetMapping("/export")
    @Operation(summary = "Export the records of a type your agency may see, as FtM NDJSON (application/x-ndjson)",
            description = "type=person, travel-document, vehicle or indicator (crypto wallets only: FtM has no schema "
                    + "for the other indicators, nor for firearms). Streamed; audited as one export with its purpose.")
    void exportRecords(@RequestParam(defaultValue = "ftm") String format, @RequestParam String type,
            @RequestParam(required = false) String purpose,
            @RequestHeader(value = "X-Purpose", required = false) String purposeHeader, HttpServletResponse response)
            throws IOException {
        Caller caller = Callers.required();
        caller.requireAny(READERS, "records.role.export");
        if (!"ftm".equals(format)) {
            throw ProblemException.invalid("format", "records.format-ftm");
        }
        RecordType recordType = RecordType.fromId(type)
                .orElseThrow(() -> ProblemException.invalid("type", "records.person-travel-document-vehicle-indicator"));
        if (!FtmMapping.exportable(recordType)) {
            throw ProblemException.invalid("type", "records.followthemoney-has-no-schema-firearms");
        }
        String p = purpose != null ? purpose : purposeHeader;
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        export.export(caller, recordType, p == null || p.isBlank() ? null : p.strip(), response.getOutputStream());
        response.flushBuffer();
    }
}
