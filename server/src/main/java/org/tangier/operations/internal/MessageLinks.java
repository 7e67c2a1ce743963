package org.tangier.operations.internal;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageSent;

/** Puts a message that links to an operation on that operation's timeline (for the agencies that hold the message). */
@Component
class MessageLinks {

    private final OperationService operations;

    MessageLinks(OperationService operations) {
        this.operations = operations;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        Set<String> holders = new TreeSet<>(sent.recipients());
        holders.add(sent.sender());
        sent.links().stream().filter(l -> l.kind() == MessageLink.Kind.OPERATION)
                .forEach(l -> operations.messageLinked(l.id(), sent.id(), sent.sender(), holders, sent.sentAt()));
    }
}
