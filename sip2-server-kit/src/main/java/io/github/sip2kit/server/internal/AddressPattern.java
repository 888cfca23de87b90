package io.github.sip2kit.server.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;

/**
 * The address part of a client policy: {@code any}, an IPv4 or IPv6 address, or a CIDR block such as
 * {@code 10.0.0.0/8} or {@code 2001:db8::/32}. Only literals are accepted, so parsing never performs a DNS lookup.
 * Immutable and thread-safe.
 */
public final class AddressPattern {

    /** The pattern text that matches every address. */
    public static final String ANY = "any";

    private static final String EXPECTED =
            "'any', an IPv4 or IPv6 address, or a CIDR block such as 10.0.0.0/8 or 2001:db8::/32";

    private final byte[] network;
    private final int prefixLength;
    private final String canonical;

    private AddressPattern(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.canonical = network == null ? ANY : format(network, prefixLength);
    }

    /**
     * Parses a pattern.
     *
     * @param text {@code any}, an address literal, or {@code address/prefix}
     * @return the pattern
     * @throws IllegalArgumentException if the text is none of these
     */
    public static AddressPattern parse(String text) {
        Objects.requireNonNull(text, "address");
        String trimmed = text.trim();
        if (ANY.equalsIgnoreCase(trimmed)) {
            return new AddressPattern(null, 0);
        }
        String host = StringUtils.substringBefore(trimmed, "/");
        byte[] bytes = literal(host, text);
        int maxPrefix = bytes.length * 8;
        int prefix = maxPrefix;
        if (trimmed.contains("/")) {
            String suffix = StringUtils.substringAfter(trimmed, "/");
            if (!StringUtils.isNumeric(suffix) || suffix.length() > 3 || Integer.parseInt(suffix) > maxPrefix) {
                throw new IllegalArgumentException(
                        "address: " + text + " (expected: a prefix length from 0 to " + maxPrefix + ")");
            }
            prefix = Integer.parseInt(suffix);
        }
        return new AddressPattern(mask(bytes, prefix), prefix);
    }

    /** {@return whether this pattern is {@code any}} */
    public boolean isAny() {
        return network == null;
    }

    /** {@return the number of leading bits that must match; 0 for {@code any}} */
    public int prefixLength() {
        return prefixLength;
    }

    /**
     * {@return whether the address lies in this pattern} An IPv4 pattern matches IPv4 addresses only and an IPv6
     * pattern IPv6 addresses only; IPv4-mapped IPv6 addresses reach the server as IPv4 addresses.
     *
     * @param address the client's address
     */
    public boolean matches(InetAddress address) {
        Objects.requireNonNull(address, "address");
        if (network == null) {
            return true;
        }
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        return Arrays.equals(mask(candidate, prefixLength), network);
    }

    /** {@return the canonical text: {@code any}, or the masked network address and prefix length} */
    @Override
    public String toString() {
        return canonical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressPattern that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    private static byte[] literal(String host, String original) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("address: " + original + " (expected: " + EXPECTED + ")");
        }
        if (host.indexOf(':') >= 0) {
            if (!StringUtils.containsOnly(host.toLowerCase(Locale.ROOT), "0123456789abcdef:.")) {
                throw new IllegalArgumentException("address: " + original + " (expected: " + EXPECTED + ")");
            }
            try {
                // A text with ':' and only hex digits, ':' and '.' is parsed as an IPv6 literal: no DNS lookup.
                // An IPv4-mapped form such as ::ffff:10.0.0.1 yields 4 bytes: it then matches IPv4 clients.
                return InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("address: " + original + " (expected: " + EXPECTED + ")", e);
            }
        }
        String[] parts = StringUtils.splitPreserveAllTokens(host, '.');
        if (parts.length != 4) {
            throw new IllegalArgumentException("address: " + original + " (expected: " + EXPECTED + ")");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (!StringUtils.isNumeric(part) || part.length() > 3 || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException("address: " + original + " (expected: " + EXPECTED + ")");
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return bytes;
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int bitsInByte = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xFF << (8 - bitsInByte)));
        }
        return out;
    }

    private static String format(byte[] network, int prefix) {
        try {
            InetAddress address = InetAddress.getByAddress(network);
            String host = address instanceof Inet6Address
                    ? StringUtils.substringBefore(address.getHostAddress(), "%")
                    : address.getHostAddress();
            boolean full = address instanceof Inet4Address ? prefix == 32 : prefix == 128;
            return full ? host : host + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of " + network.length + " bytes", e);
        }
    }
}
