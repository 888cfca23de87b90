package io.github.sip2kit.server.internal;

import io.github.sip2kit.server.RefusalReason;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyProtocolException;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the client address from the PROXY protocol header a trusted proxy sends first, then admits the connection
 * under that address (policies and {@code Sip2Session.remoteAddress()} see it) and removes itself. The header's
 * decoder, which Netty removes once the header is read, passes the bytes after the header on to the handlers the
 * admission adds.
 *
 * <p>A {@code LOCAL} header (a proxy's health check) or one for an unknown or non-IP protocol carries no client
 * address; the connection is then admitted, like a direct one, under the proxy's own address.
 */
final class ProxyHeaderHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyHeaderHandler.class);

    private final ServerTransport transport;
    private final InetSocketAddress proxy;

    ProxyHeaderHandler(ServerTransport transport, InetSocketAddress proxy) {
        this.transport = transport;
        this.proxy = proxy;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof HAProxyMessage)) {
            ctx.fireChannelRead(msg);
            return;
        }
        HAProxyMessage header = (HAProxyMessage) msg;
        try {
            InetSocketAddress client = clientAddress(header);
            LOG.debug("PROXY {} header from {}: client {}", header.protocolVersion(), proxy, client);
            ctx.pipeline().remove(this);
            transport.admit(ctx.channel(), client);
        } finally {
            header.release();
        }
    }

    private InetSocketAddress clientAddress(HAProxyMessage header) {
        HAProxyProxiedProtocol protocol = header.proxiedProtocol();
        boolean ip = protocol == HAProxyProxiedProtocol.TCP4 || protocol == HAProxyProxiedProtocol.TCP6
                || protocol == HAProxyProxiedProtocol.UDP4 || protocol == HAProxyProxiedProtocol.UDP6;
        if (header.command() != HAProxyCommand.PROXY || !ip || header.sourceAddress() == null) {
            return proxy;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(header.sourceAddress());
        if (bytes == null) {
            return proxy;
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), header.sourcePort());
        } catch (UnknownHostException e) {
            return proxy;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof HAProxyProtocolException) {
            transport.refuse(proxy, RefusalReason.INVALID_PROXY_HEADER,
                    "the trusted proxy sent no valid PROXY protocol header");
            LOG.debug("invalid PROXY header from {}", proxy, cause);
        } else {
            LOG.debug("connection from trusted proxy {} failed before its PROXY header; closing", proxy, cause);
        }
        ctx.close();
    }
}
