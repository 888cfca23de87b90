package io.github.sip2kit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a short-form line into words at blanks; a double- or single-quoted part keeps its blanks
 * ({@code message="Card left behind"}), and the quotes are removed.
 */
final class Words {

    private Words() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw CliException.usage("unbalanced " + quote + " quote (expected: a closing " + quote + ")");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
