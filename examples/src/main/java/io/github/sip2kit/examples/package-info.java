/**
 * Runnable examples, each named after the task it shows: {@link io.github.sip2kit.examples.DecodeAFrame},
 * {@link io.github.sip2kit.examples.EncodeAMessage}, {@link io.github.sip2kit.examples.ReadFramesFromAStream},
 * {@link io.github.sip2kit.examples.WriteABackend}.
 * Each checks its own result and exits non-zero if it is wrong, so the build proves them.
 */
package io.github.sip2kit.examples;
