package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Server;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the contract against deliberately broken backends (through the JUnit Platform launcher) and checks that it
 * reports each kind of violation, and passes a minimal correct backend.
 */
class BackendContractViolationsTest {

    /** Runs a contract class; {@return the failure message of each failed test, by display name} */
    static Map<String, String> failures(Class<?> contract) {
        Map<String, String> failed = new TreeMap<>();
        List<String> passed = new ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (!test.isTest()) {
                            return;
                        }
                        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                            passed.add(test.getDisplayName());
                        } else {
                            failed.put(test.getDisplayName(),
                                    result.getThrowable().map(Throwable::getMessage).orElse("?"));
                        }
                    }
                });
        assertThat(passed.size() + failed.size()).as("tests run for %s", contract.getSimpleName()).isPositive();
        return failed;
    }

    /** A contract for the demo identifiers; subclasses register broken handlers. */
    abstract static class DemoIdentifiers extends Sip2BackendContractTest {
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
    }

    static final class CorrectItemInformation extends DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onItemInformation((request, session) -> Responses.itemInformation(request, session)
                    .titleIdentifier("A Title").build());
        }
    }

    static final class LeakyCheckout extends DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onCheckout((request, session) -> Responses.checkout(request, session)
                    .patronIdentifier("SOMEONE-ELSE")
                    .addScreenMessage("PIN " + request.patronPassword().map(p -> p.reveal()).orElse("") + " used")
                    .build());
        }
    }

    static final class StaleDates extends DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onPatronStatus((request, session) -> Responses.patronStatus(request, session)
                    .transactionDate(Sip2Timestamp.of(LocalDateTime.of(1996, 2, 12, 10, 5)))
                    .build());
        }
    }

    static final class FailingHandler extends DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onRenewAll((request, session) -> {
                throw new IllegalStateException("database down");
            });
        }
    }

    static final class EchoesTheTerminalPassword extends DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onEndPatronSession((request, session) -> Responses.endPatronSession(request, session)
                    .endSession(true)
                    .addScreenMessage("terminal " + request.terminalPassword().map(p -> p.reveal()).orElse(""))
                    .build());
        }
    }

    @Test
    void aCorrectBackendPassesForTheOneTypeItRegisters() {
        assertThat(failures(CorrectItemInformation.class)).isEmpty();
    }

    @Test
    void reportsAWrongPatronEchoAndALeakedPin() {
        Map<String, String> failed = failures(LeakyCheckout.class);

        assertThat(failed).containsKey("11 known patron and item");
        assertThat(failed.get("11 known patron and item"))
                .contains("AA (patron identifier): SOMEONE-ELSE (expected: PAT-0001, as sent)")
                .contains("contains the patron's PIN (AD)")
                .contains("AFPIN **** used|");
        assertThat(failed.get("11 wrong PIN")).contains("contains a wrong patron password (AD)");
    }

    @Test
    void reportsATransactionDateFarFromTheClock() {
        assertThat(failures(StaleDates.class).get("23 known patron"))
                .contains("transaction date: 19960212    100500 is");
    }

    @Test
    void reportsAHandlerThatThrows() {
        assertThat(failures(FailingHandler.class).get("65 known patron"))
                .contains("the handler for 65 failed: java.lang.IllegalStateException: database down");
    }

    @Test
    void reportsTheTerminalPasswordInAResponse() {
        assertThat(failures(EchoesTheTerminalPassword.class).get("35 known patron"))
                .contains("contains the terminal password (AC)");
    }
}
