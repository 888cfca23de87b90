/** JMH benchmarks and load generators for sip2kit. */
package io.github.sip2kit.benchmarks;
