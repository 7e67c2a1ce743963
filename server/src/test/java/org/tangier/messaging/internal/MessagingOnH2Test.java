package org.tangier.messaging.internal;

import org.tangier.testing.TangierTest;

@TangierTest
class MessagingOnH2Test extends MessagingStorageTest {
}
