package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.HoldType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden vectors: each {@code golden/*.sip2} file holds one frame's bytes with its terminator, and
 * {@code golden/manifest.csv} names its charset and whether its tagged fields are in spec order (canonical). Each file
 * must decode to the record written out below, re-encode from its decoded frame to the same bytes, and, when
 * canonical, be exactly what encoding the expected record produces. Decoding and encoding are checked against data
 * independently, since a round trip alone hides complementary bugs.
 */
class GoldenVectorTest {

    private static final String DIRECTORY = "/golden/";

    /** One manifest row. */
    record Vector(String file, Charset charset, boolean canonical, String description) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** What a file must decode to. */
    record Golden(Sip2Message message, OptionalInt sequenceNumber, ChecksumStatus checksum) {}

    private static final Map<String, Golden> EXPECTED = expectedRecords();

    static List<Vector> manifest() {
        List<Vector> vectors = new ArrayList<>();
        List<String> lines = readLines(DIRECTORY + "manifest.csv");
        assertThat(lines.get(0)).isEqualTo("file,charset,canonical,description");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", 4);
            assertThat(columns).as("manifest line %s", line).hasSize(4);
            assertThat(columns[2]).as("canonical column of %s", columns[0]).isIn("true", "false");
            vectors.add(new Vector(
                    columns[0], Charset.forName(columns[1]), Boolean.parseBoolean(columns[2]), columns[3]));
        }
        return vectors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void decodesToTheExpectedRecordWithItsSequenceNumberAndChecksumStatus(Vector vector) {
        Golden golden = expected(vector);

        Sip2Frame frame = codecFor(vector).decodeFrame(bytes(vector));

        assertThat(frame.message()).as(vector.description()).isEqualTo(golden.message());
        assertThat(frame.sequenceNumber()).as("sequence number").isEqualTo(golden.sequenceNumber());
        assertThat(frame.checksum()).as("checksum status").isEqualTo(golden.checksum());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void reencodesTheDecodedFrameToTheSameBytes(Vector vector) {
        Sip2Codec codec = codecFor(vector);
        byte[] bytes = bytes(vector);

        byte[] reencoded = codec.encode(codec.decodeFrame(bytes));

        assertThat(text(reencoded, vector)).isEqualTo(text(bytes, vector));
        assertThat(reencoded).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void encodesTheExpectedRecordToTheFileBytesWhenTheFileIsInSpecOrder(Vector vector) {
        Sip2Codec codec = codecFor(vector);
        Golden golden = expected(vector);
        byte[] bytes = bytes(vector);

        byte[] encoded = encode(codec, golden);

        if (vector.canonical()) {
            assertThat(text(encoded, vector)).isEqualTo(text(bytes, vector));
            assertThat(encoded).isEqualTo(bytes);
        } else {
            // Marked non-canonical: spec order gives other bytes, yet the same record.
            assertThat(text(encoded, vector)).as("marked non-canonical").isNotEqualTo(text(bytes, vector));
            assertThat(codec.decodeFrame(encoded).message()).isEqualTo(golden.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void storesOneFrameWithOneTerminatorAndAChecksumThatMatchesItsBytes(Vector vector) {
        byte[] bytes = bytes(vector);
        int end = bodyLength(bytes);

        assertThat(bytes[bytes.length - 1]).as("last byte").isIn((byte) '\r', (byte) '\n');
        for (int i = 0; i < end; i++) {
            assertThat(bytes[i]).as("byte %d", i).isNotIn((byte) '\r', (byte) '\n', (byte) 0);
        }
        if (expected(vector).checksum() != ChecksumStatus.ABSENT) {
            String stored = new String(bytes, end - 4, 4, StandardCharsets.US_ASCII);
            assertThat(new String(bytes, end - 6, 2, StandardCharsets.US_ASCII)).isEqualTo("AZ");
            assertThat(stored).isEqualTo(Checksum.toHex(Checksum.compute(bytes, 0, end - 4)));
        }
    }

    @Test
    void manifestListsEveryGoldenFileAndNoOther() throws IOException {
        TreeSet<String> files;
        try (Stream<Path> listing = Files.list(directory())) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("manifest.csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> listed = manifest().stream().map(Vector::file).collect(Collectors.toCollection(TreeSet::new));

        assertThat(files).allMatch(name -> name.endsWith(".sip2"), "ends with .sip2");
        assertThat(listed).as("files in the manifest").isEqualTo(files);
        assertThat(manifest()).as("no file listed twice").hasSameSizeAs(listed);
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("files with an expected record").isEqualTo(files);
    }

    @Test
    void everyMessageTypeHasAtLeastTwoGoldenFiles() {
        Map<MessageType, Integer> counts = new EnumMap<>(MessageType.class);
        for (MessageType type : MessageType.values()) {
            counts.put(type, 0);
        }
        int unknown = 0;
        for (Golden golden : EXPECTED.values()) {
            Sip2Message message = golden.message();
            if (message instanceof ScMessage) {
                counts.merge(((ScMessage) message).messageType(), 1, Integer::sum);
            } else if (message instanceof AcsMessage) {
                counts.merge(((AcsMessage) message).messageType(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }

        assertThat(counts).allSatisfy((type, count) -> assertThat(count).as("files for %s", type).isGreaterThanOrEqualTo(2));
        assertThat(unknown).as("files with an unknown message code").isGreaterThanOrEqualTo(2);
    }

    @Test
    void coversEveryExampleOfTheReferenceWithItsChecksum() {
        List<String> referenceFiles = manifest().stream()
                .map(Vector::file)
                .filter(name -> name.endsWith("-reference.sip2"))
                .collect(Collectors.toList());

        assertThat(referenceFiles).hasSize(36);
        for (String file : referenceFiles) {
            String text = new String(bytes(file), StandardCharsets.US_ASCII).replace("\r", "");
            assertThat(ChecksumTest.SEALED_FRAMES).as("reference example %s", file).contains(text);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Sip2Codec codecFor(Vector vector) {
        byte[] bytes = bytes(vector);
        boolean crlf = bytes.length >= 2 && bytes[bytes.length - 2] == '\r' && bytes[bytes.length - 1] == '\n';
        return Sip2Codec.builder()
                .charset(vector.charset())
                .terminator(crlf ? Terminator.CRLF : Terminator.CR)
                .build();
    }

    private static byte[] encode(Sip2Codec codec, Golden golden) {
        if (golden.sequenceNumber().isPresent()) {
            return codec.encode(golden.message(), golden.sequenceNumber().getAsInt());
        }
        if (golden.checksum() != ChecksumStatus.ABSENT) {
            return codec.encode(golden.message(), 0); // 96 and 97: AZ without AY
        }
        return codec.encode(golden.message());
    }

    private static Golden expected(Vector vector) {
        Golden golden = EXPECTED.get(vector.file());
        assertThat(golden).as("expected record for %s", vector.file()).isNotNull();
        return golden;
    }

    private static int bodyLength(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return end;
    }

    private static String text(byte[] bytes, Vector vector) {
        return new String(bytes, vector.charset()).replace("\r", "\\r").replace("\n", "\\n");
    }

    private static byte[] bytes(Vector vector) {
        return bytes(vector.file());
    }

    private static byte[] bytes(String file) {
        try (InputStream in = GoldenVectorTest.class.getResourceAsStream(DIRECTORY + file)) {
            assertThat(in).as("resource %s", file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(String resource) {
        return new String(bytes(resource.substring(DIRECTORY.length())), StandardCharsets.UTF_8).lines()
                .collect(Collectors.toList());
    }

    private static Path directory() {
        URL url = GoldenVectorTest.class.getResource(DIRECTORY);
        assertThat(url).as("golden directory").isNotNull();
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sip2Timestamp at(int year, int month, int day, int hour, int minute, int second) {
        return Sip2Timestamp.of(LocalDateTime.of(year, month, day, hour, minute, second));
    }

    /** A frame with AY and AZ. */
    private static Golden sealed(int sequenceNumber, Sip2Message message) {
        return new Golden(message, OptionalInt.of(sequenceNumber), ChecksumStatus.VERIFIED);
    }

    /** A 96 or 97 with AZ only. */
    private static Golden checksumOnly(Sip2Message message) {
        return new Golden(message, OptionalInt.empty(), ChecksumStatus.VERIFIED);
    }

    /** A frame without error detection. */
    private static Golden plain(Sip2Message message) {
        return new Golden(message, OptionalInt.empty(), ChecksumStatus.ABSENT);
    }

    // ------------------------------------------------------------------ expected records, one per file

    private static Map<String, Golden> expectedRecords() {
        Map<String, Golden> m = new LinkedHashMap<>();
        blockPatron(m);
        checkin(m);
        checkout(m);
        hold(m);
        itemInformation(m);
        itemStatusUpdate(m);
        patronStatus(m);
        patronEnable(m);
        renew(m);
        endSession(m);
        feePaid(m);
        patronInformation(m);
        renewAll(m);
        login(m);
        resend(m);
        status(m);
        unknownMessages(m);
        return m;
    }

    private static void put(Map<String, Golden> m, String file, Golden golden) {
        assertThat(m.put(file, golden)).as("%s defined twice", file).isNull();
    }

    private static void blockPatron(Map<String, Golden> m) {
        // 01N19960213    162352AO|ALCARD BLOCK TEST|AA104000000705|AC|AY2AZF02F
        put(m, "01-block-patron-reference.sip2", sealed(2, BlockPatron.builder()
                .cardRetained(false)
                .transactionDate(at(1996, 2, 13, 16, 23, 52))
                .institutionId("")
                .blockedCardMessage("CARD BLOCK TEST")
                .patronIdentifier("104000000705")
                .terminalPassword(Secret.EMPTY)
                .build()));
        // 01Y20240115    103000AOMAIN|ALCard retained by self-check|AA21234567890|ACterminal-secret|AY4AZE34E
        put(m, "01-block-patron-card-retained.sip2", sealed(4, BlockPatron.builder()
                .cardRetained(true)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .blockedCardMessage("Card retained by self-check")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .build()));
        // 01N20240115    103000AOMAIN|ALLost card reported at desk|AA21234567890|AC|
        put(m, "01-block-patron-no-error-detection.sip2", plain(BlockPatron.builder()
                .cardRetained(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .blockedCardMessage("Lost card reported at desk")
                .patronIdentifier("21234567890")
                .terminalPassword(Secret.EMPTY)
                .build()));
    }

    private static void checkin(Map<String, Golden> m) {
        // 09N19980821    085721                  APCertification Terminal Location|AOCertification Institute ID
        //   |ABCheckInBook|ACTPWord|BIN|AY2AZD6A5
        put(m, "09-checkin-blank-return-date-reference.sip2", sealed(2, CheckinRequest.builder()
                .noBlock(false)
                .transactionDate(at(1998, 8, 21, 8, 57, 21))
                .returnDate(Sip2Timestamp.BLANK)
                .currentLocation("Certification Terminal Location")
                .institutionId("Certification Institute ID")
                .itemIdentifier("CheckInBook")
                .terminalPassword("TPWord")
                .cancel(false)
                .build()));
        // 09N20230822    15234020230822    152340APSomeLocation|AO|ABSomeBarcode|AC|CH|AY1AZE92F
        put(m, "09-checkin-empty-fields.sip2", sealed(1, CheckinRequest.builder()
                .noBlock(false)
                .transactionDate(at(2023, 8, 22, 15, 23, 40))
                .returnDate(at(2023, 8, 22, 15, 23, 40))
                .currentLocation("SomeLocation")
                .institutionId("")
                .itemIdentifier("SomeBarcode")
                .terminalPassword(Secret.EMPTY)
                .itemProperties("")
                .build()));
        // 09Y20240115    10300020240114    180000APSHELF-1|AOMAIN|AB31234000000011|AC|CHrfid=1|BIY|  (CRLF)
        put(m, "09-checkin-cancel-no-error-detection.sip2", plain(CheckinRequest.builder()
                .noBlock(true)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .returnDate(at(2024, 1, 14, 18, 0, 0))
                .currentLocation("SHELF-1")
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .terminalPassword(Secret.EMPTY)
                .itemProperties("rfid=1")
                .cancel(true)
                .build()));
        // 101YNN19980821    085721AOCertification Institute ID|ABCheckInBook
        //   |AQPermanent Location for CheckinBook, Language 1|AJTitle For CheckinBook|AAGoodPatron1|CK001
        //   |CHCheckinBook Properties|CLsort bin A1|AFScreen Message for CheckInBook|AGPrint Line for CheckInBook
        //   |AY2AZA3FF
        put(m, "10-checkin-reference.sip2", sealed(2, CheckinResponse.builder()
                .ok(true)
                .resensitize(true)
                .magneticMedia(YesNoUnknown.NO)
                .alert(false)
                .transactionDate(at(1998, 8, 21, 8, 57, 21))
                .institutionId("Certification Institute ID")
                .itemIdentifier("CheckInBook")
                .permanentLocation("Permanent Location for CheckinBook, Language 1")
                .titleIdentifier("Title For CheckinBook")
                .sortBin("sort bin A1")
                .patronIdentifier("GoodPatron1")
                .mediaType(MediaType.BOOK)
                .itemProperties("CheckinBook Properties")
                .addScreenMessage("Screen Message for CheckInBook")
                .addPrintLine("Print Line for CheckInBook")
                .build()));
        // 101YNN20230822    152248AO|AB16000000210799|AQSomeLocation|AJSome example title by Some Author|CL5|CK001
        //   |AY1AZDF1B
        put(m, "10-checkin-ruby-reference.sip2", sealed(1, CheckinResponse.builder()
                .ok(true)
                .resensitize(true)
                .magneticMedia(YesNoUnknown.NO)
                .alert(false)
                .transactionDate(at(2023, 8, 22, 15, 22, 48))
                .institutionId("")
                .itemIdentifier("16000000210799")
                .permanentLocation("SomeLocation")
                .titleIdentifier("Some example title by Some Author")
                .sortBin("5")
                .mediaType(MediaType.BOOK)
                .build()));
        // 101NNY20240115    103001AOMAIN|AB31234000000011|AQADULT-FIC|AJThe Hobbit|CLB3|AA21234567890|CK001
        //   |CHrfid=1|CRFIC|CS823.912 TOL|CTBRANCH-2|CV02|CY21234567899|DAJohn Doe|AFHold for another branch
        //   |AGRoute to BRANCH-2|AY3AZC168
        put(m, "10-checkin-3m-extensions.sip2", sealed(3, CheckinResponse.builder()
                .ok(true)
                .resensitize(false)
                .magneticMedia(YesNoUnknown.NO)
                .alert(true)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .permanentLocation("ADULT-FIC")
                .titleIdentifier("The Hobbit")
                .sortBin("B3")
                .patronIdentifier("21234567890")
                .mediaType(MediaType.BOOK)
                .itemProperties("rfid=1")
                .collectionCode("FIC")
                .callNumber("823.912 TOL")
                .destinationLocation("BRANCH-2")
                .alertType(AlertType.HOLD_FOR_OTHER_BRANCH)
                .holdPatronId("21234567899")
                .holdPatronName("John Doe")
                .addScreenMessage("Hold for another branch")
                .addPrintLine("Route to BRANCH-2")
                .build()));
        // 100NUN20240115    103001AOMAIN|AB39999999999999|AQ|AFUnknown item|AFPlease take it to the desk|
        put(m, "10-checkin-refused-no-error-detection.sip2", plain(CheckinResponse.builder()
                .ok(false)
                .resensitize(false)
                .magneticMedia(YesNoUnknown.UNKNOWN)
                .alert(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .itemIdentifier("39999999999999")
                .permanentLocation("")
                .addScreenMessage("Unknown item")
                .addScreenMessage("Please take it to the desk")
                .build()));
    }

    private static void checkout(Map<String, Golden> m) {
        // 11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC|AY3AZEDC2
        put(m, "11-checkout-reference.sip2", sealed(3, CheckoutRequest.builder()
                .scRenewalPolicy(true)
                .noBlock(false)
                .transactionDate(at(1996, 2, 12, 10, 5, 14))
                .nbDueDate(at(1996, 2, 12, 10, 5, 14))
                .institutionId("")
                .patronIdentifier("104000000105")
                .itemIdentifier("000000000005792")
                .terminalPassword(Secret.EMPTY)
                .build()));
        // 11YY20240115    10300020240201    235900AOMAIN|AA21234567890|AB31234000000011|ACterminal-secret|CHrfid=1
        //   |ADpatron-secret|BOY|BIN|AY6AZDAC8
        put(m, "11-checkout-all-fields.sip2", sealed(6, CheckoutRequest.builder()
                .scRenewalPolicy(true)
                .noBlock(true)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .nbDueDate(at(2024, 2, 1, 23, 59, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .terminalPassword("terminal-secret")
                .itemProperties("rfid=1")
                .patronPassword("patron-secret")
                .feeAcknowledged(true)
                .cancel(false)
                .build()));
        // 11NN20240115    103000                  AOMAIN|AA21234567890|AB31234000000011|AC|
        put(m, "11-checkout-blank-nb-due-date-no-error-detection.sip2", plain(CheckoutRequest.builder()
                .scRenewalPolicy(false)
                .noBlock(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .nbDueDate(Sip2Timestamp.BLANK)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .terminalPassword(Secret.EMPTY)
                .build()));
        // 11NN20240115    103000                  AOMAIN|AA21234567890|XXvendor value|AB31234000000011|AC|AY0AZE817
        put(m, "11-checkout-unknown-field-in-between.sip2", sealed(0, CheckoutRequest.builder()
                .scRenewalPolicy(false)
                .noBlock(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .nbDueDate(Sip2Timestamp.BLANK)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .terminalPassword(Secret.EMPTY)
                .addUnknownField("XX", "vendor value")
                .build()));
        // 121NNY19960212    100515AO|AA104000000105|AB000000000005792|AJThe Hobbit|AH19960226    235900|CK001
        //   |AY3AZE6F4
        put(m, "12-checkout-ok-reference.sip2", sealed(3, CheckoutResponse.builder()
                .ok(true)
                .renewalOk(false)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.YES)
                .transactionDate(at(1996, 2, 12, 10, 5, 15))
                .institutionId("")
                .patronIdentifier("104000000105")
                .itemIdentifier("000000000005792")
                .titleIdentifier("The Hobbit")
                .dueDate("19960226    235900")
                .mediaType(MediaType.BOOK)
                .build()));
        // 120NUN20240115    103001AOMAIN|AA21234567890|AB31234000000029|AJ|AH|AFItem is on hold for another patron
        //   |AY0AZE134
        put(m, "12-checkout-refused-reference.sip2", sealed(0, CheckoutResponse.builder()
                .ok(false)
                .renewalOk(false)
                .magneticMedia(YesNoUnknown.UNKNOWN)
                .desensitize(YesNoUnknown.NO)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000029")
                .titleIdentifier("")
                .dueDate("")
                .addScreenMessage("Item is on hold for another patron")
                .build()));
        // 121YNN20240115    103001AOMAIN|AA21234567890|AB31234000000011|AJThe Hobbit|AH20240129    235900|BT06|CIN
        //   |BHEUR|BV1.50|CK001|CHcase=ok|BKtx-42|AFRental fee 1.50 EUR|AFPlease pay at the desk|AGRental receipt
        //   |AGThank you|AY2AZ....
        put(m, "12-checkout-fees-and-screen-lines.sip2", sealed(2, CheckoutResponse.builder()
                .ok(true)
                .renewalOk(true)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.NO)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .dueDate("20240129    235900")
                .feeType(FeeType.RENTAL)
                .securityInhibit(false)
                .currencyType(CurrencyType.EUR)
                .feeAmount("1.50")
                .mediaType(MediaType.BOOK)
                .itemProperties("case=ok")
                .transactionId("tx-42")
                .addScreenMessage("Rental fee 1.50 EUR")
                .addScreenMessage("Please pay at the desk")
                .addPrintLine("Rental receipt")
                .addPrintLine("Thank you")
                .build()));
        // 121NNY20240115    103001AOMAIN|AA21234567890|AB31234000000011|AJLe Piège de Bogotá|AH20240129    235900
        //   |AY2AZE344  (UTF-8)
        put(m, "12-checkout-utf8-title.sip2", sealed(2, CheckoutResponse.builder()
                .ok(true)
                .renewalOk(false)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.YES)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .titleIdentifier("Le Pi\u00e8ge de Bogot\u00e1")
                .dueDate("20240129    235900")
                .build()));
    }

    private static void hold(Map<String, Golden> m) {
        // 15+20240115    103000BW20240301    000000|BSMAIN|BY2|AOMAIN|AA21234567890|AJ123456|AY5AZEB68
        put(m, "15-hold-add-reference.sip2", sealed(5, HoldRequest.builder()
                .holdMode(HoldMode.ADD)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .expirationDate(at(2024, 3, 1, 0, 0, 0))
                .pickupLocation("MAIN")
                .holdType(HoldType.ANY_COPY_OF_TITLE)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .titleIdentifier("123456")
                .build()));
        // 15-20240115    103000AOMAIN|AA21234567890|ADpatron-secret|AB31234000000011|ACterminal-secret|BOY|AY6AZE2F6
        put(m, "15-hold-delete-by-item.sip2", sealed(6, HoldRequest.builder()
                .holdMode(HoldMode.DELETE)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .patronPassword("patron-secret")
                .itemIdentifier("31234000000011")
                .terminalPassword("terminal-secret")
                .feeAcknowledged(true)
                .build()));
        // 161N20240115    103001BW20240301    000000|BR3|BSMAIN|AOMAIN|AA21234567890|AJ123456|AY5AZEB18
        put(m, "16-hold-reference.sip2", sealed(5, HoldResponse.builder()
                .ok(true)
                .available(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .expirationDate(at(2024, 3, 1, 0, 0, 0))
                .queuePosition("3")
                .pickupLocation("MAIN")
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .titleIdentifier("123456")
                .build()));
        // 160N20240115    103001AOMAIN|AA21234567890|AB31234000000011|AFHold not allowed|AFItem is for reference only|
        put(m, "16-hold-refused-no-error-detection.sip2", plain(HoldResponse.builder()
                .ok(false)
                .available(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .addScreenMessage("Hold not allowed")
                .addScreenMessage("Item is for reference only")
                .build()));
    }

    private static void itemInformation(Map<String, Golden> m) {
        // 1719980723    100000AOCertification Institute ID|ABItemBook|AY1AZEBEB
        put(m, "17-item-information-reference.sip2", sealed(1, ItemInformationRequest.builder()
                .transactionDate(at(1998, 7, 23, 10, 0, 0))
                .institutionId("Certification Institute ID")
                .itemIdentifier("ItemBook")
                .build()));
        // 1720240115    103000AOMAIN|AB31234000000011|ACterminal-secret|AY3AZEE0F
        put(m, "17-item-information-terminal-password.sip2", sealed(3, ItemInformationRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .terminalPassword("terminal-secret")
                .build()));
        // 1720240115    103000AOMAIN|AOBRANCH|AB31234000000011|AY4AZF263
        put(m, "17-item-information-duplicate-field.sip2", sealed(4, ItemInformationRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .addUnknownField("AO", "BRANCH")
                .build()));
        // 1808000119980723    115615CF00000|ABItemBook|AJTitle For Item Book|CK003
        //   |AQPermanent Location for ItemBook, Language 1|APCurrent Location ItemBook
        //   |CHFree-form text with new item property|AY0AZC05B
        put(m, "18-item-information-reference.sip2", sealed(0, ItemInformationResponse.builder()
                .circulationStatus(CirculationStatus.WAITING_ON_HOLD_SHELF)
                .securityMarker(SecurityMarker.OTHER)
                .feeType(FeeType.OTHER_UNKNOWN)
                .transactionDate(at(1998, 7, 23, 11, 56, 15))
                .holdQueueLength("00000")
                .itemIdentifier("ItemBook")
                .titleIdentifier("Title For Item Book")
                .mediaType(MediaType.BOUND_JOURNAL)
                .permanentLocation("Permanent Location for ItemBook, Language 1")
                .currentLocation("Current Location ItemBook")
                .itemProperties("Free-form text with new item property")
                .build()));
        // 1804000120230822    110550ABSomeBarcode|AJSome example title by Some Author|AH2023-08-31 23:59:00 CEST
        //   |BGThe Library|BHSEK|CK001|AQSomeOtherLocation|APSomeLocation|AY1AZCB01
        put(m, "18-item-information-free-form-due-date-reference.sip2", sealed(1, ItemInformationResponse.builder()
                .circulationStatus(CirculationStatus.CHARGED)
                .securityMarker(SecurityMarker.OTHER)
                .feeType(FeeType.OTHER_UNKNOWN)
                .transactionDate(at(2023, 8, 22, 11, 5, 50))
                .dueDate("2023-08-31 23:59:00 CEST")
                .itemIdentifier("SomeBarcode")
                .titleIdentifier("Some example title by Some Author")
                .owner("The Library")
                .currencyType(CurrencyType.of("SEK"))
                .mediaType(MediaType.BOOK)
                .permanentLocation("SomeOtherLocation")
                .currentLocation("SomeLocation")
                .build()));
        // 1804020120240115    103001CF0|AH20240129    235900|CJ20240120   Z120000|CM20240125    235959
        //   |AB31234000000011|AJThe Hobbit|BGMAIN|BHGBP|BV0.50|CK001|AQADULT|APMAIN-SHELF|CHcover=hard|CRFIC
        //   |CS823.912 TOL|CTBRANCH-2|AFOn loan|AY4AZ....
        put(m, "18-item-information-3m-extensions.sip2", sealed(4, ItemInformationResponse.builder()
                .circulationStatus(CirculationStatus.CHARGED)
                .securityMarker(SecurityMarker.TATTLE_TAPE)
                .feeType(FeeType.OTHER_UNKNOWN)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .holdQueueLength("0")
                .dueDate("20240129    235900")
                .recallDate(Sip2Timestamp.of(LocalDateTime.of(2024, 1, 20, 12, 0, 0), 'Z'))
                .holdPickupDate(at(2024, 1, 25, 23, 59, 59))
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .owner("MAIN")
                .currencyType(CurrencyType.GBP)
                .feeAmount("0.50")
                .mediaType(MediaType.BOOK)
                .permanentLocation("ADULT")
                .currentLocation("MAIN-SHELF")
                .itemProperties("cover=hard")
                .collectionCode("FIC")
                .callNumber("823.912 TOL")
                .destinationLocation("BRANCH-2")
                .addScreenMessage("On loan")
                .build()));
    }

    private static void itemStatusUpdate(Map<String, Golden> m) {
        // 1920240115    103000AOMAIN|AB31234000000011|CHweight=420g|AY7AZF04F
        put(m, "19-item-status-update-reference.sip2", sealed(7, ItemStatusUpdateRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .itemProperties("weight=420g")
                .build()));
        // 1920240115    103000AOMAIN|AB31234000000011|ACterminal-secret|CHshelf=B2|
        put(m, "19-item-status-update-no-error-detection.sip2", plain(ItemStatusUpdateRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .itemIdentifier("31234000000011")
                .terminalPassword("terminal-secret")
                .itemProperties("shelf=B2")
                .build()));
        // 20120240115    103001AB31234000000011|AJThe Hobbit|CHweight=420g|AY7AZEDB6
        put(m, "20-item-status-update-reference.sip2", sealed(7, ItemStatusUpdateResponse.builder()
                .itemPropertiesOk(true)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .itemProperties("weight=420g")
                .build()));
        // 20020240115    103001AB31234000000011|AFItem properties could not be stored|AY7AZE8E1
        put(m, "20-item-status-update-refused.sip2", sealed(7, ItemStatusUpdateResponse.builder()
                .itemPropertiesOk(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .itemIdentifier("31234000000011")
                .addScreenMessage("Item properties could not be stored")
                .build()));
    }

    private static void patronStatus(Map<String, Golden> m) {
        // 2300119960212    100239AOid_21|AA104000000105|AC|AD|AY2AZF271
        put(m, "23-patron-status-reference.sip2", sealed(2, PatronStatusRequest.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(1996, 2, 12, 10, 2, 39))
                .institutionId("id_21")
                .patronIdentifier("104000000105")
                .terminalPassword(Secret.EMPTY)
                .patronPassword(Secret.EMPTY)
                .build()));
        // 2300120240115    103000AOMAIN|AA21234567890|ACterminal-secret|ADpatron-secret|AY0AZE7AD
        put(m, "23-patron-status-passwords.sip2", sealed(0, PatronStatusRequest.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .patronPassword("patron-secret")
                .build()));
        // 2300120240115    103000AOMAIN|AA21234567890|AY1AZF503  (required AC and AD absent)
        put(m, "23-patron-status-missing-passwords.sip2", sealed(1, PatronStatusRequest.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword(Secret.EMPTY)
                .patronPassword(Secret.EMPTY)
                .build()));
        // 24              00119960212    100240AOid_21|AA104000000105|AEJohn Doe|BLY|CQN|BHUSD|BV0.00
        //   |AFPIN not valid|AY2AZE2E0
        put(m, "24-patron-status-reference.sip2", sealed(2, PatronStatusResponse.builder()
                .patronStatus(EnumSet.noneOf(PatronStatusFlag.class))
                .language(Language.ENGLISH)
                .transactionDate(at(1996, 2, 12, 10, 2, 40))
                .institutionId("id_21")
                .patronIdentifier("104000000105")
                .personalName("John Doe")
                .validPatron(true)
                .validPatronPassword(false)
                .currencyType(CurrencyType.USD)
                .feeAmount("0.00")
                .addScreenMessage("PIN not valid")
                .build()));
        // 24YYYY          00019960213    162353AO|AA104000000705|AEJohn Doe|BLY|AFCard blocked|AY2AZE8B4
        put(m, "24-patron-status-blocked-reference.sip2", sealed(2, PatronStatusResponse.builder()
                .patronStatus(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
                        PatronStatusFlag.RECALL_PRIVILEGES_DENIED, PatronStatusFlag.HOLD_PRIVILEGES_DENIED)
                .language(Language.UNKNOWN)
                .transactionDate(at(1996, 2, 13, 16, 23, 53))
                .institutionId("")
                .patronIdentifier("104000000705")
                .personalName("John Doe")
                .validPatron(true)
                .addScreenMessage("Card blocked")
                .build()));
        // 24              00120240115    103000AOMAIN|AA21234567890|AEMüller, Jürgen|AY1AZED00  (code page 850)
        put(m, "24-patron-status-ibm850-name.sip2", sealed(1, muellerJuergen()));
        // the same text as UTF-8 bytes: AY1AZEB04
        put(m, "24-patron-status-utf8-name.sip2", sealed(1, muellerJuergen()));
        // 24  Y           00220240115    103001AOMAIN|AA21234567890|AEJane Roe|BLY|CQY|BHEUR|BV12.50|BDMain Street 1
        //   |BEjane@example.org|BF+49 30 1234|AFFines due|AY3AZD466
        put(m, "24-patron-status-address-fields.sip2", sealed(3, PatronStatusResponse.builder()
                .patronStatus(PatronStatusFlag.RECALL_PRIVILEGES_DENIED)
                .language(Language.FRENCH)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("Jane Roe")
                .validPatron(true)
                .validPatronPassword(true)
                .currencyType(CurrencyType.EUR)
                .feeAmount("12.50")
                .homeAddress("Main Street 1")
                .emailAddress("jane@example.org")
                .homePhoneNumber("+49 30 1234")
                .addScreenMessage("Fines due")
                .build()));
    }

    private static PatronStatusResponse muellerJuergen() {
        return PatronStatusResponse.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("M\u00fcller, J\u00fcrgen")
                .build();
    }

    private static void patronEnable(Map<String, Golden> m) {
        // 2519980723    094240AOCertification Institute ID|AAPatronID|AY4AZEBF1
        put(m, "25-patron-enable-reference.sip2", sealed(4, PatronEnableRequest.builder()
                .transactionDate(at(1998, 7, 23, 9, 42, 40))
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .build()));
        // 2520240115    103000AOMAIN|AA21234567890|ACterminal-secret|ADpatron-secret|AY5AZE837
        put(m, "25-patron-enable-passwords.sip2", sealed(5, PatronEnableRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .patronPassword("patron-secret")
                .build()));
        // 26              00119980723    094241AOCertification Institute ID|AAPatronID|AEPatron Name|BLY|AY4AZE324
        put(m, "26-patron-enable-reference.sip2", sealed(4, PatronEnableResponse.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(1998, 7, 23, 9, 42, 41))
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .personalName("Patron Name")
                .validPatron(true)
                .build()));
        // 26Y   Y         00120240115    103001AOMAIN|AA21234567890|AEJane Roe|BLY|CQN|AFCard is still reported lost
        //   |AGPatron enable refused|AY5AZD80D
        put(m, "26-patron-enable-still-blocked.sip2", sealed(5, PatronEnableResponse.builder()
                .patronStatus(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.CARD_REPORTED_LOST)
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("Jane Roe")
                .validPatron(true)
                .validPatronPassword(false)
                .addScreenMessage("Card is still reported lost")
                .addPrintLine("Patron enable refused")
                .build()));
    }

    private static void renew(Map<String, Golden> m) {
        // 29NN20240115    103000                  AOMAIN|AA21234567890|AB31234000000011|AY8AZEEFD
        put(m, "29-renew-blank-nb-due-date-reference.sip2", sealed(8, RenewRequest.builder()
                .thirdPartyAllowed(false)
                .noBlock(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .nbDueDate(Sip2Timestamp.BLANK)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .build()));
        // 29YN20240115    10300020240201    235900AOMAIN|AA21234567890|ADpatron-secret|AB31234000000011|AJThe Hobbit
        //   |ACterminal-secret|CHrfid=1|BOY|AY9AZD77C
        put(m, "29-renew-all-fields.sip2", sealed(9, RenewRequest.builder()
                .thirdPartyAllowed(true)
                .noBlock(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .nbDueDate(at(2024, 2, 1, 23, 59, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .patronPassword("patron-secret")
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .terminalPassword("terminal-secret")
                .itemProperties("rfid=1")
                .feeAcknowledged(true)
                .build()));
        // 301YNY20240115    103001AOMAIN|AA21234567890|AB31234000000011|AJThe Hobbit|AH20240129    235900|AY8AZE7C3
        put(m, "30-renew-ok-reference.sip2", sealed(8, RenewResponse.builder()
                .ok(true)
                .renewalOk(true)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.YES)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .dueDate("20240129    235900")
                .build()));
        // 300NUU20080228    222232AOWOHLERS|AAX00000241|ABM02400028262|AJFolksongs of Britain and Ireland
        //   |AH5/23/2008,23:59|CH|AFOverride required to exceed renewal limit.|AY1AZCDA5
        put(m, "30-renew-refused-reference.sip2", sealed(1, RenewResponse.builder()
                .ok(false)
                .renewalOk(false)
                .magneticMedia(YesNoUnknown.UNKNOWN)
                .desensitize(YesNoUnknown.UNKNOWN)
                .transactionDate(at(2008, 2, 28, 22, 22, 32))
                .institutionId("WOHLERS")
                .patronIdentifier("X00000241")
                .itemIdentifier("M02400028262")
                .titleIdentifier("Folksongs of Britain and Ireland")
                .dueDate("5/23/2008,23:59")
                .itemProperties("")
                .addScreenMessage("Override required to exceed renewal limit.")
                .build()));
        // 301NNN20240115    103001AOMAIN|AA21234567890|AB31234000000011|AJThe Hobbit|AH20240129    235900|CKbook
        //   |AY8AZE524
        put(m, "30-renew-unparsable-media-type.sip2", sealed(8, RenewResponse.builder()
                .ok(true)
                .renewalOk(false)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.NO)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000000011")
                .titleIdentifier("The Hobbit")
                .dueDate("20240129    235900")
                .addUnknownField("CK", "book")
                .build()));
    }

    private static void endSession(Map<String, Golden> m) {
        // 3519980723    094014AOCertification Institute ID|AAPatronID|AY3AZEBF2
        put(m, "35-end-patron-session-reference.sip2", sealed(3, EndPatronSessionRequest.builder()
                .transactionDate(at(1998, 7, 23, 9, 40, 14))
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .build()));
        // 3520240115    103000AOMAIN|AA21234567890|ACterminal-secret|ADpatron-secret|  (CRLF)
        put(m, "35-end-patron-session-no-error-detection.sip2", plain(EndPatronSessionRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .patronPassword("patron-secret")
                .build()));
        // 36Y19980723    094015AOCertification Institute ID|AAPatronID|AY3AZEB97
        put(m, "36-end-session-reference.sip2", sealed(3, EndSessionResponse.builder()
                .endSession(true)
                .transactionDate(at(1998, 7, 23, 9, 40, 15))
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .build()));
        // 36N20240115    103001AOMAIN|AA21234567890|AFSession could not be ended|AGGoodbye|AY3AZE6DC
        put(m, "36-end-session-refused.sip2", sealed(3, EndSessionResponse.builder()
                .endSession(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .addScreenMessage("Session could not be ended")
                .addPrintLine("Goodbye")
                .build()));
    }

    private static void feePaid(Map<String, Golden> m) {
        // 3719980723    0932110401USDBV111.11|AOCertification Institute ID|AAPatronID|BKTransactionID|AY2AZE1EF
        put(m, "37-fee-paid-reference.sip2", sealed(2, FeePaidRequest.builder()
                .transactionDate(at(1998, 7, 23, 9, 32, 11))
                .feeType(FeeType.OVERDUE)
                .paymentType(PaymentType.VISA)
                .currencyType(CurrencyType.USD)
                .feeAmount("111.11")
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .transactionId("TransactionID")
                .build()));
        // 3720130514    1322230402EURBV2.00|AOinstitutionId|AApatronId|CGfeeIdentifier|AY1AZE672
        put(m, "37-fee-paid-fee-identifier.sip2", sealed(1, FeePaidRequest.builder()
                .transactionDate(at(2013, 5, 14, 13, 22, 23))
                .feeType(FeeType.OVERDUE)
                .paymentType(PaymentType.CREDIT_CARD)
                .currencyType(CurrencyType.EUR)
                .feeAmount("2.00")
                .institutionId("institutionId")
                .patronIdentifier("patronId")
                .feeIdentifier("feeIdentifier")
                .build()));
        // 3720240115    1030000705USDBV3.25|AOMAIN|AA21234567890|ACterminal-secret|ADpatron-secret|CGfee-77|BKtx-9
        //   |ORcashier7|RN000123|AY2AZD902
        put(m, "37-fee-paid-envisionware.sip2", sealed(2, FeePaidRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .feeType(FeeType.REPLACEMENT)
                .paymentType(PaymentType.CHECK)
                .currencyType(CurrencyType.USD)
                .feeAmount("3.25")
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .patronPassword("patron-secret")
                .feeIdentifier("fee-77")
                .transactionId("tx-9")
                .registerLogin("cashier7")
                .checkNumber("000123")
                .build()));
        // 38Y19980723    093212AOCertification Institute ID|AAPatronID|BKTransactionID|AY2AZE57C
        put(m, "38-fee-paid-reference.sip2", sealed(2, FeePaidResponse.builder()
                .paymentAccepted(true)
                .transactionDate(at(1998, 7, 23, 9, 32, 12))
                .institutionId("Certification Institute ID")
                .patronIdentifier("PatronID")
                .transactionId("TransactionID")
                .build()));
        // 38N20240115    103001AOMAIN|AA21234567890|BKtx-9|AFPayment declined|
        put(m, "38-fee-paid-refused-no-error-detection.sip2", plain(FeePaidResponse.builder()
                .paymentAccepted(false)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .transactionId("tx-9")
                .addScreenMessage("Payment declined")
                .build()));
    }

    private static void patronInformation(Map<String, Golden> m) {
        // 6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZEA83
        put(m, "63-patron-information-holds-reference.sip2", sealed(1, PatronInformationRequest.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(1998, 7, 23, 9, 19, 5))
                .summary(SummaryItem.HOLD_ITEMS)
                .institutionId("InstitutionID")
                .patronIdentifier("PatronID")
                .startItem("00001")
                .endItem("00005")
                .build()));
        // 6300020150416    064702  Y       AOinstitutionId|AApatronIdentifier|AC|AD|AY0AZE8CA
        put(m, "63-patron-information-charged-items.sip2", sealed(0, PatronInformationRequest.builder()
                .language(Language.UNKNOWN)
                .transactionDate(at(2015, 4, 16, 6, 47, 2))
                .summary(SummaryItem.CHARGED_ITEMS)
                .institutionId("institutionId")
                .patronIdentifier("patronIdentifier")
                .terminalPassword(Secret.EMPTY)
                .patronPassword(Secret.EMPTY)
                .build()));
        // 6300120240115    103000   Y      AOMAIN|AA21234567890|ACterminal-secret|ADpatron-secret|BP1|BQ10|
        put(m, "63-patron-information-passwords-no-error-detection.sip2", plain(PatronInformationRequest.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .summary(SummaryItem.FINE_ITEMS)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .terminalPassword("terminal-secret")
                .patronPassword("patron-secret")
                .startItem("1")
                .endItem("10")
                .build()));
        // 64              00119980723    091906000200000001000000000000AOInstitutionID|AAPatronID|AEPatron Name
        //   |BZ0010|BLY|ASItemBook1|ASItemBook2|AFTwo holds are waiting|AY1AZCFCE
        put(m, "64-patron-information-holds-reference.sip2", sealed(1, PatronInformationResponse.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(1998, 7, 23, 9, 19, 6))
                .holdItemsCount(2)
                .overdueItemsCount(0)
                .chargedItemsCount(1)
                .fineItemsCount(0)
                .recallItemsCount(0)
                .unavailableHoldsCount(0)
                .institutionId("InstitutionID")
                .patronIdentifier("PatronID")
                .personalName("Patron Name")
                .holdItemsLimit(10)
                .validPatron(true)
                .addHoldItem("ItemBook1")
                .addHoldItem("ItemBook2")
                .addScreenMessage("Two holds are waiting")
                .build()));
        // 64              00120240115    103001000100010002000100010001AOMAIN|AA21234567890|AEJane Roe|BZ0005
        //   |CA0003|CB0010|BLY|CQY|BHUSD|BV4.50|CC25.00|ASHOLD-1|ATOVERDUE-1|AUCHARGED-1|AUCHARGED-2|AVFINE-1 4.50
        //   |BURECALL-1|CDUNAVAIL-1|BDMain Street 1|BEjane@example.org|BF555-0100|AFWelcome|AY4AZB2FF
        put(m, "64-patron-information-all-item-lists.sip2", sealed(4, PatronInformationResponse.builder()
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .holdItemsCount(1)
                .overdueItemsCount(1)
                .chargedItemsCount(2)
                .fineItemsCount(1)
                .recallItemsCount(1)
                .unavailableHoldsCount(1)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("Jane Roe")
                .holdItemsLimit(5)
                .overdueItemsLimit(3)
                .chargedItemsLimit(10)
                .validPatron(true)
                .validPatronPassword(true)
                .currencyType(CurrencyType.USD)
                .feeAmount("4.50")
                .feeLimit("25.00")
                .addHoldItem("HOLD-1")
                .addOverdueItem("OVERDUE-1")
                .addChargedItem("CHARGED-1")
                .addChargedItem("CHARGED-2")
                .addFineItem("FINE-1 4.50")
                .addRecallItem("RECALL-1")
                .addUnavailableHoldItem("UNAVAIL-1")
                .homeAddress("Main Street 1")
                .emailAddress("jane@example.org")
                .homePhoneNumber("555-0100")
                .addScreenMessage("Welcome")
                .build()));
        // 64  Y           00120240115    1030010000    0001            AOMAIN|AA21234567890|AEJane Roe|BLY
        //   |PB19800101|PCADULT|PIunfiltered|PA20251231    235959|AY5AZDB86
        put(m, "64-patron-information-blank-counts-envisionware.sip2", sealed(5, PatronInformationResponse.builder()
                .patronStatus(PatronStatusFlag.RECALL_PRIVILEGES_DENIED)
                .language(Language.ENGLISH)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .holdItemsCount(0)
                .overdueItemsCount(OptionalInt.empty())
                .chargedItemsCount(1)
                .fineItemsCount(OptionalInt.empty())
                .recallItemsCount(OptionalInt.empty())
                .unavailableHoldsCount(OptionalInt.empty())
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("Jane Roe")
                .validPatron(true)
                .birthDate("19800101")
                .patronClass("ADULT")
                .internetPrivileges("unfiltered")
                .addUnknownField("PA", "20251231    235959")
                .build()));
    }

    private static void renewAll(Map<String, Golden> m) {
        // 6520240115    103000AOMAIN|AA21234567890|AY9AZF586
        put(m, "65-renew-all-reference.sip2", sealed(9, RenewAllRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .build()));
        // 6520240115    103000AOMAIN|AA21234567890|ADpatron-secret|ACterminal-secret|BOY|AY1AZE6D1
        put(m, "65-renew-all-passwords.sip2", sealed(1, RenewAllRequest.builder()
                .transactionDate(at(2024, 1, 15, 10, 30, 0))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .patronPassword("patron-secret")
                .terminalPassword("terminal-secret")
                .feeAcknowledged(true)
                .build()));
        // 6610001000120240115    103001AOMAIN|BM31234000000011|BN31234000000029|AFOne item could not be renewed
        //   |AY9AZE403
        put(m, "66-renew-all-reference.sip2", sealed(9, RenewAllResponse.builder()
                .ok(true)
                .renewedCount(1)
                .unrenewedCount(1)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .addRenewedItem("31234000000011")
                .addUnrenewedItem("31234000000029")
                .addScreenMessage("One item could not be renewed")
                .build()));
        // 6610001000220240115    103001AOMAIN|BM31234000000011|BN31234000000029 Item on hold for another patron
        //   |BN31234000000037 Renewal limit reached|AFOne item renewed, two not|AY2AZCE06
        put(m, "66-renew-all-unrenewed-reasons.sip2", sealed(2, RenewAllResponse.builder()
                .ok(true)
                .renewedCount(1)
                .unrenewedCount(2)
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .addRenewedItem("31234000000011")
                .addUnrenewedItem("31234000000029 Item on hold for another patron")
                .addUnrenewedItem("31234000000037 Renewal limit reached")
                .addScreenMessage("One item renewed, two not")
                .build()));
        // 660        20240115    103001AOMAIN|AFRenew all is not available|
        put(m, "66-renew-all-blank-counts-no-error-detection.sip2", plain(RenewAllResponse.builder()
                .ok(false)
                .renewedCount(OptionalInt.empty())
                .unrenewedCount(OptionalInt.empty())
                .transactionDate(at(2024, 1, 15, 10, 30, 1))
                .institutionId("MAIN")
                .addScreenMessage("Renew all is not available")
                .build()));
    }

    private static void login(Map<String, Golden> m) {
        // 9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B
        put(m, "93-login-reference.sip2", sealed(5, LoginRequest.builder()
                .uidAlgorithm('0')
                .pwdAlgorithm('0')
                .loginUserId("LoginUserID")
                .loginPassword("LoginPassword")
                .locationCode("LocationCode")
                .build()));
        // 9300CNuser_id|COpassw0rd|AY1AZF594
        put(m, "93-login-folio.sip2", sealed(1, LoginRequest.builder()
                .uidAlgorithm('0')
                .pwdAlgorithm('0')
                .loginUserId("user_id")
                .loginPassword("passw0rd")
                .build()));
        // 9300CNinfo@test.org|COtester|CPselfcheck_location|AY0AZEB8C
        put(m, "93-login-with-location.sip2", sealed(0, LoginRequest.builder()
                .uidAlgorithm('0')
                .pwdAlgorithm('0')
                .loginUserId("info@test.org")
                .loginPassword("tester")
                .locationCode("selfcheck_location")
                .build()));
        // 941AY5AZFDF8
        put(m, "94-login-ok-reference.sip2", sealed(5, LoginResponse.builder().ok(true).build()));
        // 940AY0AZFDFE
        put(m, "94-login-refused.sip2", sealed(0, LoginResponse.builder().ok(false).build()));
        // 941  (CRLF)
        put(m, "94-login-ok-no-error-detection.sip2", plain(LoginResponse.builder().ok(true).build()));
    }

    private static void resend(Map<String, Golden> m) {
        // 96AZFEF6
        put(m, "96-request-sc-resend-reference.sip2", checksumOnly(RequestScResend.builder().build()));
        // 96
        put(m, "96-request-sc-resend-no-error-detection.sip2", plain(RequestScResend.builder().build()));
        // 97AZFEF5
        put(m, "97-request-acs-resend-reference.sip2", checksumOnly(RequestAcsResend.builder().build()));
        // 97  (CRLF)
        put(m, "97-request-acs-resend-no-error-detection.sip2", plain(RequestAcsResend.builder().build()));
    }

    private static void status(Map<String, Golden> m) {
        // 98YYNNNY00500520230822    1524342.00AO3662|BXYYYNYNYYYYYNNNYY|AMThe Library|ANSomeLocation|AY1AZE3C0
        put(m, "98-acs-status-reference.sip2", sealed(1, rubyAcsStatus().build()));
        // 98YYNNNY00500520230822    1524342.00AO3662|ZZSomeUnexpectedFieldValue|BXYYYNYNYYYYYNNNYY|AMThe Library
        //   |ANSomeLocation|XZAnohtherExtraField|AY1AZD0B7
        put(m, "98-acs-status-unknown-fields.sip2", sealed(1, rubyAcsStatus()
                .addUnknownField("ZZ", "SomeUnexpectedFieldValue")
                .addUnknownField("XZ", "AnohtherExtraField")
                .build()));
        // 98YYYYNN100030000000000000000000002.00AOMAIN|AMMain Library|BXYYYYYYYYYYYYYYYY|ANSC-01|AFSystem up
        //   |AGready|AY0AZDEB6
        put(m, "98-acs-status-date-not-supported.sip2", sealed(0, AcsStatus.builder()
                .onlineStatus(true)
                .checkinOk(true)
                .checkoutOk(true)
                .acsRenewalPolicy(true)
                .statusUpdateOk(false)
                .offlineOk(false)
                .timeoutPeriod(100)
                .retriesAllowed(30)
                .dateTimeSync(Sip2Timestamp.NOT_SUPPORTED)
                .protocolVersion("2.00")
                .institutionId("MAIN")
                .libraryName("Main Library")
                .supportedMessages(EnumSet.allOf(SupportedMessage.class))
                .terminalLocation("SC-01")
                .addScreenMessage("System up")
                .addPrintLine("ready")
                .build()));
        // 9900802.00AY1AZFCA0
        put(m, "99-sc-status-reference.sip2", sealed(1, ScStatus.builder()
                .statusCode(ScStatusCode.OK)
                .maxPrintWidth(80)
                .protocolVersion("2.00")
                .build()));
        // 9900802.00XXSomeUnexpectedValue|AY1AZF3CE
        put(m, "99-sc-status-unknown-field.sip2", sealed(1, ScStatus.builder()
                .statusCode(ScStatusCode.OK)
                .maxPrintWidth(80)
                .protocolVersion("2.00")
                .addUnknownField("XX", "SomeUnexpectedValue")
                .build()));
        // 9900401.00AY1AZFCA5
        put(m, "99-sc-status-print-width-40.sip2", sealed(1, ScStatus.builder()
                .statusCode(ScStatusCode.OK)
                .maxPrintWidth(40)
                .protocolVersion("1.00")
                .build()));
        // 9910002.00|AY0AZFC2C  (a stray delimiter after the fixed part)
        put(m, "99-sc-status-stray-delimiter.sip2", sealed(0, ScStatus.builder()
                .statusCode(ScStatusCode.PRINTER_OUT_OF_PAPER)
                .maxPrintWidth(0)
                .protocolVersion("2.00")
                .build()));
        // 9910402.00AY2AZFCA2  (CRLF)
        put(m, "99-sc-status-printer-out-of-paper-crlf.sip2", sealed(2, ScStatus.builder()
                .statusCode(ScStatusCode.PRINTER_OUT_OF_PAPER)
                .maxPrintWidth(40)
                .protocolVersion("2.00")
                .build()));
    }

    private static AcsStatus.Builder rubyAcsStatus() {
        return AcsStatus.builder()
                .onlineStatus(true)
                .checkinOk(true)
                .checkoutOk(false)
                .acsRenewalPolicy(false)
                .statusUpdateOk(false)
                .offlineOk(true)
                .timeoutPeriod(5)
                .retriesAllowed(5)
                .dateTimeSync(at(2023, 8, 22, 15, 24, 34))
                .protocolVersion("2.00")
                .institutionId("3662")
                .libraryName("The Library")
                .supportedMessages(SupportedMessage.PATRON_STATUS_REQUEST, SupportedMessage.CHECKOUT,
                        SupportedMessage.CHECKIN, SupportedMessage.SC_ACS_STATUS, SupportedMessage.LOGIN,
                        SupportedMessage.PATRON_INFORMATION, SupportedMessage.END_PATRON_SESSION,
                        SupportedMessage.FEE_PAID, SupportedMessage.ITEM_INFORMATION, SupportedMessage.RENEW,
                        SupportedMessage.RENEW_ALL)
                .terminalLocation("SomeLocation");
    }

    private static void unknownMessages(Map<String, Golden> m) {
        // XS20240115    103000AOMAIN|ZQvendor data|AY1AZF31C
        put(m, "XS-unknown-message-with-trailer.sip2",
                sealed(1, new UnknownMessage("XS", "20240115    103000AOMAIN|ZQvendor data|")));
        // XXSomeUnknownData
        put(m, "XX-unknown-message-no-error-detection.sip2", plain(new UnknownMessage("XX", "SomeUnknownData")));
    }
}
