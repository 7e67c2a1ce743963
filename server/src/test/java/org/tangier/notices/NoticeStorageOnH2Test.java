package org.tangier.notices;

import org.tangier.testing.TangierTest;

@TangierTest
class NoticeStorageOnH2Test extends NoticeStorageTest {
}
