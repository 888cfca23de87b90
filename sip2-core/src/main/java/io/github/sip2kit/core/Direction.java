package io.github.sip2kit.core;

/** Who sends a message. */
public enum Direction {
    /** From the SC (the self-service machine) to the ACS (the library system): the requests. */
    SC_TO_ACS,
    /** From the ACS (the library system) to the SC (the self-service machine): the responses. */
    ACS_TO_SC
}
