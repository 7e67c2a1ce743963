package org.tangier.audit;

import org.tangier.testing.TangierTest;

@TangierTest
class AuditUnderAttackOnH2Test extends AuditUnderAttackTest {
}
