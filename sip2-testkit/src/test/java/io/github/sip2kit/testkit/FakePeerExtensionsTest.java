package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class FakePeerExtensionsTest {

    private static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2026, 3, 10, 10, 30));

    private static CheckoutResponse checkOut(FakeSc sc) {
        assertThat(sc.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass").build()).ok())
                .isTrue();
        return sc.request(CheckoutRequest.builder().transactionDate(DATE).institutionId("MAIN")
                .patronIdentifier("PAT-0001").itemIdentifier("ITM-0001").build());
    }

    @Test
    void anExtensionOutsideItsTestsHasNoPeer() {
        FakeAcsExtension acs = FakeAcsExtension.demoLibrary();

        assertThatThrownBy(acs::acs).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("FakeAcsExtension: not running");
    }

    /** Instance fields: a fresh fake ACS with a fresh library, and a new connection, for each test. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerTest {

        @RegisterExtension
        @Order(1)
        final FakeAcsExtension acs = FakeAcsExtension.demoLibrary();

        @RegisterExtension
        @Order(2)
        final FakeScExtension sc = FakeScExtension.connectingTo(acs);

        @Test
        @Order(1)
        void theFirstTestChangesItsLibrary() {
            assertThat(checkOut(sc.sc()).ok()).isTrue();

            assertThat(acs.library().item("ITM-0001").orElseThrow().chargedTo()).hasValue("PAT-0001");
            assertThat(acs.acs().connectionCount()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void theNextTestGetsAFreshLibraryAndConnection() {
            assertThat(acs.library().item("ITM-0001").orElseThrow().chargedTo()).isEmpty();
            assertThat(acs.acs().received()).isEmpty();

            try (Sip2Client client = acs.clientBuilder().credentials("kiosk1", "kiosk1-pass").build()) {
                assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();
            }
        }
    }

    /** Static fields: one fake ACS and one connection for the whole class. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {

        @RegisterExtension
        @Order(1)
        static final FakeAcsExtension ACS = FakeAcsExtension.demoLibrary();

        @RegisterExtension
        @Order(2)
        static final FakeScExtension SC = FakeScExtension.connectingTo(ACS);

        @Test
        @Order(1)
        void theFirstTestChangesTheSharedLibrary() {
            assertThat(checkOut(SC.sc()).ok()).isTrue();
        }

        @Test
        @Order(2)
        void theNextTestSeesTheChangeOnTheSameConnection() {
            assertThat(ACS.library().item("ITM-0001").orElseThrow().chargedTo()).hasValue("PAT-0001");
            assertThat(SC.sc().nextSequenceNumber()).isEqualTo(2);
            assertThat(ACS.acs().connectionCount()).isEqualTo(1);
        }
    }
}
