/**
 * The SIP2 server kit: {@code Sip2Server} runs an ACS around a backend's handlers and owns the protocol (login,
 * SC status, resends, sequence numbers, duplicate detection, refusals) and access control.
 *
 * <p>Main types: {@link io.github.sip2kit.server.Sip2Session} (what a handler knows about its connection),
 * {@link io.github.sip2kit.server.Responses} (response builders pre-filled from their request),
 * {@link io.github.sip2kit.server.ClientPolicy} and {@link io.github.sip2kit.server.ClientPolicies} (the access
 * table: addresses, accounts, institutions, locations, vendor profiles) and
 * {@link io.github.sip2kit.server.ServerListener} (events for metrics and audits). Handlers are declared in
 * {@code io.github.sip2kit.server.spi}.
 *
 * <p>The message flow follows SIP 2.00 (3M, 2006) and the session rules of the wire reference: one response per
 * request, Login (93) first when used, 96/97 resends and AY/AZ error detection.
 *
 * <p>Thread-safety: values ({@code ClientPolicy}, {@code ClientPolicies}, {@code Sip2Session}) are immutable and
 * thread-safe (a session's attribute map is a concurrent map); builders are not thread-safe.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.server;
