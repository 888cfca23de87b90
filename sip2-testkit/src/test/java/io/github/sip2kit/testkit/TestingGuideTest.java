package io.github.sip2kit.testkit;

import static io.github.sip2kit.testkit.Sip2Assertions.assertThat;
import static io.github.sip2kit.testkit.Sip2Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.client.Sip2OutcomeUnknownException;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The code blocks of docs/testing.md, line for line: {@link #everyJavaBlockOfTheGuideIsInThisTest()} checks that every
 * line of every Java block of the guide ends a line of this file, in the block's order (the test may add lines, such
 * as further assertions, between them), and {@link #theFailureMessagesOfTheGuideAreTheOnesTheCodeProduces()} compares
 * the guide's failure output with a real run.
 */
@Timeout(60)
class TestingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "testing.md");
    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final Path SOURCE =
            Path.of("src", "test", "java", "io", "github", "sip2kit", "testkit", "TestingGuideTest.java");

    // ------------------------------------------------------------------ Java developers: fake ACS

    @RegisterExtension
    @Order(1)
    final FakeAcsExtension acs = FakeAcsExtension.demoLibrary(); // a fresh demo library for each test

    @RegisterExtension
    @Order(2)
    final FakeScExtension sc = FakeScExtension.connectingTo(acs);

    private Sip2Server server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClientAgainstTheDemoLibrary() {
        try (Sip2Client client = acs.clientBuilder()
                .credentials("kiosk1", "kiosk1-pass")
                .institutionId("MAIN")
                .build()) {
            CheckoutResponse response = client.checkout("PAT-0001", "ITM-0001");
            assertTrue(response.ok());
        }
        assertEquals(Optional.of("PAT-0001"), acs.library().item("ITM-0001").orElseThrow().chargedTo());
        assertEquals(1, acs.acs().count(MessageType.CHECKOUT));
    }

    @Test
    void aLostResponse() {
        acs.acs().inject(RequestMatcher.nth(MessageType.CHECKOUT, 1), Fault.drop())
                .inject(RequestMatcher.type(MessageType.REQUEST_ACS_RESEND), Fault.drop());

        try (Sip2Client client = acs.clientBuilder()
                .credentials("kiosk1", "kiosk1-pass")
                .institutionId("MAIN")
                .responseTimeout(Duration.ofMillis(300))
                .build()) {
            assertThrows(Sip2OutcomeUnknownException.class, () -> client.checkout("PAT-0001", "ITM-0001"));
        }
        // 93, 11, then two 97s without an answer; the checkout was not sent again, and it did happen:
        assertEquals(List.of("93", "11", "97", "97"), acs.acs().codes());
        assertEquals(Optional.of("PAT-0001"), acs.library().item("ITM-0001").orElseThrow().chargedTo());
    }

    @Test
    void aScriptedAcs() {
        try (FakeAcs scripted = FakeAcs.builder()
                .respond(RequestMatcher.type(MessageType.ITEM_INFORMATION), request -> ItemInformationResponse
                        .builder()
                        .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                        .itemIdentifier("31234000012345")
                        .titleIdentifier("A Scripted Title")
                        .build())
                .respondRaw(RequestMatcher.nth(MessageType.SC_STATUS, 1), "96")
                .inject(RequestMatcher.nthFrame(3), Fault.corruptChecksum())
                .start();
                Sip2Client client = scripted.clientBuilder().build()) {
            assertEquals("A Scripted Title", client.itemInformation("31234000012345").titleIdentifier());
            AcsStatus status = client.scStatus(); // 96 first: the client sends the 99 again
            assertEquals(FakeAcs.OPEN_INSTITUTION, status.institutionId());
            assertEquals(List.of("17", "99", "99", "97"), scripted.codes());
        }
    }

    // ------------------------------------------------------------------ Java developers: fixtures and assertions

    @Test
    void fixturesAreValidWithoutArguments() {
        CheckoutRequest checkout = Sip2Fixtures.checkoutRequest().build();             // valid as it stands
        CheckoutRequest otherItem = Sip2Fixtures.checkoutRequest().itemIdentifier("ITM-0002").build();
        Sip2Message renewAll = Sip2Fixtures.of(MessageType.RENEW_ALL_RESPONSE);        // any type by its MessageType

        assertEquals(checkout, Sip2Codec.strict().decode(Sip2Codec.strict().encode(checkout)));
        assertEquals(Sip2Fixtures.PATRON_IDENTIFIER, otherItem.patronIdentifier());
        assertThat(otherItem.itemIdentifier()).isEqualTo("ITM-0002");
        assertThat(renewAll).isOfType(MessageType.RENEW_ALL_RESPONSE);
        assertThat(checkout)
                .hasField(FieldId.INSTITUTION_ID, "MAIN")
                .hasField(FieldId.ITEM_IDENTIFIER, "ITM-0001")
                .hasField(FieldId.PATRON_PASSWORD, "1111")
                .hasField(FieldId.TERMINAL_PASSWORD, "")
                .hasFixedField("transactionDate", Sip2Fixtures.TRANSACTION_DATE);
        assertThat(Sip2Fixtures.checkoutResponse().build())
                .hasField(FieldId.TITLE_IDENTIFIER, "The Example Handbook")
                .hasField(FieldId.DUE_DATE, "20240129    235959")
                .hasFixedField("ok", true);
        assertThat(Sip2Fixtures.loginRequest().build())
                .hasField(FieldId.LOGIN_USER_ID, "kiosk1")
                .hasField(FieldId.LOGIN_PASSWORD, "kiosk1-pass");
        // "a fixture sent to a FakeAcs with the demo library finds its patron and item"
        FakeSc kiosk = sc.sc();
        assertThat(kiosk.request(Sip2Fixtures.loginRequest().build()).ok()).isTrue();
        assertThat(kiosk.request(checkout).ok()).isTrue();
        assertThat(acs.library().item(Sip2Fixtures.ITEM_IDENTIFIER).orElseThrow().chargedTo())
                .hasValue(Sip2Fixtures.PATRON_IDENTIFIER);
    }

    @Test
    void aSeededSequenceOfFixtures() {
        Sip2Fixtures.Seeded fixtures = Sip2Fixtures.seeded(42);
        CheckoutRequest first = fixtures.checkoutRequest().build();
        CheckoutRequest second = fixtures.checkoutRequest().build();                   // the next patron, item and date

        assertEquals("PAT-4071", first.patronIdentifier());
        assertEquals("PAT-3248", second.patronIdentifier());
        assertEquals(first, Sip2Fixtures.seeded(42).checkoutRequest().build());        // the same seed, the same sequence
        assertThat(second.itemIdentifier()).isNotEqualTo(first.itemIdentifier());
        assertThat(second.transactionDate()).isNotEqualTo(first.transactionDate());
    }

    @Test
    void goldenVectorsAsKnownGoodInput() {
        for (GoldenVector vector : GoldenVectors.all()) {
            Sip2Frame frame = vector.codec().decodeFrame(vector.bytes());               // your decoder in its place
            assertEquals(vector.message(), frame.message(), vector.name());
            assertArrayEquals(vector.bytes(), vector.codec().encode(frame), vector.name()); // a proxy changes no byte
        }

        GoldenVector reference = GoldenVectors.named("11-checkout-reference.sip2");
        assertEquals("reference section 7 #11: empty AO and AC", reference.description());
        assertThat(guide()).contains("`GoldenVectors.all()` gives the codec's golden vectors: "
                + GoldenVectors.all().size() + " frames");
    }

    @Test
    void assertionsOnFramesAndMessages() {
        CheckoutRequest checkout = Sip2Fixtures.checkoutRequest().build();
        String wire = "11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|";

        assertThat(checkout).encodesTo(wire);                  // Sip2Codec.defaults(), without AY/AZ
        assertThat(wire + "\r").decodesTo(checkout);           // a trailing CR, CRLF or LF is ignored
        assertThat(Sip2Fixtures.scStatus().build()).encodesTo(Sip2Codec.defaults(), 1, "9900402.00AY1AZFCA4");
    }

    @Test
    void fieldLevelAssertions() {
        CheckoutResponse response = Sip2Fixtures.checkoutResponse()
                .mediaType(MediaType.BOOK)
                .addScreenMessage("Thank you")
                .addUnknownField("XK", "vendor")
                .build();

        assertThat(response)
                .isOfType(MessageType.CHECKOUT_RESPONSE)
                .hasField(FieldId.PATRON_IDENTIFIER, "PAT-0001")        // the text on the wire
                .hasField(FieldId.MEDIA_TYPE, MediaType.BOOK)           // or a code, flag, date or Secret
                .hasField(FieldId.DUE_DATE, Sip2Fixtures.DUE_DATE)
                .hasField("XK", "vendor")                               // unknown fields by their id
                .hasFieldValues(FieldId.SCREEN_MESSAGE, "Thank you")    // repeatable fields, in order
                .doesNotHaveField(FieldId.FEE_AMOUNT)
                .hasFixedField("renewalOk", false)                      // fixed fields by record component name
                .hasFixedField("transactionDate", "20240115    103000");
        assertThat(catchThrowableOfType(AssertionError.class,
                () -> assertThat(Sip2Fixtures.checkoutRequest().build()).hasField(FieldId.PATRON_PASSWORD, "9999")))
                .hasMessageContaining("a password of 4 characters").hasMessageNotContaining("1111");
    }

    /** The failing assertion of "What an assertion failure looks like", as the guide prints it. */
    private static void anEncodingThatFails() {
        CheckoutResponse built = Sip2Fixtures.checkoutResponse().build(); // in your test: what your code built
        assertThat(built).encodesTo(
                "121NNY20240115    103000AOMAIN|AAPAT-0001|ABITM-0001|AJThe Example Handbook|AH20240130    235959|");
    }

    /** The failing decodesTo of the same section. */
    private static void aDecodingThatFails() {
        CheckoutResponse built = Sip2Fixtures.checkoutResponse().build();
        assertThat("121NNY20240115    103000AOMAIN|AAPAT-0001|ABITM-0001|AJThe Example Handbook|AH20240129    235959|")
                .decodesTo(built.toBuilder().renewalOk(true).dueDate("20240130    235959").build());
    }

    /** The vendor's broken checkout of "What a contract failure looks like". */
    static final class LeakyCheckoutContract extends BackendContractViolationsTest.DemoIdentifiers {
        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onCheckout((request, session) -> Responses.checkout(request, session)
                    .patronIdentifier(request.patronIdentifier().toLowerCase(Locale.ROOT))
                    .addScreenMessage("PIN " + request.patronPassword().map(Secret::reveal).orElse("") + " accepted")
                    .build());
        }
    }

    @Test
    void theFailureMessagesOfTheGuideAreTheOnesTheCodeProduces() {
        List<String> outputs = blocks("text");

        AssertionError encoding = catchThrowableOfType(AssertionError.class, TestingGuideTest::anEncodingThatFails);
        AssertionError decoding = catchThrowableOfType(AssertionError.class, TestingGuideTest::aDecodingThatFails);
        assertThat(outputs).contains(encoding.getMessage(), decoding.getMessage());

        Map<String, String> contract = BackendContractViolationsTest.failures(LeakyCheckoutContract.class);
        assertThat(contract).hasSize(4).containsKey("11 known patron and item"); // "fails four tests"
        // The response carries the time of the run: compare without its transaction date and checksum.
        assertThat(outputs.stream().map(TestingGuideTest::withoutDateAndChecksum))
                .contains(withoutDateAndChecksum(contract.get("11 known patron and item")));
    }

    // ------------------------------------------------------------------ ILS vendors

    /** The vendor's contract test; run by {@link #theContractTestOfTheGuidePasses()}. */
    static final class LibraryContractTest extends Sip2BackendContractTest {
        private final InMemoryLibraryBackend backend = new InMemoryLibraryBackend(InMemoryLibrary.defaultData());

        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onCheckout(backend::checkout)
                    .onCheckin(backend::checkin)
                    .onPatronInformation(backend::patronInformation)
                    .onItemInformation(backend::itemInformation);
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
    }

    @Test
    void theContractTestOfTheGuidePasses() {
        assertThat(BackendContractViolationsTest.failures(LibraryContractTest.class)).isEmpty();
    }

    @Test
    void aFakeScAgainstTheVendorsServer() throws Exception {
        InMemoryLibraryBackend backend = new InMemoryLibraryBackend(InMemoryLibrary.defaultData());
        server = Sip2Server.builder()
                .policies(DemoAccounts.policies())
                .onCheckout(backend::checkout)
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start();

        try (FakeSc kiosk = FakeSc.connect(server.localAddress())) {
            kiosk.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass").build());
            CheckoutRequest checkout = CheckoutRequest.builder()
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .institutionId("MAIN").patronIdentifier("PAT-0001").itemIdentifier("ITM-0001")
                    .build();

            Optional<CapturedFrame> resend = kiosk.send(checkout, Fault.corruptChecksum());
            assertEquals(Optional.of("96AZFEF6"), resend.map(CapturedFrame::text)); // the server asks for it again

            CapturedFrame first = kiosk.send(checkout, Fault.duplicate()).orElseThrow();
            CapturedFrame second = kiosk.awaitResponse(Duration.ofSeconds(5)).orElseThrow();
            assertEquals(first.text(), second.text());                                // answered twice, lent once
        }
    }

    // ------------------------------------------------------------------ test authors: generated messages

    @Test
    void generatedMessagesInAPlainLoop() {
        long seed = Long.getLong("sip2.seed", new SplittableRandom().nextLong());
        SplittableRandom random = new SplittableRandom(seed);
        Sip2Codec codec = Sip2Codec.strict();                  // the code under test: put yours in its place
        Sip2Generators generators = Sip2Generators.forCharset(codec.charset());

        for (int n = 0; n < 500; n++) {
            Sip2Message message = generators.message(random);  // a random type; message(type, random) for one type
            String description = "-Dsip2.seed=" + seed + " case " + n + " " + message.code();
            assertEquals(message, codec.decode(codec.encode(message)), description);
        }

        FieldValueGenerator values =
                new FieldValueGenerator(new SplittableRandom(seed), codec.charset(), Conformance.SPEC);

        for (int n = 0; n < 100; n++) {
            CheckoutResponse response = Sip2Fixtures.checkoutResponse()
                    .titleIdentifier(values.text())            // sometimes empty, 255 characters, non-ASCII, ...
                    .dueDate(values.timestamp().wire())
                    .build();
            assertEquals(response, codec.decode(codec.encode(response), CheckoutResponse.class), "-Dsip2.seed=" + seed);
        }

        Sip2Codec lenientUtf8 = Sip2Codec.builder().charset(StandardCharsets.UTF_8).build();
        Sip2Generators edgeCases = Sip2Generators.forCharset(StandardCharsets.UTF_8)
                .withConformance(Conformance.MODEL)
                .withEdgeCasesOnly();

        for (MessageType type : MessageType.values()) {
            Sip2Message message = edgeCases.message(type, random);
            assertEquals(message, lenientUtf8.decode(lenientUtf8.encode(message)), "-Dsip2.seed=" + seed + " " + type);
        }
    }

    @Test
    void theSameSeedGivesTheSameMessages() {
        long seed = Long.getLong("sip2.seed", new SplittableRandom().nextLong());
        Sip2Generators generators = Sip2Generators.forCharset(Sip2Codec.strict().charset());

        assertThat(generators.message(new SplittableRandom(seed)))
                .as("-Dsip2.seed=%d", seed)
                .isEqualTo(generators.message(new SplittableRandom(seed)));
    }

    @ParameterizedTest
    @Sip2MessageSource(types = {MessageType.CHECKOUT, MessageType.CHECKIN}, count = 50)
    void theStrictCodecRoundTripsCirculationRequests(Sip2Message request, TestInfo test) {
        Sip2Codec strict = Sip2Codec.strict();
        assertEquals(request, strict.decode(strict.encode(request)), test.getDisplayName());
        assertThat(test.getDisplayName())
                .matches("\\[\\d+] -Dsip2\\.seed=-?\\d+ (11 CheckoutRequest|09 CheckinRequest) #\\d+");
    }

    @Test
    void invalidFramesForEveryDecodeErrorReason() {
        long seed = Long.getLong("sip2.seed", new SplittableRandom().nextLong());
        List<Reason> reasons = new ArrayList<>();

        for (InvalidFrame frame : InvalidFrames.all(new SplittableRandom(seed))) {      // one per Reason, in enum order
            Sip2DecodeException e = assertThrows(Sip2DecodeException.class, frame::decode,
                    "-Dsip2.seed=" + seed + " " + frame);
            assertEquals(frame.reason(), e.reason());
            reasons.add(frame.reason());
        }

        InvalidFrame corrupted = InvalidFrames.example(Reason.CHECKSUM_MISMATCH);       // the same frame on every call
        assertTrue(corrupted.reason().resendable());                                    // corruption in transit: answer 96
        assertThat(reasons).containsExactly(Reason.values());
        assertThat(corrupted.bytes()).isEqualTo(InvalidFrames.example(Reason.CHECKSUM_MISMATCH).bytes());
        String tableRows = guide().lines().filter(line -> line.startsWith("| `")).collect(Collectors.joining("\n"));
        assertThat(Stream.of(Reason.values()).filter(reason -> !tableRows.contains("`" + reason + "`")))
                .as("reasons missing from the guide's table").isEmpty();
    }

    // ------------------------------------------------------------------ test authors: fakes in detail

    @Test
    void aFakeScWithRawFrames() {
        FakeSc kiosk = sc.sc();

        Optional<CapturedFrame> login = kiosk.sendRaw("9300CNkiosk1|COkiosk1-pass|AY0AZF52C");
        Optional<CapturedFrame> garbage = kiosk.sendRaw("11garbage");

        assertEquals(Optional.of("941AY0AZFDFD"), login.map(CapturedFrame::text));
        assertEquals(Optional.of("96"), garbage.map(CapturedFrame::code));
        assertThat(acs.acs().received()).extracting(CapturedFrame::code).containsExactly("93", "11");
        assertThat(acs.acs().received(MessageType.CHECKOUT).get(0).decodeError()).isPresent();
    }

    @Test
    void anyHandlersBehindAFakeAcs() {
        try (FakeAcs custom = FakeAcs.builder()
                .server(server -> server.onCheckout((request, session) -> Responses.checkout(request, session)
                        .ok(true)
                        .titleIdentifier("Anything")
                        .dueDate("20300101    235900")
                        .build()))
                .inject(RequestMatcher.type(MessageType.CHECKOUT),
                        Fault.delay(Duration.ofMillis(50)).and(Fault.split(3)))
                .start();
                FakeSc kiosk = FakeSc.connect(custom.address())) {
            CheckoutResponse response = kiosk.request(CheckoutRequest.builder()
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .institutionId("ANY").patronIdentifier("P").itemIdentifier("I")
                    .build());
            assertEquals("Anything", response.titleIdentifier());
            assertThat(kiosk.request(ScStatus.builder().build()).onlineStatus()).isTrue();
        }
    }

    // ------------------------------------------------------------------ the guide itself

    @Test
    void everyJavaBlockOfTheGuideIsInThisTest() throws IOException {
        List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        List<String> blocks = blocks("java");

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(20);
        for (String block : blocks) {
            int next = 0;
            for (String line : block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                int found = -1;
                for (int i = next; i < source.size() && found < 0; i++) {
                    if (source.get(i).endsWith(line)) {
                        found = i;
                    }
                }
                assertThat(found).as("guide line \"%s\" (block starting \"%s\") after line %d of this test",
                        line, block.lines().findFirst().orElse(""), next).isNotNegative();
                next = found + 1;
            }
        }
    }

    @Test
    void theMavenSnippetNamesTheVersionsThisProjectIsBuiltWith() throws IOException {
        String pom = Files.readString(ROOT_POM, StandardCharsets.UTF_8);
        String snippet = blocks("xml").get(0);

        assertThat(snippet)
                .contains("<version>" + property(pom, "<artifactId>sip2kit-parent</artifactId>\\s*<version>") + "<")
                .contains("<version>" + property(pom, "<junit.version>") + "<")
                .contains("<version>" + property(pom, "<assertj.version>") + "<")
                .contains("<artifactId>sip2-bom</artifactId>", "<artifactId>sip2-testkit</artifactId>");
    }

    private static String property(String pom, String openingTag) {
        Matcher matcher = Pattern.compile(openingTag + "([^<]+)<").matcher(pom);
        assertThat(matcher.find()).as("%s in the root pom", openingTag).isTrue();
        return matcher.group(1);
    }

    private static String guide() {
        try {
            return Files.readString(GUIDE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + GUIDE.toAbsolutePath(), e);
        }
    }

    /** {@return the contents of the guide's fenced blocks of the language, without their last line break} */
    private static List<String> blocks(String language) {
        Matcher matcher = Pattern.compile("```" + language + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(guide());
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static String withoutDateAndChecksum(String text) {
        return text.replaceAll("\\d{8} {4}\\d{6}", "<date>").replaceAll("AZ[0-9A-F]{4}", "AZ<checksum>");
    }
}
