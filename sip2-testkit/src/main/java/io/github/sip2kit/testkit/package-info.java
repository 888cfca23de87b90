/**
 * Test and demo support around the kits.
 *
 * <p>A complete SIP2 backend and the demo server: {@link io.github.sip2kit.testkit.InMemoryLibraryBackend} answers
 * every SC request from an in-memory library system, {@link io.github.sip2kit.testkit.DemoAccounts} holds the terminal
 * accounts of the demo server, and {@link io.github.sip2kit.testkit.DemoServer} is the demo server itself (a command
 * line program and a handle for tests). The library system, with its data file and demo data set, is in
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
 * <p>Fake peers for tests, with fault injection ({@link io.github.sip2kit.testkit.Fault}, selected by a
 * {@link io.github.sip2kit.testkit.RequestMatcher}): {@link io.github.sip2kit.testkit.FakeAcs}, a library system on a
 * loopback port answering from the in-memory library, any handlers or a script, and
 * {@link io.github.sip2kit.testkit.FakeSc}, a self-check sending scripted requests; both record what they receive
 * as {@link io.github.sip2kit.testkit.CapturedFrame}s. {@link io.github.sip2kit.testkit.FakeAcsExtension} and
 * {@link io.github.sip2kit.testkit.FakeScExtension} run them in JUnit 5 tests, and
 * {@link io.github.sip2kit.testkit.Sip2BackendContractTest} checks a vendor's handlers against the protocol. The
 * JUnit classes need JUnit Jupiter on the class path, an optional dependency of this module.
 *
 * <p>The types here are thread-safe unless their documentation says otherwise. Unless otherwise stated, passing
 * {@code null} to any method in this package throws {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit;
