/**
 * Test and demo support around the server kit: {@link io.github.sip2kit.testkit.InMemoryLibraryBackend}, a complete
 * SIP2 backend answering every SC request from an in-memory library system, and
 * {@link io.github.sip2kit.testkit.DemoAccounts}, the terminal accounts of the demo server. Both are thread-safe.
 *
 * <p>The library system itself, with its data file and demo data set, is in
 * {@link io.github.sip2kit.testkit.library}.
 *
 * <p>Seeded generators for property tests, usable from any test framework:
 * {@link io.github.sip2kit.testkit.Sip2Generators} makes messages of every type,
 * {@link io.github.sip2kit.testkit.FieldValueGenerator} the values of every kind of field, and
 * {@link io.github.sip2kit.testkit.Conformance} says whether a strict codec must accept them. The same seed gives the
 * same messages on every run.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit;
