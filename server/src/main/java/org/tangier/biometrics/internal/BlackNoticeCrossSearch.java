package org.tangier.biometrics.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.notices.NoticeInForce;

/** When a black notice comes into force, its subjects' prints are searched against every enrolled person. */
@Component
class BlackNoticeCrossSearch {

    private final FingerprintService fingerprints;

    BlackNoticeCrossSearch(FingerprintService fingerprints) {
        this.fingerprints = fingerprints;
    }

    @ApplicationModuleListener
    void on(NoticeInForce notice) {
        fingerprints.crossSearchBlackNotice(notice);
    }
}
