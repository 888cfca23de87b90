/**
 * A blocking SIP2 client for the SC side: {@link io.github.sip2kit.client.Sip2Client} talks to one ACS over a
 * plain or TLS socket, and {@link io.github.sip2kit.client.Sip2ClientPool} shares a few logged-in clients among
 * many threads.
 *
 * <p>The client implements the error detection and recovery rules of SIP 2.00 (reference §1.7): sequence numbers
 * and checksums on every request, verification of every response, 97 Request ACS Resend for corrupted and lost
 * responses, resending the original request after 96 Request SC Resend, and reconnecting (with a new login) after
 * the ACS closed the connection. It never sends a request that changes state in the ACS a second time on its own:
 * when the answer to such a request cannot be obtained it throws
 * {@link io.github.sip2kit.client.Sip2OutcomeUnknownException}. Every other failure is a
 * {@link io.github.sip2kit.client.Sip2ClientException}, a {@link io.github.sip2kit.codec.Sip2Exception}.
 *
 * <p>Frames are logged at DEBUG on the logger {@code io.github.sip2kit.traffic}, always with AC, AD and CO values
 * masked; lifecycle events at DEBUG on each class's logger.
 *
 * <p>{@code Sip2Client} and {@code Sip2ClientPool} are thread-safe; their builders are not. Unless otherwise
 * stated, passing {@code null} to any method in this package throws {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.client;
