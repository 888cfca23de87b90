package io.github.sip2kit.testkit;

import io.github.sip2kit.core.Sip2Message;
import org.assertj.core.api.Assertions;

/**
 * AssertJ entry point for SIP2 messages and frames. It extends AssertJ's {@link Assertions}, so one static import
 * gives both; import it <em>instead of</em> {@code Assertions}, since {@link #assertThat(String)} here replaces
 * AssertJ's string assertions with {@link Sip2WireAssert}, which still has all of them:
 *
 * <pre>{@code
 * import static io.github.sip2kit.testkit.Sip2Assertions.assertThat;
 *
 * assertThat(Sip2Fixtures.checkoutRequest().build())
 *         .encodesTo("11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|")
 *         .hasField(FieldId.PATRON_IDENTIFIER, "PAT-0001")
 *         .hasFixedField("noBlock", false);
 * assertThat("9900802.00AY1AZFCA0").decodesTo(expectedScStatus);
 * }</pre>
 *
 * <p>When two frames differ, the failure message prints both under a column ruler with the first differing column
 * marked by a caret; passwords (AC, AD, CO) are masked in every message. AssertJ is an optional dependency of the
 * testkit: add {@code assertj-core} to use this class.
 */
public class Sip2Assertions extends Assertions {

    /** Only static methods; subclasses may add their own entry points. */
    protected Sip2Assertions() {
    }

    /**
     * {@return assertions on a message: its encoding and its fields}
     *
     * @param actual the message, may be null (the assertions then fail)
     */
    public static Sip2MessageAssert assertThat(Sip2Message actual) {
        return new Sip2MessageAssert(actual);
    }

    /**
     * {@return assertions on a frame's text: what it decodes to, plus every AssertJ string assertion}
     *
     * @param actual the frame text, with or without terminator; may be null (the assertions then fail)
     */
    public static Sip2WireAssert assertThat(String actual) {
        return new Sip2WireAssert(actual);
    }
}
