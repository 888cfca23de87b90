package io.github.sip2kit.testkit.library;

import java.util.Objects;
import java.util.Optional;

/**
 * What a hold is for: one copy (SIP2's item identifier, {@code AB}) or any copy of a title (SIP2's title
 * identifier, {@code AJ}). Exactly one of the two is present. A title matches an item whose title equals it,
 * ignoring case and surrounding blanks.
 *
 * @param itemId the identifier of the wanted copy, or empty for a title hold
 * @param title the wanted title, or empty for a copy hold
 */
public record HoldTarget(Optional<String> itemId, Optional<String> title) {

    /**
     * Checks that exactly one of the components is present and not blank.
     *
     * @param itemId the identifier of the wanted copy, or empty for a title hold
     * @param title the wanted title, or empty for a copy hold
     * @throws IllegalArgumentException if both or neither are present, or the present one is blank
     */
    public HoldTarget {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(title, "title");
        if (itemId.isPresent() == title.isPresent()) {
            throw new IllegalArgumentException(
                    "hold target: " + (itemId.isPresent() ? "item and title" : "neither item nor title")
                            + " (expected: exactly one)");
        }
        itemId.ifPresent(id -> Checks.notBlank(id, "itemId"));
        title.ifPresent(t -> Checks.notBlank(t, "title"));
    }

    /**
     * {@return a target naming one copy}
     *
     * @param itemId the item identifier
     */
    public static HoldTarget item(String itemId) {
        return new HoldTarget(Optional.of(itemId), Optional.empty());
    }

    /**
     * {@return a target naming any copy of a title}
     *
     * @param title the title
     */
    public static HoldTarget title(String title) {
        return new HoldTarget(Optional.empty(), Optional.of(title));
    }
}
