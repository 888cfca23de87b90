/**
 * The {@code sip2} command: talk to a SIP2 server by hand or by script, decode and encode frames as JSON, compute
 * and verify checksums, generate test messages and run the demo server. An application, not a library: it exports
 * nothing, and its only public type is the main class {@code io.github.sip2kit.cli.Sip2Cli}.
 *
 * <p>The command classes are opened to picocli, which reads their annotations and sets their fields.
 *
 * <p>JLine ({@code org.jline}, the line editor of {@code sip2 shell}) has no module descriptor; its jar names the
 * automatic module {@code org.jline} in its manifest, a stable name, so the warning about requiring an automatic
 * module is suppressed.
 */
@SuppressWarnings("requires-automatic")
module io.github.sip2kit.cli {
    requires io.github.sip2kit.client;
    requires io.github.sip2kit.server;
    requires io.github.sip2kit.testkit;
    requires info.picocli;
    requires org.jline;
    requires java.logging;
    requires org.apache.commons.lang3;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    opens io.github.sip2kit.cli to info.picocli;
}
