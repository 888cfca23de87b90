package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.VendorProfile;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options that choose the codec: a vendor profile and, on top of it, a charset. */
final class CodecOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Vendor profile: default, bibliotheca, envisionware, koha, evergreen, folio, alma "
                    + "(default: ${DEFAULT-VALUE}).",
            defaultValue = "default")
    String profile;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "Charset of the frames, such as IBM850 or UTF-8 (default: the profile's; IBM850 for "
                    + "the default profile).")
    String charset;

    VendorProfile vendorProfile() {
        VendorProfile base = VendorProfile.builtIn(profile).orElseThrow(() -> CliException.usage(
                "--profile: '" + profile + "' (expected: one of " + VendorProfile.builtIns().stream()
                        .map(VendorProfile::name).collect(Collectors.joining(", ")) + ")"));
        Sip2Codec codec = base.codec();
        if (charset != null) {
            codec = codec.toBuilder().charset(charset()).build();
        }
        if (strict) {
            codec = strictly(codec);
        }
        return codec == base.codec() ? base : base.toBuilder(base.name()).codec(codec).build();
    }

    @Option(names = "--strict",
            description = "Decode strictly: report every deviation from SIP 2.00 (blank or odd values, missing "
                    + "required fields, duplicates, unterminated fields) instead of accepting what peers send.")
    boolean strict;

    Sip2Codec codec() {
        return vendorProfile().codec();
    }

    /** {@return the codec with the strictness and duplicate policy of {@link Sip2Codec#strict()}} */
    static Sip2Codec strictly(Sip2Codec codec) {
        Sip2Codec strict = Sip2Codec.strict();
        return codec.toBuilder()
                .strictness(strict.strictness())
                .duplicateFieldPolicy(strict.duplicateFieldPolicy())
                .build();
    }

    private Charset charset() {
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw CliException.usage("--charset: '" + charset + "' (expected: a charset this Java supports, such as"
                    + " IBM850, UTF-8 or ISO-8859-1)");
        }
    }
}
