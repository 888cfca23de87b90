package io.github.sip2kit.testkit;

import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;

/** The in-memory library's backend keeps the backend contract, with the demo data set. */
class InMemoryLibraryBackendContractTest extends Sip2BackendContractTest {

    private final InMemoryLibrary library = InMemoryLibrary.defaultData();

    @Override
    protected void registerHandlers(Sip2Server.Builder server) {
        Backends.register(server, new InMemoryLibraryBackend(library));
    }

    @Override
    protected String institutionId() {
        return "MAIN";
    }

    @Override
    protected String knownPatronIdentifier() {
        return "PAT-0001";
    }

    @Override
    protected String knownPatronPassword() {
        return "1111";
    }

    @Override
    protected String knownItemIdentifier() {
        return "ITM-0001";
    }

    @Override
    protected String locationCode() {
        return "MAIN-ADULT";
    }
}
