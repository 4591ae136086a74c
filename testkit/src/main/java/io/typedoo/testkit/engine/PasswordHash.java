package io.typedoo.testkit.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as Odoo stores them: passlib's {@code pbkdf2_sha512} format,
 * {@code $pbkdf2-sha512$<rounds>$<salt>$<checksum>} (passlib's base64 with {@code .} for {@code +}, no padding),
 * from the JDK's {@code PBKDF2WithHmacSHA512}. Never the plain text in the store, the journal or a snapshot.
 *
 * <p>{@value #ROUNDS} rounds (passlib's former default; Odoo 18 uses 600,000, too slow for a test server that
 * creates its users on every start). Like Odoo's credential cache, a password checked once against a hash is
 * remembered (as a SHA-256 digest, never the text) so that later calls of the same user cost no derivation.
 * Thread-safe.
 */
final class PasswordHash {

    static final int ROUNDS = 25_000;
    private static final String PREFIX = "$pbkdf2-sha512$";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> VERIFIED = new ConcurrentHashMap<>();
    private static final Map<String, String> DEMO_HASHES = new ConcurrentHashMap<>();

    private PasswordHash() {
    }

    /** A new hash of {@code password}, with a random salt. */
    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return format(ROUNDS, salt, derive(password, salt, ROUNDS));
    }

    /** The hash of a demo user's password, made once per JVM: every testkit server starts with the same users. */
    static String demo(String password) {
        return DEMO_HASHES.computeIfAbsent(password, PasswordHash::hash);
    }

    /** Whether {@code password} is the one {@code stored} (a hash; plain text from an older journal also works). */
    static boolean matches(String password, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    stored.getBytes(StandardCharsets.UTF_8));
        }
        String digest = sha256(password);
        String known = VERIFIED.get(stored);
        if (known != null) {
            return MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII),
                    digest.getBytes(StandardCharsets.US_ASCII));
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 5) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[2]);
            byte[] salt = ab64Decode(parts[3]);
            byte[] expected = ab64Decode(parts[4]);
            boolean ok = rounds > 0 && rounds <= 10_000_000
                    && MessageDigest.isEqual(expected, derive(password, salt, rounds));
            if (ok) {
                VERIFIED.put(stored, digest);
            }
            return ok;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code value} is already in the stored form. */
    static boolean isHash(String value) {
        return value.startsWith(PREFIX);
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String format(int rounds, byte[] salt, byte[] checksum) {
        return PREFIX + rounds + "$" + ab64Encode(salt) + "$" + ab64Encode(checksum);
    }

    private static String ab64Encode(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('+', '.');
    }

    private static byte[] ab64Decode(String text) {
        return Base64.getDecoder().decode(text.replace('.', '+'));
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
