package io.github.sip2kit.benchmarks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of the load tools' command lines. Every option is checked against the tool's
 * known names and ranges, so a typo fails at once instead of running a different test.
 */
final class Options {

    private final String tool;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String tool) {
        this.tool = tool;
    }

    /**
     * Parses {@code --name value} pairs and {@code --flag} switches.
     *
     * @param tool the tool's name, for messages
     * @param args the command line
     * @param valued the names that take a value
     * @param flags the names that take none
     * @return the options
     */
    static Options parse(String tool, String[] args, Set<String> valued, Set<String> flags) {
        Options options = new Options(tool);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException(tool + ": argument: " + arg + " (expected: --name value)");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                String value = name.substring(eq + 1);
                name = name.substring(0, eq);
                if (!valued.contains(name)) {
                    throw unknown(tool, arg, valued, flags);
                }
                options.values.put(name, value);
            } else if (flags.contains(name)) {
                options.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(tool + ": --" + name + ": missing value");
                }
                options.values.put(name, args[++i]);
            } else {
                throw unknown(tool, arg, valued, flags);
            }
        }
        return options;
    }

    private static IllegalArgumentException unknown(String tool, String arg, Set<String> valued, Set<String> flags) {
        return new IllegalArgumentException(tool + ": option: " + arg + " (expected one of: --"
                + String.join(", --", valued) + (flags.isEmpty() ? "" : ", --" + String.join(", --", flags)) + ")");
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    int integer(String name, int defaultValue, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    tool + ": --" + name + ": " + text + " (expected: an integer from " + min + " to " + max + ")", e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    tool + ": --" + name + ": " + value + " (expected: from " + min + " to " + max + ")");
        }
        return value;
    }

    /** Seconds, as {@code 30} or {@code 30s}, or minutes as {@code 2m}. */
    Duration duration(String name, Duration defaultValue, Duration min, Duration max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        Duration value;
        try {
            if (text.endsWith("ms")) {
                value = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("m")) {
                value = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("s")) {
                value = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                value = Duration.ofSeconds(Long.parseLong(text));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    tool + ": --" + name + ": " + text + " (expected: seconds, such as 30 or 30s, or 2m)", e);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(tool + ": --" + name + ": " + text + " (expected: from "
                    + min.toSeconds() + " s to " + max.toSeconds() + " s)");
        }
        return value;
    }

    /** A host that must be a loopback address: the tools never load anything but this machine. */
    InetAddress loopbackHost(String name, String defaultValue) {
        String text = string(name, defaultValue);
        InetAddress address;
        try {
            address = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(tool + ": --" + name + ": " + text + " (expected: a loopback address)", e);
        }
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException(tool + ": --" + name + ": " + text
                    + " (expected: a loopback address such as 127.0.0.1; the load tools only load this machine)");
        }
        return address;
    }
}
