package org.tangier.notices.internal;

import java.util.Locale;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.notices.NoticeType;

/**
 * A listing query; null fields do not filter. {@code text} is matched in the summary and the reference;
 * {@code crimeArea} keeps the notices bearing that area.
 */
public record NoticeFilter(NoticeType type, NoticeStatus status, String owner, Boolean diffusion, String text, int limit,
        int offset, CrimeArea crimeArea) {

    public NoticeFilter(NoticeType type, NoticeStatus status, String owner, Boolean diffusion, String text, int limit,
            int offset) {
        this(type, status, owner, diffusion, text, limit, offset, null);
    }

    public NoticeFilter {
        limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 500));
        offset = Math.max(0, offset);
        text = text == null || text.isBlank() ? null : text.trim();
        owner = owner == null || owner.isBlank() ? null : owner.trim().toUpperCase(Locale.ROOT);
    }
}
