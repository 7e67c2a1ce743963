package org.tangier.access;

import org.tangier.testing.TangierTest;

@TangierTest
class AccessSqlOnH2Test extends AccessSqlStorageTest {
}
