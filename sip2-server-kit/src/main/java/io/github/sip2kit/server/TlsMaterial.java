package io.github.sip2kit.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Loads TLS key material for the configuration file with the JDK alone: PEM certificates (X.509) and unencrypted
 * PKCS#8 private keys ({@code BEGIN PRIVATE KEY}) of type RSA, EC or EdDSA (Ed25519, Ed448), and PKCS#12 key and
 * trust stores. Every failure is a {@link Sip2ConfigException} naming the configuration key; no message holds a
 * password.
 */
final class TlsMaterial {

    /** The password of the in-memory key store built from PEM files; it never leaves this process. */
    private static final char[] IN_MEMORY = "sip2kit-pem".toCharArray();

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    static final String KEY_TYPES = "RSA, EC or EdDSA (Ed25519, Ed448)";

    private TlsMaterial() {}

    /** A file named by a configuration key. */
    record Source(String key, Path file) {}

    /**
     * {@return a server TLS context}
     *
     * @param keyManagers the server's key
     * @param trust the trust store for client certificates, if any
     * @param path the configuration key to blame when the JDK refuses the material
     */
    static SSLContext context(KeyManager[] keyManagers, Optional<KeyStore> trust, String path) {
        try {
            TrustManager[] trustManagers = null;
            if (trust.isPresent()) {
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trust.get());
                trustManagers = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new Sip2ConfigException(path, "cannot set up TLS: " + e + " (expected: key material the JDK's TLS"
                    + " implementation accepts)", e);
        }
    }

    /** {@return key managers for a PEM certificate chain and its PEM private key} */
    static KeyManager[] pemKeyManagers(Source chainFile, Source keyFile) {
        List<X509Certificate> chain = certificates(chainFile);
        X509Certificate leaf = chain.get(0);
        PublicKey publicKey = leaf.getPublicKey();
        String algorithm = keyAlgorithm(publicKey.getAlgorithm()).orElseThrow(() -> new Sip2ConfigException(
                chainFile.key(), "the first certificate has a " + publicKey.getAlgorithm() + " key (expected: a "
                        + KEY_TYPES + " key)"));
        PrivateKey privateKey = privateKey(keyFile, algorithm);
        if (!matches(privateKey, publicKey, algorithm)) {
            throw new Sip2ConfigException(keyFile.key(), "does not belong to the first certificate of "
                    + chainFile.key() + " (expected: the private key of " + leaf.getSubjectX500Principal() + ")");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", privateKey, IN_MEMORY, chain.toArray(new Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, IN_MEMORY);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new Sip2ConfigException(keyFile.key(), "cannot be used with its certificate chain: " + e
                    + " (expected: a " + KEY_TYPES + " key)", e);
        }
    }

    /** {@return key managers for a PKCS#12 key store holding the server's key and certificate chain} */
    static KeyManager[] keyStoreKeyManagers(Source storeFile, String passwordKey, char[] password) {
        KeyStore store = pkcs12(storeFile, passwordKey, password);
        try {
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new Sip2ConfigException(storeFile.key(), "\"" + storeFile.file() + "\" holds no private key"
                        + " (expected: a PKCS#12 file with the server's private key and certificate chain)");
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (UnrecoverableKeyException e) {
            throw new Sip2ConfigException(passwordKey, "does not open the private key in " + storeFile.key()
                    + " (expected: a key protected by the key store's own password)", e);
        } catch (GeneralSecurityException e) {
            throw new Sip2ConfigException(storeFile.key(), "cannot be used: " + e
                    + " (expected: a PKCS#12 file with the server's private key and certificate chain)", e);
        }
    }

    /** {@return a trust store holding the certificates of a PEM file} */
    static KeyStore pemTrustStore(Source file) {
        List<X509Certificate> certificates = certificates(file);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new Sip2ConfigException(file.key(), "cannot be used as trusted certificates: " + e
                    + " (expected: PEM X.509 certificates)", e);
        }
    }

    /** {@return a PKCS#12 trust store} */
    static KeyStore keyStoreTrustStore(Source file, String passwordKey, char[] password) {
        KeyStore store = pkcs12(file, passwordKey, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) != null) {
                    return store;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new Sip2ConfigException(file.key(), "cannot be read: " + e + " (expected: a PKCS#12 file)", e);
        }
        throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" holds no certificate (expected: a"
                + " PKCS#12 file with the certificates of the authorities that sign client certificates)");
    }

    // ---------------------------------------------------------------- files

    private static KeyStore pkcs12(Source file, String passwordKey, char[] password) {
        byte[] bytes = read(file);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new Sip2ConfigException(passwordKey, "does not open " + file.key()
                        + " (expected: the PKCS#12 file's password)", e);
            }
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" is not a PKCS#12 file ("
                    + e.getMessage() + ") (expected: a PKCS#12 key store, such as one keytool or"
                    + " openssl pkcs12 -export writes)", e);
        } catch (GeneralSecurityException e) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" cannot be read as PKCS#12: " + e
                    + " (expected: a PKCS#12 key store)", e);
        }
    }

    private static byte[] read(Source file) {
        try {
            return Files.readAllBytes(file.file());
        } catch (NoSuchFileException e) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" does not exist (expected: a"
                    + " readable file; relative paths are resolved against the configuration file's directory)", e);
        } catch (IOException e) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" cannot be read: " + e
                    + " (expected: a readable file)", e);
        }
    }

    /** {@return the PEM blocks of a file, as (type, DER bytes) pairs} */
    private static List<PemBlock> pemBlocks(Source file) {
        String text = new String(read(file), StandardCharsets.US_ASCII);
        List<PemBlock> blocks = new ArrayList<>();
        Matcher matcher = PEM_BLOCK.matcher(text);
        while (matcher.find()) {
            String type = matcher.group(1);
            String body = matcher.group(2);
            if (body.contains(":")) {
                // RFC 1421 headers, as in "Proc-Type: 4,ENCRYPTED": an encrypted legacy key.
                blocks.add(new PemBlock(type, null));
                continue;
            }
            try {
                blocks.add(new PemBlock(type, Base64.getMimeDecoder().decode(body)));
            } catch (IllegalArgumentException e) {
                throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" has a " + type + " block that"
                        + " is not Base64 (expected: a PEM file)", e);
            }
        }
        return blocks;
    }

    private record PemBlock(String type, byte[] der) {}

    private static List<X509Certificate> certificates(Source file) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (PemBlock block : pemBlocks(file)) {
                if (!block.type().equals("CERTIFICATE")) {
                    continue;
                }
                if (block.der() == null) {
                    throw new CertificateException("a CERTIFICATE block with headers");
                }
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
            }
        } catch (CertificateException e) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" holds a certificate that cannot be"
                    + " read: " + e.getMessage() + " (expected: PEM X.509 certificates)", e);
        }
        if (certificates.isEmpty()) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" holds no certificate (expected: PEM"
                    + " X.509 certificates, -----BEGIN CERTIFICATE-----, the server's own first)");
        }
        return certificates;
    }

    private static PrivateKey privateKey(Source file, String algorithm) {
        List<PemBlock> keys = new ArrayList<>();
        for (PemBlock block : pemBlocks(file)) {
            if (block.type().endsWith("PRIVATE KEY")) {
                keys.add(block);
            }
        }
        if (keys.size() != 1) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" holds " + keys.size()
                    + " private keys (expected: exactly one, -----BEGIN PRIVATE KEY-----)");
        }
        PemBlock key = keys.get(0);
        if (!key.type().equals("PRIVATE KEY")) {
            String kind = key.type().equals("ENCRYPTED PRIVATE KEY") || key.der() == null
                    ? "an encrypted key" : "a " + key.type() + " (PKCS#1 or SEC1) key";
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" holds " + kind + " (expected: an"
                    + " unencrypted PKCS#8 key, -----BEGIN PRIVATE KEY-----; convert with"
                    + " \"openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem\", or use a PKCS#12"
                    + " keyStore with a password)");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(key.der()));
        } catch (InvalidKeySpecException e) {
            throw new Sip2ConfigException(file.key(), "\"" + file.file() + "\" is not a private key of type " + algorithm
                    + " like the certificate's public key (expected: the certificate's PKCS#8 private key)", e);
        } catch (GeneralSecurityException e) {
            throw new Sip2ConfigException(file.key(), "cannot be read: " + e + " (expected: a " + KEY_TYPES
                    + " key)", e);
        }
    }

    private static Optional<String> keyAlgorithm(String certificateKeyAlgorithm) {
        switch (certificateKeyAlgorithm.toUpperCase(Locale.ROOT)) {
            case "RSA":
                return Optional.of("RSA");
            case "EC":
                return Optional.of("EC");
            case "EDDSA":
            case "ED25519":
            case "ED448":
                return Optional.of("EdDSA");
            default:
                return Optional.empty();
        }
    }

    /** Signs a probe with the private key and verifies it with the certificate's public key. */
    private static boolean matches(PrivateKey privateKey, PublicKey publicKey, String algorithm) {
        String signatureAlgorithm = switch (algorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "EdDSA";
        };
        try {
            byte[] probe = "sip2kit key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(signatureAlgorithm);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
