package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecodeEncodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PATRON_STATUS = "2300120240115    103000AOMAIN|AA21234567890|AC|AD1234|AY1AZF238";

    static List<GoldenVectors.Vector> goldenVectors() {
        return GoldenVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenVectors")
    void everyGoldenVectorSurvivesDecodeToJsonAndEncodeByteForByte(GoldenVectors.Vector vector) {
        Cli.Result decoded = Cli.withInput(vector.frame(), "decode", "--reveal-secrets", "--charset", vector.charset());
        assertThat(decoded.exitCode()).as("%s", decoded).isZero();

        Cli.Result encoded = Cli.withInput(decoded.stdoutBytes(), "encode", "--charset", vector.charset());

        assertThat(encoded.exitCode()).as("%s", encoded).isZero();
        byte[] expected = Arrays.copyOf(vector.frame(), vector.frame().length + 1);
        expected[expected.length - 1] = '\n';
        assertThat(new String(encoded.stdoutBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
        assertThat(encoded.stdoutBytes()).isEqualTo(expected);
    }

    @Test
    void decodeWritesOneJsonObjectPerFrameWithPasswordsMasked() {
        String frame = checksummed("2300120240115    103000AOMAIN|AA21234567890|AC|AD1234|AY1AZ");

        Cli.Result result = Cli.withInput(frame + "\r", "decode");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).isEqualTo("{\"code\":\"23\",\"type\":\"PATRON_STATUS_REQUEST\","
                + "\"sequenceNumber\":1,"
                + "\"checksum\":\"present\",\"fieldOrder\":[\"AO\",\"AA\",\"AC\",\"AD\"],"
                + "\"fixed\":{\"language\":\"001\",\"transactionDate\":\"20240115    103000\"},"
                + "\"fields\":[{\"id\":\"AO\",\"name\":\"institutionId\",\"value\":\"MAIN\"},"
                + "{\"id\":\"AA\",\"name\":\"patronIdentifier\",\"value\":\"21234567890\"},"
                + "{\"id\":\"AC\",\"name\":\"terminalPassword\",\"value\":\"\"},"
                + "{\"id\":\"AD\",\"name\":\"patronPassword\",\"value\":\"****\"}]}\n");
    }

    @Test
    void encodingAMaskedPasswordFailsWithAClearErrorAndExitCode4() {
        String frame = checksummed("2300120240115    103000AOMAIN|AA21234567890|AC|AD1234|AY1AZ");
        Cli.Result masked = Cli.withInput(frame, "decode");

        Cli.Result encoded = Cli.withInput(masked.stdoutBytes(), "encode");

        assertThat(encoded.exitCode()).isEqualTo(4);
        assertThat(encoded.stdout()).isEmpty();
        assertThat(encoded.stderr()).isEqualTo("sip2 encode: frame 1: \"fields\"[3]: the AD password is masked (****);"
                + " decode with --reveal-secrets to keep passwords you mean to encode\n");
    }

    @Test
    void decodeNamesUnknownFieldsAndKeepsAnUnknownMessageBodyVerbatim() throws Exception {
        Cli.Result result = Cli.withInput("9900802.00XXvendor|\nXS20240115    103000AOMAIN|ACsecret|\n", "decode");

        assertThat(result.exitCode()).as("%s", result).isZero();
        String[] lines = result.stdout().split("\n");
        JsonNode status = JSON.readTree(lines[0]);
        assertThat(status.get("fields").get(0).toString())
                .isEqualTo("{\"id\":\"XX\",\"name\":\"unknown\",\"value\":\"vendor\"}");
        JsonNode unknown = JSON.readTree(lines[1]);
        assertThat(unknown.get("type").asText()).isEqualTo("UNKNOWN");
        assertThat(unknown.get("body").asText()).isEqualTo("20240115    103000AOMAIN|AC****|");
    }

    @Test
    void aMalformedFrameIsReportedWithItsReasonAndTheOthersAreStillDecoded() {
        String bad = "9900802.00AY1AZ0000";
        Cli.Result result = Cli.withInput(bad + "\n9900802.00\n", "decode");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout().lines()).hasSize(1).allMatch(line -> line.startsWith("{\"code\":\"99\""));
        assertThat(result.stderr())
                .startsWith("sip2 decode: frame 1: CHECKSUM_MISMATCH: checksum AZ is 0000 (expected: ");
    }

    @Test
    void decodeTextPrintsFixedThenTaggedFieldsWithNamesAligned() {
        String frame = checksummed("2300120240115    103000AOMAIN|AA21234567890|AC|AD1234|AY1AZ");

        Cli.Result result = Cli.withInput(frame, "decode", "--text");

        assertThat(result.stdout()).isEqualTo(String.join("\n",
                "23 Patron Status Request  (AY1 AZ present)",
                "  language               001",
                "  transaction date       20240115    103000",
                "  AO  institution id     MAIN",
                "  AA  patron identifier  21234567890",
                "  AC  terminal password  (empty)",
                "  AD  patron password    ****",
                ""));
    }

    @Test
    void encodeSealsAFrameWhenTheChecksumIsPresentAndKeepsTheListOrderWithoutFieldOrder() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(Cli.withInput(PATRON_STATUS_UNSEALED, "decode", "--reveal-secrets")
                .stdout());
        node.remove("fieldOrder");
        node.put("sequenceNumber", 1);
        node.put("checksum", "present");

        Cli.Result result = Cli.withInput(node.toString(), "encode");

        assertThat(result.stdout()).isEqualTo(PATRON_STATUS + "\n");
        assertThat(Cli.run("checksum", "--verify", PATRON_STATUS).exitCode()).isZero();
    }

    private static final String PATRON_STATUS_UNSEALED = "2300120240115    103000AOMAIN|AA21234567890|AC|AD1234|";

    @Test
    void encodeNamesWhatIsWrongWithAnObject() {
        assertThat(Cli.withInput("{\"code\":\"99\",\"fixed\":{\"statusCode\":\"0\",\"maxPrintWidth\":\"80\","
                + "\"protocolVersion\":\"2.00\"}}", "encode").stderr())
                .isEqualTo("sip2 encode: frame 1: \"fixed\".\"maxPrintWidth\": '80' has 2 characters (expected: 3)\n");
        assertThat(Cli.withInput("{\"code\":\"99\",\"fixed\":{\"statusCode\":\"0\",\"maxPrintWidth\":\"080\","
                + "\"protocolVersion\":\"2.00\",\"colour\":\"red\"}}", "encode").stderr())
                .isEqualTo("sip2 encode: frame 1: \"fixed\".\"colour\": not a fixed field of message 99 (expected: "
                        + "statusCode, maxPrintWidth, protocolVersion)\n");
        assertThat(Cli.withInput("{\"code\":\"99\",\"type\":\"LOGIN\"}", "encode").stderr())
                .isEqualTo("sip2 encode: frame 1: \"type\": LOGIN does not match code 99 (expected: SC_STATUS)\n");
        Cli.Result notJson = Cli.withInput("{\"code\":", "encode");
        assertThat(notJson.exitCode()).isEqualTo(4);
        assertThat(notJson.stderr()).startsWith("sip2 encode: not JSON after frame 0: ");
    }

    @Test
    void encodeReadsPrettyPrintedObjectsAndArraysAndWritesTheChosenTerminator() {
        String pretty = Cli.withInput("9900802.00\n9900802.00AY1AZFCA0\n", "decode", "--pretty").stdout();
        assertThat(pretty).contains("\n  \"code\" : \"99\",\n");

        String array = "[" + pretty.replace("}\n{", "},\n{") + "]";
        Cli.Result result = Cli.withInput(array, "encode", "--terminator", "crlf");

        assertThat(result.stdout()).isEqualTo("9900802.00\r\n9900802.00AY1AZFCA0\r\n");
    }

    private static String checksummed(String upToAz) {
        return upToAz + Cli.run("checksum", upToAz).stdout().strip();
    }
}
