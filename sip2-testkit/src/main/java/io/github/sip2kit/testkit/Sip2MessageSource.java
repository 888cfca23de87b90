package io.github.sip2kit.testkit;

import io.github.sip2kit.core.MessageType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds generated messages from {@link Sip2Generators} to a JUnit 5 {@code @ParameterizedTest} whose single parameter
 * is a {@link io.github.sip2kit.core.Sip2Message} (or the record class of the only listed type):
 *
 * <pre>{@code
 * @ParameterizedTest
 * @Sip2MessageSource(types = {MessageType.CHECKOUT, MessageType.CHECKIN}, count = 100)
 * void handlesEveryRequest(Sip2Message request) {
 *     ...
 * }
 * }</pre>
 *
 * <p>The seed is {@code -Dsip2.seed=N} when that system property is set (to replay a failure), else {@link #seed()}
 * when set, else a random one. Each invocation's display name starts with {@code -Dsip2.seed=N} and names the message
 * type and its index, and message {@code n} depends only on the seed and {@code n}, so a failing case can be replayed.
 *
 * <p>Needs {@code junit-jupiter-params} 5.13 or newer on the test class path; the testkit declares it optional.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(Sip2MessageArgumentsProvider.class)
public @interface Sip2MessageSource {

    /** The value of {@link #seed()} that asks for a random seed (or the one of {@code -Dsip2.seed}). */
    long RANDOM_SEED = Long.MIN_VALUE;

    /**
     * {@return the message types to generate, taken in turn; empty (the default) for all 31}
     */
    MessageType[] types() default {};

    /** {@return how many messages to generate in all, the types taken in turn; 100 by default} */
    int count() default 100;

    /** {@return the seed; by default {@link #RANDOM_SEED}, a random one. {@code -Dsip2.seed=N} overrides it} */
    long seed() default RANDOM_SEED;

    /** {@return the name of the charset every generated text must be encodable in; IBM850 by default} */
    String charset() default "IBM850";

    /** {@return how far values may leave the spec; {@link Conformance#SPEC} by default} */
    Conformance conformance() default Conformance.SPEC;

    /** {@return whether to draw only edge cases (see {@link Sip2Generators#withEdgeCasesOnly()}); false by default} */
    boolean edgeCasesOnly() default false;
}
