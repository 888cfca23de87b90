/**
 * Implementation of the codec: the per-message field table, fixed-field cursors and value codecs. Not exported;
 * nothing here is API.
 */
package io.github.sip2kit.codec.internal;
