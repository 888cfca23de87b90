package io.github.sip2kit.testkit.library;

/**
 * An institution: a library system or member library, named by SIP2's institution id field ({@code AO}).
 *
 * @param id the institution id, such as {@code "MAIN"}; not blank
 * @param name the display name, such as {@code "Central Library"}; not blank
 */
public record Institution(String id, String name) {

    /**
     * Checks the components.
     *
     * @param id the institution id, such as {@code "MAIN"}; not blank
     * @param name the display name, such as {@code "Central Library"}; not blank
     * @throws IllegalArgumentException if a component is blank
     */
    public Institution {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
    }
}
