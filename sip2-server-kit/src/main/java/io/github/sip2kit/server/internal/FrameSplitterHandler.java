package io.github.sip2kit.server.internal;

import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2FrameSplitter;
import io.github.sip2kit.codec.Sip2Limits;
import io.github.sip2kit.codec.TerminatorPolicy;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the byte stream into frames with the codec's {@link Sip2FrameSplitter}, so the server frames input exactly
 * as the blocking reader does. Passes on {@code byte[]} frames (terminator removed) and {@link OversizedFrame}s.
 * Frames end at CR, CRLF or LF whatever the connection's vendor profile; the profile's codec judges the rest.
 */
final class FrameSplitterHandler extends ChannelInboundHandlerAdapter implements Sip2FrameSplitter.FrameSink {

    private static final Logger LOG = LoggerFactory.getLogger(FrameSplitterHandler.class);

    private final Sip2FrameSplitter splitter;
    private final String connectionId;
    private ChannelHandlerContext context;

    FrameSplitterHandler(int maxFrameLength, String connectionId) {
        this.splitter = new Sip2FrameSplitter(
                Sip2Limits.builder().maxFrameLength(maxFrameLength).build(), TerminatorPolicy.ANY);
        this.connectionId = connectionId;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ByteBuf buf = (ByteBuf) msg;
        try {
            context = ctx;
            splitter.feed(buf.nioBuffer(), this);
        } finally {
            buf.release();
        }
    }

    @Override
    public void onFrame(byte[] frame) {
        context.fireChannelRead(frame);
    }

    @Override
    public void onOversizedFrame(Sip2DecodeException error) {
        context.fireChannelRead(new OversizedFrame(error));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (splitter.hasPartialFrame()) {
            LOG.debug("{}: connection closed in the middle of a frame; {} bytes discarded", connectionId,
                    splitter.bufferedBytes());
        }
        super.channelInactive(ctx);
    }
}
