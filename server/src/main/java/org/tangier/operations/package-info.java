/**
 * Joint operations and cases across agencies: a lead agency invites others, who accept or decline; tasks assigned to
 * agencies; a timeline of everything linked (records, notices, hits, messages, notes); a watch list of records whose
 * screening hits are flagged to every participant at once. Only the lead and accepted participants see an operation,
 * and each linked record only as its owner allows. Other parts use {@link org.tangier.operations.Operations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.tangier.operations;
