package org.tangier.messaging.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.WaitingWork;

/** For the home page: the messages addressed to the caller's agency that it has not read yet. */
@Component
class MessagesWaiting implements WaitingWork {

    private final MessageService messages;

    MessagesWaiting(MessageService messages) {
        this.messages = messages;
    }

    @Override
    public List<Waiting> waitingFor(Caller caller) {
        if (MessageService.READERS.stream().noneMatch(caller::has)) {
            return List.of();
        }
        return List.of(new Waiting("home.waiting.messages", messages.unread(caller), "/messages", 40, false));
    }
}
