package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.core.Direction;
import io.github.sip2kit.core.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Renders {@code docs/messages.md} from the message table and fails when the checked-in file differs, so the
 * reference cannot drift from the codec. Run with {@code -Dsip2.updateDocs=true} to rewrite the file.
 */
class MessageReferenceDocTest {

    static final String UPDATE_PROPERTY = "sip2.updateDocs";

    static final String REGENERATE_COMMAND =
            "./mvnw -B -pl sip2-core,sip2-codec test -Dtest=MessageReferenceDocTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

    @Test
    void checkedInMessageReferenceMatchesTheMessageTable() throws IOException {
        Path file = repositoryRoot().resolve("docs").resolve("messages.md");
        String rendered = render();

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " is missing. Generate it with:\n    " + REGENERATE_COMMAND);
        }
        String checkedIn = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!checkedIn.equals(rendered)) {
            fail(file + " is out of date with the message table (MessageSpec): first difference at line "
                    + firstDifferentLine(checkedIn, rendered) + ". Regenerate it with:\n    " + REGENERATE_COMMAND
                    + "\nand commit the result.");
        }
    }

    @Test
    void renderingListsEveryMessageWithItsFields() {
        String rendered = render();

        for (MessageType type : MessageType.values()) {
            assertThat(rendered).contains("\n## " + type.code() + " " + title(type) + "\n");
        }
        assertThat(rendered)
                .contains("| 3 | 1 | card retained | Y or N |")
                .contains("| AO | institution id | required | text |")
                .contains("| AF | screen message | repeatable | text |")
                .contains("| CR | collection code *(extension)* | optional | text |")
                .contains("## 99 SC Status")
                .contains("## 97 Request ACS Resend");
    }

    @Test
    void repositoryRootIsFoundFromTheWorkingDirectory() {
        assertThat(repositoryRoot().resolve("sip2-codec")).isDirectory();
    }

    /** {@return the nearest directory, from the working directory upwards, that contains {@code sip2-codec}} */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sip2-codec"))) {
                return d;
            }
        }
        throw new IllegalStateException("no directory containing sip2-codec above " + dir);
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return n + 1;
    }

    // ------------------------------------------------------------------ rendering

    /** {@return the message name as the spec writes it, such as "Request ACS Resend"} */
    static String title(MessageType type) {
        return Arrays.stream(type.name().split("_"))
                .map(w -> w.equals("SC") || w.equals("ACS")
                        ? w
                        : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    private static String anchor(MessageType type) {
        return "#" + (type.code() + " " + title(type)).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String link(MessageType type) {
        return "[" + type.code() + " " + title(type) + "](" + anchor(type) + ")";
    }

    private static String direction(MessageType type) {
        return type.direction() == Direction.SC_TO_ACS ? "SC → ACS" : "ACS → SC";
    }

    private static List<MessageType> requestsAnsweredBy(MessageType response) {
        List<MessageType> requests = new ArrayList<>();
        for (MessageType t : MessageType.values()) {
            if (t.responseType().filter(r -> r == response).isPresent()) {
                requests.add(t);
            }
        }
        return requests;
    }

    private static String pairing(MessageType type) {
        if (type == MessageType.REQUEST_ACS_RESEND) {
            return "answered by the ACS's last response, sent again (a 96 if it has sent none)";
        }
        if (type == MessageType.REQUEST_SC_RESEND) {
            return "sent instead of a response; the SC resends its last request";
        }
        if (type.direction() == Direction.SC_TO_ACS) {
            return "answered by " + link(type.responseType().orElseThrow());
        }
        return "answers " + requestsAnsweredBy(type).stream().map(MessageReferenceDocTest::link)
                .collect(Collectors.joining(" and "));
    }

    private static String shortPairing(MessageType type) {
        if (type == MessageType.REQUEST_ACS_RESEND) {
            return "last response";
        }
        if (type.direction() == Direction.SC_TO_ACS) {
            return "→ " + type.responseType().orElseThrow().code();
        }
        List<MessageType> requests = requestsAnsweredBy(type);
        return requests.isEmpty()
                ? "—"
                : "← " + requests.stream().map(MessageType::code).collect(Collectors.joining(", "));
    }

    private static String occurrence(MessageSpec.Tagged t) {
        return t.occurrence().name().toLowerCase(Locale.ROOT);
    }

    static String render() {
        List<MessageType> types = Arrays.stream(MessageType.values())
                .sorted(Comparator.comparing(MessageType::code))
                .toList();
        StringBuilder out = new StringBuilder(32_768);
        out.append("# SIP2 message reference\n\n");
        out.append("Every message of SIP 2.00 as sip2kit's codec reads and writes it: the fixed fields with their\n");
        out.append("columns and widths, and the tagged fields with their ids, occurrence and value format.\n\n");
        out.append("This file is generated from the codec's message table (`MessageSpec` in\n");
        out.append("`io.github.sip2kit.codec.internal`) by `MessageReferenceDocTest`, which fails when the file no\n");
        out.append("longer matches the table. Do not edit it by hand; regenerate it from the repository root with\n\n");
        out.append("```\n").append(REGENERATE_COMMAND).append("\n```\n\n");
        out.append("How to read the tables:\n\n");
        out.append("- Columns are 1-based and count from the first character of the two-digit message code, as the\n");
        out.append("  spec's tables do; the fixed fields follow the code without ids or delimiters.\n");
        out.append("- Tagged fields are listed in the order the spec gives them, which is the order the encoder\n");
        out.append("  writes; receivers accept any order. Each value ends with the field delimiter (`|` by default).\n");
        out.append("- *required* fields are always sent, possibly empty (`AC|`); *optional* fields are omitted\n");
        out.append("  when absent; *repeatable* fields may occur any number of times.\n");
        out.append("- Fields marked *(extension)* are not assigned by SIP 2.00 but used with the same meaning by\n");
        out.append("  several systems; other unknown fields are kept verbatim as raw fields.\n");
        out.append("- With error detection on, every message ends with `AY<sequence digit>AZ<four hex digits>`;\n");
        out.append("  96 and 97 carry only `AZ<four hex digits>`.\n\n");

        out.append("| Code | Message | Direction | Pairing | Fixed part |\n");
        out.append("|---|---|---|---|---|\n");
        for (MessageType type : types) {
            out.append("| ").append(type.code())
                    .append(" | [").append(title(type)).append("](").append(anchor(type)).append(")")
                    .append(" | ").append(direction(type))
                    .append(" | ").append(shortPairing(type))
                    .append(" | ").append(MessageSpec.of(type).fixedLength())
                    .append(" |\n");
        }

        for (MessageType type : types) {
            MessageSpec spec = MessageSpec.of(type);
            out.append("\n## ").append(type.code()).append(' ').append(title(type)).append("\n\n");
            out.append(direction(type)).append(", ").append(pairing(type)).append(". Record: `")
                    .append(type.messageClass().getSimpleName()).append("`.\n\n");

            if (spec.fixedFields().isEmpty()) {
                out.append("No fixed fields.\n\n");
            } else {
                out.append("Fixed fields (").append(spec.fixedLength()).append(" characters after the code):\n\n");
                out.append("| Column | Width | Field | Value |\n");
                out.append("|---|---|---|---|\n");
                for (MessageSpec.Fixed f : spec.fixedFields()) {
                    out.append("| ").append(f.offset() + 1)
                            .append(" | ").append(f.width())
                            .append(" | ").append(f.displayName())
                            .append(" | ").append(f.codec().description())
                            .append(" |\n");
                }
                out.append('\n');
            }

            if (spec.taggedFields().isEmpty()) {
                out.append("No tagged fields.\n");
            } else {
                out.append("Tagged fields:\n\n");
                out.append("| Id | Field | Occurrence | Value |\n");
                out.append("|---|---|---|---|\n");
                for (MessageSpec.Tagged t : spec.taggedFields()) {
                    out.append("| ").append(t.id().code())
                            .append(" | ").append(t.id().displayName())
                            .append(t.id().isExtension() ? " *(extension)*" : "")
                            .append(" | ").append(occurrence(t))
                            .append(" | ").append(t.codec().description())
                            .append(" |\n");
                }
            }
        }
        return out.toString();
    }
}
