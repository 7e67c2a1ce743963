package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.tangier.notices.NoticeInForce;

/**
 * The notices and diffusions in force on this node and the records they name: a person is screened while at least
 * one notice in force names it. Read without locks; changed only under the {@link ScreeningIndex}'s lock.
 */
final class NoticeSubjects {

    private final Map<UUID, NoticeInForce> notices;
    private final Map<UUID, Set<UUID>> bySubject;

    NoticeSubjects() {
        this(16);
    }

    private NoticeSubjects(int expected) {
        notices = new ConcurrentHashMap<>(expected);
        bySubject = new ConcurrentHashMap<>(expected);
    }

    /** The notices as a snapshot holds them; the maps sized once for them. */
    static NoticeSubjects of(Collection<NoticeInForce> inForce) {
        NoticeSubjects subjects = new NoticeSubjects(inForce.size());
        inForce.forEach(subjects::put);
        return subjects;
    }

    /** Every notice in force, for the snapshot. */
    Collection<NoticeInForce> all() {
        return notices.values();
    }

    /** Registers the notice under each subject it names; returns the version it replaces, if any. */
    NoticeInForce put(NoticeInForce notice) {
        NoticeInForce old = notices.put(notice.noticeId(), notice);
        for (UUID subject : notice.subjectIds()) {
            bySubject.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(notice.noticeId());
        }
        return old;
    }

    NoticeInForce remove(UUID noticeId) {
        return notices.remove(noticeId);
    }

    /** The subject is no longer named by the notice. */
    void unlink(UUID subject, UUID noticeId) {
        Set<UUID> set = bySubject.get(subject);
        if (set != null) {
            set.remove(noticeId);
            if (set.isEmpty()) {
                bySubject.remove(subject);
            }
        }
    }

    /** Whether a notice in force names the record. */
    boolean names(UUID recordId) {
        return bySubject.containsKey(recordId);
    }

    Set<UUID> subjects() {
        return bySubject.keySet();
    }

    int size() {
        return notices.size();
    }

    /** The notices in force on the record, most binding first (RED before YELLOW before BLUE...). */
    List<NoticeInForce> on(UUID recordId) {
        Set<UUID> ids = bySubject.get(recordId);
        if (ids == null) {
            return List.of();
        }
        List<NoticeInForce> list = new ArrayList<>();
        for (UUID id : ids) {
            NoticeInForce n = notices.get(id);
            if (n != null) {
                list.add(n);
            }
        }
        list.sort(Comparator.comparingInt(NoticeEntry::severity));
        return list;
    }
}
