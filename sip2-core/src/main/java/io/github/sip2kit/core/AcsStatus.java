package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * ACS Status (98), sent by the ACS (library system). Answers an {@link ScStatus} (99) with the ACS's capabilities; {@code supportedMessages} says which messages it handles.
 *
 * <p>Fixed part after the code {@code 98}, in this order: on-line status (1), checkin ok (1), checkout ok (1), ACS renewal policy (1), status update ok (1), off-line ok (1), timeout period (3), retries allowed (3), date / time sync (18), protocol version (4).
 * Tagged fields (in spec order): AO required, AM optional, BX required, AN optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param onlineStatus the on-line status (fixed field, Y/N flag)
 * @param checkinOk the checkin ok (fixed field, Y/N flag)
 * @param checkoutOk the checkout ok (fixed field, Y/N flag)
 * @param acsRenewalPolicy the ACS renewal policy (fixed field, Y/N flag)
 * @param statusUpdateOk the status update ok (fixed field, Y/N flag)
 * @param offlineOk the off-line ok (fixed field, Y/N flag)
 * @param timeoutPeriod the timeout period (fixed field, 3-digit number)
 * @param retriesAllowed the retries allowed (fixed field, 3-digit number)
 * @param dateTimeSync the date / time sync (fixed field, 18-character date, or 18 zeros when not supported)
 * @param protocolVersion the protocol version (fixed field, protocol version, such as {@code 2.00})
 * @param institutionId the library's institution id (field AO, required)
 * @param libraryName the library's name (field AM, optional)
 * @param supportedMessages the messages the ACS supports (field BX, required)
 * @param terminalLocation the SC's location as the ACS knows it (field AN, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record AcsStatus(
        boolean onlineStatus,
        boolean checkinOk,
        boolean checkoutOk,
        boolean acsRenewalPolicy,
        boolean statusUpdateOk,
        boolean offlineOk,
        int timeoutPeriod,
        int retriesAllowed,
        Sip2Timestamp dateTimeSync,
        String protocolVersion,
        String institutionId,
        Optional<String> libraryName,
        Set<SupportedMessage> supportedMessages,
        Optional<String> terminalLocation,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param onlineStatus the on-line status (fixed field, Y/N flag)
     * @param checkinOk the checkin ok (fixed field, Y/N flag)
     * @param checkoutOk the checkout ok (fixed field, Y/N flag)
     * @param acsRenewalPolicy the ACS renewal policy (fixed field, Y/N flag)
     * @param statusUpdateOk the status update ok (fixed field, Y/N flag)
     * @param offlineOk the off-line ok (fixed field, Y/N flag)
     * @param timeoutPeriod the timeout period (fixed field, 3-digit number)
     * @param retriesAllowed the retries allowed (fixed field, 3-digit number)
     * @param dateTimeSync the date / time sync (fixed field, 18-character date, or 18 zeros when not supported)
     * @param protocolVersion the protocol version (fixed field, protocol version, such as {@code 2.00})
     * @param institutionId the library's institution id (field AO, required)
     * @param libraryName the library's name (field AM, optional)
     * @param supportedMessages the messages the ACS supports (field BX, required)
     * @param terminalLocation the SC's location as the ACS knows it (field AN, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public AcsStatus {
        Fields.range(timeoutPeriod, 0, 999, "timeoutPeriod");
        Fields.range(retriesAllowed, 0, 999, "retriesAllowed");
        Objects.requireNonNull(dateTimeSync, "dateTimeSync");
        Fields.fixedText(protocolVersion, 4, "protocolVersion");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.optionalText(libraryName, "libraryName (AM)");
        supportedMessages = Fields.flags(supportedMessages, SupportedMessage.class, "supportedMessages (BX)");
        Fields.optionalText(terminalLocation, "terminalLocation (AN)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#ACS_STATUS}} */
    @Override
    public MessageType messageType() {
        return MessageType.ACS_STATUS;
    }

    /**
     * {@return a new builder with the defaults documented on each of its setters}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a builder holding this message's values, for making a modified copy}
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link AcsStatus} values; not thread-safe. */
    public static final class Builder {
        private boolean onlineStatus = false;
        private boolean checkinOk = false;
        private boolean checkoutOk = false;
        private boolean acsRenewalPolicy = false;
        private boolean statusUpdateOk = false;
        private boolean offlineOk = false;
        private int timeoutPeriod = 999;
        private int retriesAllowed = 999;
        private Sip2Timestamp dateTimeSync = Sip2Timestamp.NOT_SUPPORTED;
        private String protocolVersion = "2.00";
        private String institutionId = "";
        private Optional<String> libraryName = Optional.empty();
        private Set<SupportedMessage> supportedMessages = Set.of();
        private Optional<String> terminalLocation = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(AcsStatus message) {
            this.onlineStatus = message.onlineStatus();
            this.checkinOk = message.checkinOk();
            this.checkoutOk = message.checkoutOk();
            this.acsRenewalPolicy = message.acsRenewalPolicy();
            this.statusUpdateOk = message.statusUpdateOk();
            this.offlineOk = message.offlineOk();
            this.timeoutPeriod = message.timeoutPeriod();
            this.retriesAllowed = message.retriesAllowed();
            this.dateTimeSync = message.dateTimeSync();
            this.protocolVersion = message.protocolVersion();
            this.institutionId = message.institutionId();
            this.libraryName = message.libraryName();
            this.supportedMessages = message.supportedMessages();
            this.terminalLocation = message.terminalLocation();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the on-line status. Default: {@code false}.
         *
         * @param onlineStatus the on-line status
         * @return this builder
         */
        public Builder onlineStatus(boolean onlineStatus) {
            this.onlineStatus = onlineStatus;
            return this;
        }

        /**
         * Sets the checkin ok. Default: {@code false}.
         *
         * @param checkinOk the checkin ok
         * @return this builder
         */
        public Builder checkinOk(boolean checkinOk) {
            this.checkinOk = checkinOk;
            return this;
        }

        /**
         * Sets the checkout ok. Default: {@code false}.
         *
         * @param checkoutOk the checkout ok
         * @return this builder
         */
        public Builder checkoutOk(boolean checkoutOk) {
            this.checkoutOk = checkoutOk;
            return this;
        }

        /**
         * Sets the ACS renewal policy. Default: {@code false}.
         *
         * @param acsRenewalPolicy the ACS renewal policy
         * @return this builder
         */
        public Builder acsRenewalPolicy(boolean acsRenewalPolicy) {
            this.acsRenewalPolicy = acsRenewalPolicy;
            return this;
        }

        /**
         * Sets the status update ok. Default: {@code false}.
         *
         * @param statusUpdateOk the status update ok
         * @return this builder
         */
        public Builder statusUpdateOk(boolean statusUpdateOk) {
            this.statusUpdateOk = statusUpdateOk;
            return this;
        }

        /**
         * Sets the off-line ok. Default: {@code false}.
         *
         * @param offlineOk the off-line ok
         * @return this builder
         */
        public Builder offlineOk(boolean offlineOk) {
            this.offlineOk = offlineOk;
            return this;
        }

        /**
         * Sets the timeout period. Default: {@code 999}.
         *
         * @param timeoutPeriod the timeout period
         * @return this builder
         */
        public Builder timeoutPeriod(int timeoutPeriod) {
            this.timeoutPeriod = timeoutPeriod;
            return this;
        }

        /**
         * Sets the retries allowed. Default: {@code 999}.
         *
         * @param retriesAllowed the retries allowed
         * @return this builder
         */
        public Builder retriesAllowed(int retriesAllowed) {
            this.retriesAllowed = retriesAllowed;
            return this;
        }

        /**
         * Sets the date / time sync. Default: {@code Sip2Timestamp.NOT_SUPPORTED}.
         *
         * @param dateTimeSync the date / time sync
         * @return this builder
         */
        public Builder dateTimeSync(Sip2Timestamp dateTimeSync) {
            this.dateTimeSync = Objects.requireNonNull(dateTimeSync, "dateTimeSync");
            return this;
        }

        /**
         * Sets the protocol version. Default: {@code "2.00"}.
         *
         * @param protocolVersion the protocol version
         * @return this builder
         */
        public Builder protocolVersion(String protocolVersion) {
            this.protocolVersion = Objects.requireNonNull(protocolVersion, "protocolVersion");
            return this;
        }

        /**
         * Sets the library's institution id (AO). Default: empty.
         *
         * @param institutionId the value
         * @return this builder
         */
        public Builder institutionId(String institutionId) {
            this.institutionId = Objects.requireNonNull(institutionId, "institutionId");
            return this;
        }

        /**
         * Sets the library's name (AM). Default: absent.
         *
         * @param libraryName the value
         * @return this builder
         */
        public Builder libraryName(String libraryName) {
            this.libraryName = Optional.of(libraryName);
            return this;
        }

        /**
         * Sets or clears the AM field.
         *
         * @param libraryName the value, or empty to omit the field
         * @return this builder
         */
        public Builder libraryName(Optional<String> libraryName) {
            this.libraryName = Objects.requireNonNull(libraryName, "libraryName");
            return this;
        }

        /**
         * Sets the supported messages (BX). Default: none.
         *
         * @param supportedMessages the supported message pairs
         * @return this builder
         */
        public Builder supportedMessages(Set<SupportedMessage> supportedMessages) {
            this.supportedMessages = Set.copyOf(supportedMessages);
            return this;
        }

        /**
         * Sets the supported messages (BX).
         *
         * @param supportedMessages the supported message pairs
         * @return this builder
         */
        public Builder supportedMessages(SupportedMessage... supportedMessages) {
            this.supportedMessages = Set.of(supportedMessages);
            return this;
        }

        /**
         * Sets the SC's location as the ACS knows it (AN). Default: absent.
         *
         * @param terminalLocation the value
         * @return this builder
         */
        public Builder terminalLocation(String terminalLocation) {
            this.terminalLocation = Optional.of(terminalLocation);
            return this;
        }

        /**
         * Sets or clears the AN field.
         *
         * @param terminalLocation the value, or empty to omit the field
         * @return this builder
         */
        public Builder terminalLocation(Optional<String> terminalLocation) {
            this.terminalLocation = Objects.requireNonNull(terminalLocation, "terminalLocation");
            return this;
        }

        /**
         * Replaces the AF values.
         *
         * @param screenMessages the values, in order
         * @return this builder
         */
        public Builder screenMessages(List<String> screenMessages) {
            this.screenMessages.clear();
            this.screenMessages.addAll(screenMessages);
            return this;
        }

        /**
         * Adds one AF value after those already set.
         *
         * @param screenMessage the value
         * @return this builder
         */
        public Builder addScreenMessage(String screenMessage) {
            this.screenMessages.add(Objects.requireNonNull(screenMessage, "screenMessage"));
            return this;
        }

        /**
         * Replaces the AG values.
         *
         * @param printLines the values, in order
         * @return this builder
         */
        public Builder printLines(List<String> printLines) {
            this.printLines.clear();
            this.printLines.addAll(printLines);
            return this;
        }

        /**
         * Adds one AG value after those already set.
         *
         * @param printLine the value
         * @return this builder
         */
        public Builder addPrintLine(String printLine) {
            this.printLines.add(Objects.requireNonNull(printLine, "printLine"));
            return this;
        }

        /**
         * Replaces the unknown fields.
         *
         * @param unknownFields the fields, in wire order
         * @return this builder
         */
        public Builder unknownFields(List<RawField> unknownFields) {
            this.unknownFields.clear();
            this.unknownFields.addAll(unknownFields);
            return this;
        }

        /**
         * Adds a field this model does not know, after those already added.
         *
         * @param id the two-character field id
         * @param value the value
         * @return this builder
         */
        public Builder addUnknownField(String id, String value) {
            this.unknownFields.add(RawField.of(id, value));
            return this;
        }

        /**
         * {@return the message}
         *
         * @throws NullPointerException if a required value was not set
         * @throws IllegalArgumentException if a value is invalid
         */
        public AcsStatus build() {
            return new AcsStatus(onlineStatus, checkinOk, checkoutOk, acsRenewalPolicy, statusUpdateOk, offlineOk, timeoutPeriod, retriesAllowed, dateTimeSync, protocolVersion, institutionId, libraryName, supportedMessages, terminalLocation, screenMessages, printLines, unknownFields);
        }
    }
}
