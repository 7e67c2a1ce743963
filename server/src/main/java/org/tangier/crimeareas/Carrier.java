package org.tangier.crimeareas;

/** What bears crime areas. Hits bear none of their own: they inherit their notice's and their record's. */
public enum Carrier {
    NOTICE, RECORD, OPERATION, MESSAGE
}
