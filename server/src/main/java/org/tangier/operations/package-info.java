/**
 * Joint operations and cases across agencies: a lead agency invites others, who accept or decline; tasks assigned to
 * agencies; a timeline of everything linked (records, notices, hits, messages, notes); a watch list of records whose
 * screening hits are flagged to every participant at once. Only the lead and accepted participants see an operation,
 * and each linked record only as its owner allows. Other parts use {@link org.tangier.operations.Operations}.
 *
 * <p>Inside, one class per use case: a lead agency opens an operation and moves it on ({@code OpenOperation}); agencies
 * are invited and join or decline ({@code JoinOperation}); the lead assigns tasks ({@code OperationTasks});
 * participants log notes, links, watched records and messages on the timeline ({@code OperationLog}); a participant
 * sees its operations ({@code OperationViews}); a hit on a watched record is flagged to every participant
 * ({@code OperationWatch}). Who may do what is {@code OperationAccess}'s single rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.tangier.operations;
