/**
 * Cyber threat-intelligence exchange: indicators imported from and exported to STIX 2.1 bundles and MISP events, with
 * TLP 2.0 markings and MISP distribution levels read as Tangier restrictions. Indicators are kept as records (through
 * {@link org.tangier.records.Records}), so they are screened, restricted and audited like every other record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cyber indicators")
package org.tangier.indicators;
