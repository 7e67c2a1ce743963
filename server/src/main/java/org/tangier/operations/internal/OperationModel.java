package org.tangier.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The values of the operations part: an operation, its participants, tasks, timeline and watch list. */
final class OperationModel {

    private OperationModel() {
    }

    enum Status { PLANNED, ACTIVE, CLOSED }

    enum ParticipantState { INVITED, ACCEPTED, DECLINED }

    enum TaskStatus { OPEN, IN_PROGRESS, DONE, CANCELLED }

    enum EntryKind { CREATED, PARTICIPANT, STATUS, TASK, NOTE, RECORD, NOTICE, HIT, MESSAGE, WATCH }

    record Operation(UUID id, String name, String objective, String lead, Status status, LocalDate startsOn,
            LocalDate endsOn, Instant createdAt, String createdBy) {
    }

    record Participant(String agency, ParticipantState state, Instant invitedAt, Instant answeredAt) {
    }

    record Task(UUID id, String title, String assignee, LocalDate dueOn, TaskStatus status, Instant createdAt,
            String createdBy, Instant updatedAt) {
    }

    /** A timeline entry as stored; {@code visibleTo} null = every participant, else ",FR,ES,". */
    /**
     * A timeline entry as stored. What the platform writes is {@code textCode} (a bundle key) with {@code textArgs},
     * shown in the reader's language; {@code text} is what a person wrote, or the English of entries made before codes.
     */
    record Entry(UUID id, Instant at, EntryKind kind, UUID targetId, UUID secondId, String text, String agency,
            String actor, String visibleTo, String textCode, List<String> textArgs) {

        Entry(UUID id, Instant at, EntryKind kind, UUID targetId, UUID secondId, String text, String agency,
                String actor, String visibleTo) {
            this(id, at, kind, targetId, secondId, text, agency, actor, visibleTo, null, List.of());
        }
    }

    /** A timeline entry as one participant sees it; {@code caption} names a linked record the viewer may see. */
    record TimelineEntry(UUID id, Instant at, EntryKind kind, UUID targetId, UUID recordId, String text, String agency,
            String actor, String caption) {
    }

    record Watched(UUID recordId, String caption, String type, Instant addedAt, String addedBy) {
    }

    record OperationSummary(UUID id, String name, String lead, Status status, LocalDate startsOn, LocalDate endsOn,
            ParticipantState myState) {
    }

    /** An operation as a participant sees it. */
    record OperationView(UUID id, String name, String objective, String lead, Status status, LocalDate startsOn,
            LocalDate endsOn, Instant createdAt, String createdBy, List<Participant> participants, List<Task> tasks,
            List<TimelineEntry> timeline, List<Watched> watchList, boolean callerIsLead) {
    }

    record Draft(String name, String objective, LocalDate startsOn, LocalDate endsOn, List<String> participants) {
    }
}
