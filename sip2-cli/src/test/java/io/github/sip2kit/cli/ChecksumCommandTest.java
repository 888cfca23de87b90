package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChecksumCommandTest {

    /** Reference §7 #1 (Login), with the checksum the reference gives. */
    private static final String LOGIN = "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B";

    static List<GoldenVectors.Vector> sealedGoldenVectors() {
        return GoldenVectors.all().stream()
                .filter(v -> new String(v.frame(), StandardCharsets.ISO_8859_1).matches(".*AZ[0-9A-F]{4}"))
                .toList();
    }

    @Test
    void computesTheChecksumOfAFrameWithoutTrailerOverTheTextAndAz() {
        Cli.Result result = Cli.run("checksum", "9300CNLoginUserID|COLoginPassword|CPLocationCode|", "--sequence", "5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("EC7B\n");
    }

    @Test
    void completesAFrameEndingInAyAz() {
        Cli.Result result = Cli.run("checksum", "--complete", "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZ");

        assertThat(result.stdout()).isEqualTo(LOGIN + "\n");
    }

    @Test
    void recomputesTheChecksumOfACompleteFrame() {
        Cli.Result result = Cli.run("checksum", "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZ0000");

        assertThat(result.stdout()).isEqualTo("EC7B\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedGoldenVectors")
    void verifiesEverySealedGoldenVector(GoldenVectors.Vector vector) {
        Cli.Result result = Cli.withInput(vector.frame(), "checksum", "--verify", "--charset", vector.charset());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).endsWith(" ok\n");
    }

    @Test
    void verifyReportsExpectedAndFoundAndExitsWith4OnAMismatch() {
        Cli.Result result = Cli.run("checksum", "--verify", LOGIN.replace("EC7B", "EC7C"));

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("sip2 checksum: checksum mismatch: expected AZEC7B, found AZEC7C\n");
    }

    @Test
    void verifyAcceptsLowerCaseDigitsAndRejectsAFrameWithoutChecksum() {
        assertThat(Cli.run("checksum", "--verify", LOGIN.replace("EC7B", "ec7b")).exitCode()).isZero();

        Cli.Result none = Cli.run("checksum", "--verify", "9900802.00");

        assertThat(none.exitCode()).isEqualTo(4);
        assertThat(none.stderr()).contains("no checksum at the end of the frame");
    }

    @Test
    void sumsTheBytesOfTheChosenCharset() {
        String frame = "24              00120240115    103000AOMAIN|AA1|AEMüller|BLY|AY1AZ";

        String ibm850 = Cli.run("checksum", frame).stdout();
        String utf8 = Cli.run("checksum", "--charset", "UTF-8", frame).stdout();

        assertThat(ibm850).isNotEqualTo(utf8);
        assertThat(Cli.run("checksum", "--verify", "--charset", "UTF-8", frame + utf8.strip()).exitCode()).isZero();
    }
}
