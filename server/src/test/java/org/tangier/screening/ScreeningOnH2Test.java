package org.tangier.screening;

import org.tangier.testing.TangierTest;

@TangierTest
class ScreeningOnH2Test extends ScreeningStorageTest {
}
