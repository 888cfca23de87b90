/**
 * Test and demo support around the server kit: {@link io.github.sip2kit.testkit.InMemoryLibraryBackend}, a complete
 * SIP2 backend answering every SC request from an in-memory library system,
 * {@link io.github.sip2kit.testkit.DemoAccounts}, the terminal accounts of the demo server, and
 * {@link io.github.sip2kit.testkit.DemoServer}, the demo server itself (a command line program and a handle for
 * tests).
 *
 * <p>The library system itself, with its data file and demo data set, is in
 * {@link io.github.sip2kit.testkit.library}. The types here are thread-safe.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit;
