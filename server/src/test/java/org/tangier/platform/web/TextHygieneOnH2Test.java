package org.tangier.platform.web;

import org.tangier.testing.TangierTest;

@TangierTest
class TextHygieneOnH2Test extends TextHygieneStorageTest {
}
