package org.tangier.notices.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a bureau officer submits to create or change a draft.
 *
 * @param type RED, YELLOW, BLUE, BLACK, GREEN, ORANGE, PURPLE or UN (fixed once created)
 * @param diffusion a request sent directly to {@code recipients}: in force once issued, reviewed afterwards
 * @param recipients the agencies a diffusion goes to; its restriction is {@code only:} them
 * @param restriction for notices: all, only:FR,ES, except:XX or owner (member agency codes only); null means owner
 *                    (deny by default)
 * @param instruction arrest, locate, do-not-alert or contact-owner; null takes the type's default
 * @param fields the type's data: charges, legalBasis... (see {@link NoticeFields})
 * @param subjects record ids (persons, documents, vehicles, firearms, indicators) the caller's agency may see
 * @param expiresOn null: five years for a notice, one year for a diffusion
 */
public record NoticeDraft(String type, Boolean diffusion, List<String> recipients, String restriction,
        String instruction, String summary, Map<String, String> fields, List<UUID> subjects, LocalDate expiresOn) {

    public NoticeDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
