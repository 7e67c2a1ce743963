package org.tangier.audit.internal;

import org.tangier.testing.TangierTest;

@TangierTest
class AuditChainOnH2Test extends AuditChainStorageTest {
}
