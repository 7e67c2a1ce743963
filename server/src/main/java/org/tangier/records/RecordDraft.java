package org.tangier.records;

import java.time.LocalDate;

/**
 * What a caller submits to create or replace a record.
 *
 * @param restriction written form: all, only:FR,ES, except:XX, owner (member agency codes only); null: owner on a new
 *                    record (deny by default), unchanged on an update
 * @param reviewBy null: the agency's default, 5 years from creation
 * @param externalId the owner's own id (an FtM entity id, a case number): imports upsert on it
 */
public record RecordDraft(RecordDetails details, String restriction, LocalDate reviewBy, String externalId) {
}
