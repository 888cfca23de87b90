package io.github.sip2kit.testkit;

import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The JUnit 5 arguments provider behind {@link Sip2MessageSource}; JUnit creates it, tests do not use it directly.
 */
public final class Sip2MessageArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<Sip2MessageSource> {

    /** The system property that fixes the seed of every seeded test, {@code sip2.seed}. */
    public static final String SEED_PROPERTY = "sip2.seed";


    private Sip2MessageSource source;

    /** Creates the provider; JUnit then passes it the annotation. */
    public Sip2MessageArgumentsProvider() {
    }

    /**
     * Takes the annotation of the test method.
     *
     * @param annotation the test method's {@link Sip2MessageSource}
     */
    @Override
    public void accept(Sip2MessageSource annotation) {
        this.source = Objects.requireNonNull(annotation, "annotation");
    }

    /**
     * {@return one {@link Named} message per invocation, named {@code -Dsip2.seed=N <code> <record> #<n>}}
     *
     * @param parameters the test method's parameters
     * @param context the test's extension context
     * @throws IllegalArgumentException if the count is negative or the charset unknown
     */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Objects.requireNonNull(source, "source");
        if (source.count() < 0) {
            throw new IllegalArgumentException("count: " + source.count() + " (expected: 0 or more)");
        }
        List<MessageType> types = source.types().length == 0 ? List.of(MessageType.values()) : List.of(source.types());
        Sip2Generators generators = Sip2Generators.forCharset(Charset.forName(source.charset()))
                .withConformance(source.conformance());
        Sip2Generators chosen = source.edgeCasesOnly() ? generators.withEdgeCasesOnly() : generators;
        long seed = seed(source.seed());
        return IntStream.range(0, source.count()).mapToObj(n -> {
            MessageType type = types.get(n % types.size());
            // Each message gets its own, well-mixed seed: seed + n * gamma would give message n + 1 the random values
            // of message n shifted by one, since that is SplittableRandom's own step.
            Sip2Message message = chosen.message(type, new SplittableRandom(mix(seed + n)));
            String name = "-D" + SEED_PROPERTY + "=" + seed + " " + type.code() + " "
                    + type.messageClass().getSimpleName() + " #" + n;
            return Arguments.of(Named.of(name, message));
        });
    }

    /** {@return the seed: {@code -Dsip2.seed} if set, else the annotation's, else a random one} */
    static long seed(long annotated) {
        String property = System.getProperty(SEED_PROPERTY);
        if (property != null && !property.isBlank()) {
            try {
                return Long.parseLong(property.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        SEED_PROPERTY + ": " + property + " (expected: a decimal long)", e);
            }
        }
        return annotated == Sip2MessageSource.RANDOM_SEED ? new SplittableRandom().nextLong() : annotated;
    }

    /** SplitMix64's finalizer: spreads consecutive inputs over unrelated states. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
