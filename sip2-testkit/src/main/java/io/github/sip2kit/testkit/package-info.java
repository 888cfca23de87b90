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
 * same messages on every run. {@link io.github.sip2kit.testkit.InvalidFrames} makes frames that the codec rejects with
 * each {@code Sip2DecodeException.Reason}; {@link io.github.sip2kit.testkit.Sip2Fixtures} gives a builder with valid
 * defaults for every message type; {@link io.github.sip2kit.testkit.GoldenVectors} ships the codec's golden vectors.
 *
 * <p>For JUnit 5 and AssertJ (optional dependencies): {@link io.github.sip2kit.testkit.Sip2MessageSource} feeds
 * generated messages to parameterized tests, and {@link io.github.sip2kit.testkit.Sip2Assertions} checks encodings,
 * decodings and fields, printing differing frames under a column ruler with passwords masked.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit;
