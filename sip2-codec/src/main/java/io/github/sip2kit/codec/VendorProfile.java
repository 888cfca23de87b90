package io.github.sip2kit.codec;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to expect of a particular peer: the codec settings (charset, terminator, field delimiter, checksum policy
 * and mode, strictness, limits), whether error detection is used, and whether an SC Status (99) may come before
 * Login (93). A profile is a plain value: operators define their own in configuration, and a few are built in.
 *
 * <p>The built-in profiles encode only behaviour that a public source documents (the sources are cited in
 * {@code docs/compatibility.md}); where nothing deviating is documented, the profile is the spec's defaults:
 * <ul>
 *   <li>{@code default}: IBM850, CR, {@code |}, error detection mirrored, 99 before 93 allowed.</li>
 *   <li>{@code bibliotheca}: 3M/Bibliotheca self-checks. No documented deviation; the spec's defaults.</li>
 *   <li>{@code envisionware}: Envisionware PC booking and payment. Its extension fields (PB, PC in 64; OR, RN in
 *       37) are modelled by the records; otherwise the spec's defaults.</li>
 *   <li>{@code koha}: Koha writes CRLF by default and is usually configured for UTF-8.</li>
 *   <li>{@code evergreen}: Evergreen's SIPServer reads UTF-8 and computes checksums over UTF-8 bytes.</li>
 *   <li>{@code folio}: FOLIO edge-sip2, IBM850 by default, CR.</li>
 *   <li>{@code alma}: Ex Libris Alma, UTF-8, computing checksums over an ASCII-folded copy of the text.</li>
 * </ul>
 */
public final class VendorProfile {

    private static final Map<String, VendorProfile> BUILT_IN = new LinkedHashMap<>();

    static {
        Sip2Codec utf8 = Sip2Codec.builder().charset(StandardCharsets.UTF_8).build();
        register(builder("default", "SIP 2.00 defaults: IBM850, CR terminator, '|' delimiter").build());
        register(builder("bibliotheca", "3M/Bibliotheca self-checks: no documented deviation from SIP 2.00").build());
        register(builder("envisionware",
                        "Envisionware PC booking and payment: extension fields modelled, otherwise SIP 2.00")
                .build());
        register(builder("koha", "Koha: CRLF terminator and UTF-8, as Koha's SIP accounts are commonly set up")
                .codec(utf8.toBuilder().terminator(Terminator.CRLF).build())
                .build());
        register(builder("evergreen", "Evergreen SIPServer: UTF-8, checksums over UTF-8 bytes").codec(utf8).build());
        register(builder("folio", "FOLIO edge-sip2: IBM850 (its default) and CR").build());
        register(builder("alma", "Ex Libris Alma: UTF-8, checksums over an ASCII-folded copy of the text")
                .codec(utf8.toBuilder().checksumMode(ChecksumMode.ASCII_FOLDED).build())
                .build());
    }

    private static void register(VendorProfile profile) {
        if (BUILT_IN.put(profile.name, profile) != null) {
            throw new ExceptionInInitializerError("duplicate profile " + profile.name);
        }
    }

    private final String name;
    private final String description;
    private final Sip2Codec codec;
    private final ErrorDetection errorDetection;
    private final boolean scStatusBeforeLogin;

    private VendorProfile(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.codec = b.codec;
        this.errorDetection = b.errorDetection;
        this.scStatusBeforeLogin = b.scStatusBeforeLogin;
    }

    /** {@return the {@code default} profile} */
    public static VendorProfile defaults() {
        return BUILT_IN.get("default");
    }

    /**
     * Looks up a built-in profile.
     *
     * @param name such as {@code "koha"}
     * @return the profile, or empty
     */
    public static Optional<VendorProfile> builtIn(String name) {
        return Optional.ofNullable(BUILT_IN.get(Objects.requireNonNull(name, "name")));
    }

    /** {@return every built-in profile, {@code default} first} */
    public static List<VendorProfile> builtIns() {
        return List.copyOf(BUILT_IN.values());
    }

    /**
     * Starts a profile from the spec's defaults.
     *
     * @param name the profile's name, as configuration refers to it
     * @param description what it is for
     * @return a builder
     */
    public static Builder builder(String name, String description) {
        return new Builder(name, description);
    }

    /**
     * {@return a builder holding this profile's values}
     *
     * @param newName the new profile's name
     */
    public Builder toBuilder(String newName) {
        return new Builder(newName, description)
                .codec(codec)
                .errorDetection(errorDetection)
                .scStatusBeforeLogin(scStatusBeforeLogin);
    }

    /** {@return the profile's name} */
    public String name() {
        return name;
    }

    /** {@return what the profile is for} */
    public String description() {
        return description;
    }

    /** {@return the codec to talk to this peer with} */
    public Sip2Codec codec() {
        return codec;
    }

    /** {@return whether messages carry the AY/AZ trailer} */
    public ErrorDetection errorDetection() {
        return errorDetection;
    }

    /** {@return whether an SC Status (99) is answered before a Login (93)} */
    public boolean scStatusBeforeLogin() {
        return scStatusBeforeLogin;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VendorProfile)) {
            return false;
        }
        VendorProfile p = (VendorProfile) o;
        return name.equals(p.name)
                && description.equals(p.description)
                && codec.equals(p.codec)
                && errorDetection == p.errorDetection
                && scStatusBeforeLogin == p.scStatusBeforeLogin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, codec, errorDetection, scStatusBeforeLogin);
    }

    @Override
    public String toString() {
        return "VendorProfile[" + name + ": " + codec + ", errorDetection=" + errorDetection
                + ", scStatusBeforeLogin=" + scStatusBeforeLogin + "]";
    }

    /** Builds {@link VendorProfile} values; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String description;
        private Sip2Codec codec = Sip2Codec.defaults();
        private ErrorDetection errorDetection = ErrorDetection.AUTO;
        private boolean scStatusBeforeLogin = true;

        private Builder(String name, String description) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name: blank (expected: a name such as \"koha\")");
            }
            this.name = name;
            this.description = Objects.requireNonNull(description, "description");
        }

        /**
         * Sets the codec.
         *
         * @param codec default {@link Sip2Codec#defaults()}
         * @return this builder
         */
        public Builder codec(Sip2Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Sets whether messages carry the AY/AZ trailer.
         *
         * @param errorDetection default {@link ErrorDetection#AUTO}
         * @return this builder
         */
        public Builder errorDetection(ErrorDetection errorDetection) {
            this.errorDetection = Objects.requireNonNull(errorDetection, "errorDetection");
            return this;
        }

        /**
         * Sets whether an SC Status (99) is answered before Login (93).
         *
         * @param allowed default true (some SCs, such as Relais clients, send 99 first)
         * @return this builder
         */
        public Builder scStatusBeforeLogin(boolean allowed) {
            this.scStatusBeforeLogin = allowed;
            return this;
        }

        /** {@return the profile} */
        public VendorProfile build() {
            return new VendorProfile(this);
        }
    }
}
