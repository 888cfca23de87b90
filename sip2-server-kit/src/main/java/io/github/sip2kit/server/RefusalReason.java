package io.github.sip2kit.server;

/** Why the server closed a connection at once, as {@link ServerListener#connectionRefused} reports it. */
public enum RefusalReason {
    /** No client policy matches the client's address. */
    UNKNOWN_ADDRESS,
    /** The only policy of the client's address needs no login and is deactivated. */
    POLICY_DEACTIVATED,
    /** The server already holds its maximum number of connections. */
    TOO_MANY_CONNECTIONS,
    /** The server is shutting down. */
    SHUTTING_DOWN,
    /** A connection from a trusted proxy did not start with a valid PROXY protocol header. */
    INVALID_PROXY_HEADER
}
