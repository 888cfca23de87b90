package io.github.sip2kit.testkit.library;

import java.util.Objects;
import java.util.Optional;

/** Checks shared by the result records. */
final class Results {

    private Results() {}

    static void checkRefusal(boolean ok, Optional<RefusalReason> refusal) {
        Objects.requireNonNull(refusal, "refusal");
        if (ok == refusal.isPresent()) {
            throw new IllegalArgumentException("refusal: " + refusal.map(Enum::name).orElse("absent")
                    + " (expected: " + (ok ? "absent when ok" : "present when refused") + ")");
        }
    }
}
