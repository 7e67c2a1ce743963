package org.tangier.faces.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.notices.NoticeInForce;

/** When a black notice comes into force, its subjects' faces are searched against every enrolled person. */
@Component
class FaceCrossSearch {

    private final FaceService faces;

    FaceCrossSearch(FaceService faces) {
        this.faces = faces;
    }

    @ApplicationModuleListener
    void on(NoticeInForce notice) {
        faces.crossSearchBlackNotice(notice);
    }
}
