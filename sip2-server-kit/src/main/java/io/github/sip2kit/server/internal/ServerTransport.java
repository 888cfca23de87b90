package io.github.sip2kit.server.internal;

import io.github.sip2kit.server.RefusalReason;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty side of a server: listens, admits connections through the policy table, builds each connection's
 * pipeline and shuts down gracefully. Pipeline of an admitted connection, in order: (PROXY header decoder, only for
 * connections from a trusted proxy, removed once the header is read) → TLS (when configured) → idle timer → frame
 * splitter → {@link ConnectionHandler}. The address check happens before TLS, so a refused client costs no
 * handshake.
 *
 * <p>Thread-safe: {@link #start()} and {@link #shutdown(Duration)} may be called from any thread but an event loop.
 */
public final class ServerTransport {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTransport.class);

    private final ProtocolEngine engine;
    private final TransportSettings settings;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;
    private EventLoopGroup acceptors;
    private EventLoopGroup workers;
    private Channel serverChannel;

    /**
     * Creates a transport; nothing runs until {@link #start()}.
     *
     * @param engine the protocol engine
     * @param settings the transport settings
     */
    public ServerTransport(ProtocolEngine engine, TransportSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /**
     * Binds and starts accepting connections.
     *
     * @return the bound address (with the actual port when port 0 was asked for)
     * @throws IOException if the address cannot be bound
     */
    public synchronized InetSocketAddress start() throws IOException {
        if (serverChannel != null || shuttingDown) {
            throw new IllegalStateException(
                    "start: already started or shut down (expected: a server that was never started)");
        }
        acceptors = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("sip2-accept"),
                NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(settings.ioThreads(), new DefaultThreadFactory("sip2-io"),
                NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        accept(ch);
                    }
                });
        try {
            serverChannel = bootstrap.bind(settings.bindAddress()).syncUninterruptibly().channel();
        } catch (Exception e) {
            // Netty rethrows the bind's checked exception (such as a BindException) undeclared.
            stopGroups();
            if (e instanceof IOException) {
                throw (IOException) e;
            }
            throw new IOException("bind: " + settings.bindAddress() + " (expected: a free local address)", e);
        }
        InetSocketAddress local = (InetSocketAddress) serverChannel.localAddress();
        LOG.info("SIP2 server listening on {}{}", local, settings.sslContext().isPresent() ? " (TLS)" : "");
        return local;
    }

    /** {@return the number of connections open, including those being refused} */
    public int connectionCount() {
        return connections.get();
    }

    private void accept(SocketChannel ch) {
        int count = connections.incrementAndGet();
        ch.closeFuture().addListener(f -> connections.decrementAndGet());
        InetSocketAddress remote = ch.remoteAddress();
        if (remote == null) {
            ch.close();
            return;
        }
        if (shuttingDown) {
            engine.refuse(remote, RefusalReason.SHUTTING_DOWN, "the server is shutting down");
            ch.close();
            return;
        }
        if (count > settings.maxConnections()) {
            engine.refuse(remote, RefusalReason.TOO_MANY_CONNECTIONS,
                    "the server holds its maximum of " + settings.maxConnections() + " connections");
            ch.close();
            return;
        }
        open.add(ch);
        ch.closeFuture().addListener(f -> open.remove(ch));
        if (isTrustedProxy(remote)) {
            ch.pipeline().addLast("proxy", new HAProxyMessageDecoder());
            ch.pipeline().addLast("proxy-header", new ProxyHeaderHandler(this, remote));
            Future<?> timer = ch.eventLoop().schedule(() -> {
                if (ch.isActive() && ch.pipeline().get(ProxyHeaderHandler.class) != null) {
                    refuse(remote, RefusalReason.INVALID_PROXY_HEADER,
                            "no PROXY protocol header from the trusted proxy within " + settings.loginTimeout());
                    ch.close();
                }
            }, settings.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
            ch.closeFuture().addListener(f -> timer.cancel(false));
        } else {
            admit(ch, remote);
        }
    }

    private boolean isTrustedProxy(InetSocketAddress remote) {
        InetAddress address = remote.getAddress();
        if (address == null) {
            return false;
        }
        for (AddressPattern proxy : settings.trustedProxies()) {
            if (proxy.matches(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports a connection refused before admission.
     *
     * @param remote the peer's address
     * @param reason why
     * @param detail a few words for the log
     */
    void refuse(InetSocketAddress remote, RefusalReason reason, String detail) {
        engine.refuse(remote, reason, detail);
    }

    /**
     * Admits a connection from the client address (the TCP peer, or the address a trusted proxy reported) and
     * completes its pipeline, or closes it.
     */
    void admit(Channel ch, InetSocketAddress remote) {
        Optional<ProtocolSession> admitted = engine.open(remote);
        if (admitted.isEmpty()) {
            ch.close();
            return;
        }
        ProtocolSession session = admitted.get();
        ch.closeFuture().addListener(f -> session.closed());
        ChannelPipeline pipeline = ch.pipeline();
        settings.sslContext().ifPresent(context -> pipeline.addLast("tls", newSslHandler(context)));
        if (!settings.idleTimeout().isZero()) {
            pipeline.addLast("idle", new IdleStateHandler(
                    false, 0, 0, settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }
        pipeline.addLast("frames", new FrameSplitterHandler(settings.maxFrameLength(), session.id()));
        pipeline.addLast("sip2", new ConnectionHandler(session));
        if (session.awaitingLogin()) {
            Future<?> timer = ch.eventLoop().schedule(() -> {
                if (ch.isActive() && session.awaitingLogin()) {
                    LOG.warn("{}: no accepted login from {} within {}; closing", session.id(), remote,
                            settings.loginTimeout());
                    ch.close();
                }
            }, settings.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
            ch.closeFuture().addListener(f -> timer.cancel(false));
        }
    }

    private SslHandler newSslHandler(SSLContext context) {
        SSLEngine sslEngine = context.createSSLEngine();
        sslEngine.setUseClientMode(false);
        if (settings.requireClientCertificate()) {
            sslEngine.setNeedClientAuth(true);
        }
        return new SslHandler(sslEngine);
    }

    /**
     * Stops accepting, lets every request in flight finish and be answered, closes the connections, and releases
     * the I/O threads. Idempotent.
     *
     * @param grace how long to wait for requests in flight; connections still busy then are closed anyway
     * @return whether every connection closed within the grace period
     */
    public boolean shutdown(Duration grace) {
        synchronized (this) {
            if (shuttingDown) {
                return true;
            }
            shuttingDown = true;
        }
        if (serverChannel == null) {
            return true;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        serverChannel.close().syncUninterruptibly();
        List<Channel> channels = List.copyOf(open);
        LOG.info("SIP2 server on {} shutting down; {} connection(s) open", serverChannel.localAddress(),
                channels.size());
        for (Channel ch : channels) {
            ch.eventLoop().execute(() -> {
                ConnectionHandler handler = ch.pipeline().get(ConnectionHandler.class);
                if (handler == null) {
                    ch.close();
                } else {
                    handler.closeWhenIdle();
                }
            });
        }
        boolean drained = true;
        for (Channel ch : channels) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !ch.closeFuture().awaitUninterruptibly(TimeUnit.NANOSECONDS.toMillis(left) + 1)) {
                drained = false;
                break;
            }
        }
        if (!drained) {
            LOG.warn("SIP2 server: requests still in flight after {}; closing their connections", grace);
            for (Channel ch : List.copyOf(open)) {
                ch.close();
            }
        }
        stopGroups();
        LOG.info("SIP2 server stopped");
        return drained;
    }

    private void stopGroups() {
        Future<?> a = acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        Future<?> w = workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        a.awaitUninterruptibly(10, TimeUnit.SECONDS);
        w.awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
}
