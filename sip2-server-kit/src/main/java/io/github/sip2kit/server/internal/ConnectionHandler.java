package io.github.sip2kit.server.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin adapter between Netty and a {@link ProtocolSession}: it hands one frame at a time to the session, turns
 * reading off while a request is in flight (so requests stay in order and a flood cannot queue up), writes each
 * reply and closes when the session or the server says so. Every method runs on the channel's event loop; the
 * session's completions are brought back to it.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

    private final ProtocolSession session;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private ChannelHandlerContext context;
    private boolean busy;
    private boolean closeWhenIdle;

    ConnectionHandler(ProtocolSession session) {
        this.session = session;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof byte[]) && !(msg instanceof OversizedFrame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (closeWhenIdle) {
            ReferenceCountUtil.release(msg);
            return;
        }
        pending.add(msg);
        next(ctx);
    }

    private void next(ChannelHandlerContext ctx) {
        if (busy || !ctx.channel().isActive()) {
            return;
        }
        Object item = pending.poll();
        if (item == null) {
            if (closeWhenIdle) {
                ctx.close();
            } else {
                ctx.channel().config().setAutoRead(true);
            }
            return;
        }
        busy = true;
        ctx.channel().config().setAutoRead(false);
        CompletableFuture<Reply> reply = item instanceof byte[]
                ? session.submit((byte[]) item)
                : CompletableFuture.completedFuture(session.oversizedFrame(((OversizedFrame) item).error()));
        reply.whenCompleteAsync((r, error) -> onReply(ctx, r), ctx.executor());
    }

    private void onReply(ChannelHandlerContext ctx, Reply reply) {
        busy = false;
        if (!ctx.channel().isActive()) {
            return;
        }
        if (reply.close() || closeWhenIdle) {
            pending.clear();
            if (reply.hasBytes()) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.bytes())).addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.close();
            }
            return;
        }
        if (reply.hasBytes()) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.bytes()))
                    .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        }
        next(ctx);
    }

    /** Closes the connection once the request in flight, if any, is answered; later frames are dropped. */
    void closeWhenIdle() {
        closeWhenIdle = true;
        pending.clear();
        if (!busy && context != null) {
            context.close();
        }
    }

    /** {@return whether a request is in flight} */
    boolean busy() {
        return busy;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            LOG.debug("{}: no traffic for the idle timeout; closing", session.id());
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("{}: connection failed; closing", session.id(), cause);
        ctx.close();
    }
}
