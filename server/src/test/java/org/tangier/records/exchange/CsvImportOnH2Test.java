package org.tangier.records.exchange;


import org.tangier.testing.TangierTest;

@TangierTest
class CsvImportOnH2Test extends CsvImportStorageTest {

}
