package io.github.sip2kit.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Configures the SLF4J simple logger before the first logger exists: warnings and errors only, on standard error,
 * or everything down to DEBUG (the kits' lifecycle and their redacted traffic log) with {@code --verbose}.
 */
final class Logging {

    private static final List<String> VERBOSE = List.of("-v", "--verbose");

    private Logging() {}

    static void configure(String[] args) {
        boolean verbose = Arrays.stream(args).anyMatch(VERBOSE::contains);
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.io.netty", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
