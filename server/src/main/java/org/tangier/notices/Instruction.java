package org.tangier.notices;

/** What the owner asks an officer to do on a hit; shown on the screening answer. */
public enum Instruction {
    /** Arrest with a view to extradition or surrender. */
    ARREST,
    /** Locate and report whereabouts. */
    LOCATE,
    /** Do not let the subject know of the interest; report discreetly. */
    DO_NOT_ALERT,
    /** Contact the owning agency at once for instructions. */
    CONTACT_OWNER;

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
