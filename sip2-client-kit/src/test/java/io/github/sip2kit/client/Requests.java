package io.github.sip2kit.client;

import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;

/** One valid request of each type, for the client tests. */
final class Requests {

    static final Sip2Timestamp DATE = FakeAcs.DATE;
    static final String INSTITUTION = "MAIN";
    static final String PATRON = "21234567890";
    static final String ITEM = "31234000012345";

    private Requests() {}

    static LoginRequest login() {
        return LoginRequest.builder().loginUserId("selfcheck1").loginPassword("Login-Pa55word").locationCode("L1").build();
    }

    static ScStatus scStatus() {
        return ScStatus.builder().build();
    }

    static BlockPatron blockPatron() {
        return BlockPatron.builder().cardRetained(true).transactionDate(DATE).institutionId(INSTITUTION)
                .blockedCardMessage("card reported lost").patronIdentifier(PATRON).terminalPassword("Term-Pa55")
                .build();
    }

    static CheckinRequest checkin() {
        return CheckinRequest.builder().transactionDate(DATE).returnDate(DATE).currentLocation("Desk")
                .institutionId(INSTITUTION).itemIdentifier(ITEM).terminalPassword("Term-Pa55").build();
    }

    static CheckoutRequest checkout() {
        return checkout(ITEM);
    }

    static CheckoutRequest checkout(String item) {
        return CheckoutRequest.builder().transactionDate(DATE).nbDueDate(Sip2Timestamp.BLANK)
                .institutionId(INSTITUTION).patronIdentifier(PATRON).itemIdentifier(item)
                .terminalPassword("Term-Pa55").patronPassword("Patron-Pa55").build();
    }

    static HoldRequest hold() {
        return HoldRequest.builder().holdMode(HoldMode.ADD).transactionDate(DATE).institutionId(INSTITUTION)
                .patronIdentifier(PATRON).itemIdentifier(ITEM).build();
    }

    static ItemInformationRequest itemInformation() {
        return ItemInformationRequest.builder().transactionDate(DATE).institutionId(INSTITUTION)
                .itemIdentifier(ITEM).build();
    }

    static ItemStatusUpdateRequest itemStatusUpdate() {
        return ItemStatusUpdateRequest.builder().transactionDate(DATE).institutionId(INSTITUTION)
                .itemIdentifier(ITEM).itemProperties("new binding").build();
    }

    static PatronStatusRequest patronStatus() {
        return PatronStatusRequest.builder().transactionDate(DATE).institutionId(INSTITUTION)
                .patronIdentifier(PATRON).terminalPassword("Term-Pa55").patronPassword("Patron-Pa55").build();
    }

    static PatronEnableRequest patronEnable() {
        return PatronEnableRequest.builder().transactionDate(DATE).institutionId(INSTITUTION)
                .patronIdentifier(PATRON).build();
    }

    static RenewRequest renew() {
        return RenewRequest.builder().transactionDate(DATE).nbDueDate(Sip2Timestamp.BLANK)
                .institutionId(INSTITUTION).patronIdentifier(PATRON).itemIdentifier(ITEM).build();
    }

    static EndPatronSessionRequest endPatronSession() {
        return EndPatronSessionRequest.builder().transactionDate(DATE).institutionId(INSTITUTION)
                .patronIdentifier(PATRON).build();
    }

    static FeePaidRequest feePaid() {
        return FeePaidRequest.builder().transactionDate(DATE).feeType(FeeType.OVERDUE).paymentType(PaymentType.CASH)
                .currencyType(CurrencyType.USD).feeAmount("2.50").institutionId(INSTITUTION)
                .patronIdentifier(PATRON).build();
    }

    static PatronInformationRequest patronInformation() {
        return PatronInformationRequest.builder().transactionDate(DATE).summary(SummaryItem.CHARGED_ITEMS)
                .institutionId(INSTITUTION).patronIdentifier(PATRON).patronPassword("Patron-Pa55")
                .startItem("1").endItem("5").build();
    }

    static RenewAllRequest renewAll() {
        return RenewAllRequest.builder().transactionDate(DATE).institutionId(INSTITUTION).patronIdentifier(PATRON)
                .build();
    }
}
