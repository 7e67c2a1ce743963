package org.tangier.audit;

import java.util.List;

/**
 * The audit entries that name one object: its reads and writes (the entries about it) and the screening checks that
 * matched it (their detail names the records matched). It lets a record's owner see which agencies screened or read
 * its record; the part that owns the object decides who may ask, and audits the asking.
 */
public interface AuditTrail {

    /** The entries naming the object, newest first. */
    List<AuditEntry> naming(String objectId, int limit, int offset);
}
