package org.tangier.records.internal;

import org.tangier.testing.TangierTest;

@TangierTest
class RecordsOnH2Test extends RecordStorageTest {
}
