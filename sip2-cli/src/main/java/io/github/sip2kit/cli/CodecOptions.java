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
        if (charset == null) {
            return base;
        }
        return base.toBuilder(base.name())
                .codec(base.codec().toBuilder().charset(charset()).build())
                .build();
    }

    Sip2Codec codec() {
        return vendorProfile().codec();
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
