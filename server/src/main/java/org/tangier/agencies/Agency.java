package org.tangier.agencies;

import java.time.Instant;

/**
 * A member agency: a country's national bureau (code = ISO 3166 alpha-2) or a regional or international body
 * (a short code such as AFRIPOL).
 */
public record Agency(String code, String name, AgencyKind kind, boolean active, Instant createdAt) {
}
