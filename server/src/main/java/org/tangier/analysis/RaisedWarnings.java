package org.tangier.analysis;

import java.util.List;

/** The early warnings raised for an agency's view, for the parts that show them (the coordination board). */
public interface RaisedWarnings {

    /** The warnings raised for {@code agency} in the last {@code days} days, newest and most significant first. */
    List<EarlyWarningRaised> recentFor(String agency, int days);
}
