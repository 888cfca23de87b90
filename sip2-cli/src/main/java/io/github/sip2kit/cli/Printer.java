package io.github.sip2kit.cli;

import io.github.sip2kit.core.MessageType;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/**
 * Prints frames for people: a header with code, type and trailer, then the fixed fields, then the tagged fields
 * (id, name, value), values aligned in one column; ANSI colours when asked. Passwords are masked unless revealed.
 */
final class Printer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String CYAN = "\u001b[36m";
    private static final String INDENT = "  ";

    private final PrintStream out;
    private final boolean colour;
    private final boolean revealSecrets;

    Printer(PrintStream out, boolean colour, boolean revealSecrets) {
        this.out = out;
        this.colour = colour;
        this.revealSecrets = revealSecrets;
    }

    /** Prints a line that shows what was sent, dimmed. */
    void sent(String redactedText) {
        out.println(style(DIM, "> " + redactedText));
    }

    void print(FrameView view) {
        StringBuilder trailer = new StringBuilder();
        view.sequenceNumber().ifPresent(seq -> trailer.append("AY").append(seq).append(' '));
        trailer.append(view.checksum() ? "AZ present" : "no checksum");
        print(view, trailer.toString());
    }

    /**
     * Prints a frame.
     *
     * @param trailer what to say about its AY/AZ trailer, in the header line
     */
    void print(FrameView view, String trailer) {
        String header = view.code() + " " + view.type().map(Printer::title).orElse("(unknown message)");
        out.println(style(BOLD, header) + "  " + style(DIM, "(" + trailer + ")"));

        int width = 4;
        for (FrameView.FixedValue f : view.fixed()) {
            width = Math.max(width, f.displayName().length());
        }
        for (FrameView.FieldValue f : view.fields()) {
            width = Math.max(width, 4 + f.displayName().length());
        }
        print(view, width);
    }

    private void print(FrameView view, int width) {
        for (FrameView.FixedValue f : view.fixed()) {
            out.println(INDENT + StringUtils.rightPad(f.displayName(), width) + "  " + value(f.value()));
        }
        for (FrameView.FieldValue f : view.fields()) {
            out.println(INDENT + style(CYAN, f.id()) + "  " + StringUtils.rightPad(f.displayName(), width - 4) + "  "
                    + value(FrameJson.shown(f, revealSecrets)));
        }
        view.body().ifPresent(body -> out.println(INDENT + StringUtils.rightPad("body", width) + "  "
                + value(revealSecrets ? body : Sip2Text.redactBody(view.code(), body))));
        long empty = view.fieldOrder().stream().filter(String::isEmpty).count();
        if (empty > 0) {
            out.println(INDENT + style(DIM, "(" + empty + " empty field" + (empty > 1 ? "s" : "")
                    + ": a stray delimiter)"));
        }
    }

    /** Prints a one-line remark, dimmed. */
    void note(String text) {
        out.println(style(DIM, text));
    }

    private String value(String value) {
        if (value.isEmpty()) {
            return style(DIM, "(empty)");
        }
        if (value.isBlank()) {
            return style(DIM, "(" + value.length() + " blanks)");
        }
        return value;
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    /** {@return "Checkout Response" for CHECKOUT_RESPONSE; "SC" and "ACS" stay upper case} */
    static String title(MessageType type) {
        String[] words = type.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder title = new StringBuilder();
        for (String word : words) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(word.equals("sc") || word.equals("acs") ? word.toUpperCase(Locale.ROOT)
                    : StringUtils.capitalize(word));
        }
        return title.toString();
    }
}
