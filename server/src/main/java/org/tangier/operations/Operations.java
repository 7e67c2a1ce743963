package org.tangier.operations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What other parts need of operations: which operations watch a record, and flagging a hit on a watched record to an
 * operation, both system-level (no caller), which the screening and hits parts call when a hit is made; and the
 * operations under way that a caller's agency sees, for the coordination board.
 */
public interface Operations {

    /**
     * The planned and active operations in the caller's agency's operation list (those it leads, takes part in or is
     * invited to, as that list shows them); the caller needs a role that reads operations, and the read is audited.
     */
    List<OperationUnderWay> underWay(org.tangier.platform.Caller caller);

    /** An operation planned or active, as the board lists it; {@code status} is PLANNED or ACTIVE. */
    record OperationUnderWay(UUID id, String name, String lead, String status) {
    }

    /** The planned and active operations whose watch list holds this record, each with its participating agencies. */
    List<WatchingOperation> watchersOf(UUID recordId);

    /**
     * Puts a hit on a watched record on the operation's timeline and notifies every participant (an urgent platform
     * message linked to the hit, the record and the operation). {@code summary} is shown on the timeline only to
     * participants that may see the record; it must not carry more than the record does. Unknown or closed
     * operations are ignored; the same hit is flagged once.
     */
    void flagHit(UUID operationId, UUID hitId, UUID recordId, String summary);

    /**
     * Every operation that watches records, with its name, audience and watch list; system-level, for the link
     * analysis, which shows an operation only to its lead and accepted participants.
     */
    void forEachWatchList(Consumer<WatchList> consumer);

    /**
     * One operation's watch list as {@link #forEachWatchList} gives it, or empty when the operation is closed, has no
     * watched record or does not exist; system-level, for the part that received {@link OperationWatchListChanged}.
     */
    java.util.Optional<WatchList> watchList(UUID operationId);

    /**
     * The operation's name and members (its lead and the agencies that accepted: those that see it), or empty when
     * there is no such operation; system-level, for parts that keep their own work in an operation (the link
     * analysis's saved charts), which decide with it who may save and reopen.
     */
    Optional<Membership> membership(UUID operationId);

    /** An operation's members; {@code open} is false once it is closed. */
    record Membership(UUID id, String name, Set<String> members, boolean open) {

        public Membership {
            members = Set.copyOf(members);
        }
    }

    /** An operation's watch list; {@code participants} are the lead and the agencies that accepted. */
    record WatchList(UUID id, String name, String lead, Set<String> participants, List<UUID> recordIds) {

        public WatchList {
            participants = Set.copyOf(participants);
            recordIds = List.copyOf(recordIds);
        }
    }

    /**
     * An operation that watches a record.
     *
     * @param participants the lead agency and the agencies that accepted, i.e. every agency that sees the operation
     */
    record WatchingOperation(UUID id, String lead, Set<String> participants) {

        public WatchingOperation {
            participants = Set.copyOf(participants);
        }
    }
}
