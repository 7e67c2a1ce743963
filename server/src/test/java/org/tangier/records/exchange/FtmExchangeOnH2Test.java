package org.tangier.records.exchange;


import org.tangier.testing.TangierTest;

@TangierTest
class FtmExchangeOnH2Test extends FtmExchangeStorageTest {

}
