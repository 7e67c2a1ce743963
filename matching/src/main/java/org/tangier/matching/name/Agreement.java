package org.tangier.matching.name;

/** Whether an attribute (nationality, gender) agrees; UNKNOWN when either side lacks it. */
public enum Agreement { MATCH, CONFLICT, UNKNOWN }
