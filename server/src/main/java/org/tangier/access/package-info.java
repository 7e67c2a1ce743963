/**
 * Access rules: the one place that decides which agency may see a record, notice, hit, message or operation.
 * Its owner sets a {@link org.tangier.access.Restriction}; {@link org.tangier.access.AccessRules} answers in memory and
 * gives the SQL condition that every query over personal data carries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access rules")
package org.tangier.access;
