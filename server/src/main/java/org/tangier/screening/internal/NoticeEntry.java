package org.tangier.screening.internal;

import org.tangier.notices.NoticeInForce;

/** Orders notices by how strongly they bind the officer: the first one of a record decides the instruction shown. */
final class NoticeEntry {

    private NoticeEntry() {
    }

    static int severity(NoticeInForce n) {
        return switch (n.type()) {
            case RED -> 0;
            case ORANGE -> 1;
            case YELLOW -> 2;
            case UN -> 3;
            case BLUE -> 4;
            case GREEN -> 5;
            case BLACK -> 6;
            case PURPLE -> 7;
        };
    }
}
