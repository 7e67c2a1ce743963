/**
 * Crypto-assets: transfers of wallets imported by an agency (UTXO transactions and account-model transfers), address
 * clusters by the multiple-input heuristic, attribution tags from GraphSense TagPacks, and traces of funds forward
 * and backward to attributed services. Every leg and tag is owned and restricted like a record: a viewer sees only
 * what the owner allows, in clusters and traces too. The engines are in {@code org.tangier.matching.crypto}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crypto-assets")
package org.tangier.crypto;
