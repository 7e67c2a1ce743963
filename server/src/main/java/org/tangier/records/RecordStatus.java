package org.tangier.records;

/** Active records are shared and screened; cancelled ones are kept for history but no longer screened. */
public enum RecordStatus { ACTIVE, CANCELLED }
