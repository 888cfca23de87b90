/**
 * Test and demo support around the server kit: {@link io.github.sip2kit.testkit.InMemoryLibraryBackend}, a complete
 * SIP2 backend answering every SC request from an in-memory library system, and
 * {@link io.github.sip2kit.testkit.DemoAccounts}, the terminal accounts of the demo server.
 *
 * <p>The library system itself, with its data file and demo data set, is in
 * {@link io.github.sip2kit.testkit.library}. Both types here are thread-safe.
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
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit;
