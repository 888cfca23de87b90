package io.github.sip2kit.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Strings;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion in {@code sip2 shell}: the first word completes to a short-form name ({@code checkout},
 * {@code patron-status}, ...) or a shell command ({@code help}, {@code quit}, {@code exit}); later words of a short
 * form complete to the keys it takes and that the line does not have yet ({@code patron=}, {@code item=}, ...).
 * Raw frames are not completed.
 */
final class ShellCompleter implements Completer {

    /** The shell's own commands, completed next to the short forms. */
    static final List<String> SHELL_COMMANDS = List.of("help", "quit", "exit");

    /** One short form as completion sees it: its name, what it sends (such as {@code Checkout (11)}), its keys. */
    record Form(String name, String summary, List<String> required, List<String> keys) {}

    private final Map<String, Form> forms;

    /** Completion of the short forms {@link ShortForms#help()} lists. */
    ShellCompleter() {
        this.forms = forms(ShortForms.help());
    }

    /**
     * {@return the short forms read from their help lines} Each form has a usage line such as
     * {@code checkout patron= item= [pin=]} followed by an indented summary; every form also takes
     * {@code institution=}, which the usage leaves out.
     */
    static Map<String, Form> forms(List<String> help) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (int i = 0; i + 1 < help.size(); i += 2) {
            String[] words = StringUtils.split(help.get(i), ' ');
            List<String> required = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int w = 1; w < words.length; w++) {
                boolean optional = words[w].startsWith("[");
                String key = Strings.CS.removeEnd(StringUtils.strip(words[w], "[]"), "=");
                keys.add(key);
                if (!optional) {
                    required.add(key);
                }
            }
            keys.add("institution");
            forms.put(words[0], new Form(words[0], StringUtils.substringBefore(help.get(i + 1).strip(), ";"),
                    List.copyOf(required),
                    List.copyOf(keys)));
        }
        return forms;
    }

    /** {@return the short forms this completer offers, by name, in help order} */
    Map<String, Form> forms() {
        return forms;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (Form form : forms.values()) {
                candidates.add(new Candidate(form.name(), form.name(), "requests", form.summary(), null, null, true));
            }
            for (String command : SHELL_COMMANDS) {
                candidates.add(new Candidate(command, command, "shell", null, null, null, true));
            }
            return;
        }
        Form form = forms.get(line.words().get(0));
        if (form == null) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (int w = 1; w < line.words().size(); w++) {
            String word = line.words().get(w);
            if (w != line.wordIndex() && word.indexOf('=') > 0) {
                present.add(word.substring(0, word.indexOf('=')));
            }
        }
        for (String key : form.keys()) {
            if (!present.contains(key)) {
                // Not complete: the cursor stays after the '=' for the value.
                candidates.add(new Candidate(key + "=", key + "=", null,
                        form.required().contains(key) ? "required" : null, null, null, false));
            }
        }
    }
}
