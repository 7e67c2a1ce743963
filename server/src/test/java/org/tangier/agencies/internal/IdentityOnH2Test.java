package org.tangier.agencies.internal;

import org.tangier.testing.TangierTest;

@TangierTest
class IdentityOnH2Test extends IdentityStorageTest {
}
