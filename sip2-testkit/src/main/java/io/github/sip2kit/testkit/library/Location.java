package io.github.sip2kit.testkit.library;

/**
 * A branch or shelving location of an institution. Location codes are what SIP2 carries in its current
 * location ({@code AP}), permanent location ({@code AQ}) and pickup location ({@code BS}) fields.
 *
 * @param code the location code, unique across the library, such as {@code "MAIN-ADULT"}; not blank
 * @param name the display name; not blank
 * @param institutionId the id of the institution the location belongs to; not blank
 */
public record Location(String code, String name, String institutionId) {

    /**
     * Checks the components.
     *
     * @param code the location code, unique across the library, such as {@code "MAIN-ADULT"}; not blank
     * @param name the display name; not blank
     * @param institutionId the id of the institution the location belongs to; not blank
     * @throws IllegalArgumentException if a component is blank
     */
    public Location {
        Checks.notBlank(code, "code");
        Checks.notBlank(name, "name");
        Checks.notBlank(institutionId, "institutionId");
    }
}
