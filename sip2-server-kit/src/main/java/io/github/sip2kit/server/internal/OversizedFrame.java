package io.github.sip2kit.server.internal;

import io.github.sip2kit.codec.Sip2DecodeException;

/** What the frame splitter passes on instead of a frame that exceeded the length limit. */
record OversizedFrame(Sip2DecodeException error) {}
