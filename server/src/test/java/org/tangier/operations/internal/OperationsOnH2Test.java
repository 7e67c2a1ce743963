package org.tangier.operations.internal;

import org.tangier.testing.TangierTest;

@TangierTest
class OperationsOnH2Test extends OperationsStorageTest {
}
