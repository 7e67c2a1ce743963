/**
 * Agencies and identity: member agencies, their users and API clients, roles, logins with a second factor (by
 * password, or by an OIDC provider mapped to an existing local account),
 * bearer tokens, and the security rules of the web and API. Other parts ask {@link org.tangier.agencies.AgencyDirectory}
 * about agencies and read the caller from {@link org.tangier.platform.Callers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies & identity")
package org.tangier.agencies;
