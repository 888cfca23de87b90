package io.github.sip2kit.testkit;

import io.github.sip2kit.server.Sip2Server;

/** Registers the in-memory library's backend on server builders. */
final class Backends {

    private Backends() {}

    /**
     * Registers every handler of the backend.
     *
     * @param server the server builder
     * @param backend the backend
     * @return the server builder
     */
    static Sip2Server.Builder register(Sip2Server.Builder server, InMemoryLibraryBackend backend) {
        return server
                .onBlockPatron(backend::blockPatron)
                .onCheckin(backend::checkin)
                .onCheckout(backend::checkout)
                .onHold(backend::hold)
                .onItemInformation(backend::itemInformation)
                .onItemStatusUpdate(backend::itemStatusUpdate)
                .onPatronStatus(backend::patronStatus)
                .onPatronEnable(backend::patronEnable)
                .onRenew(backend::renew)
                .onEndPatronSession(backend::endPatronSession)
                .onFeePaid(backend::feePaid)
                .onPatronInformation(backend::patronInformation)
                .onRenewAll(backend::renewAll);
    }
}
