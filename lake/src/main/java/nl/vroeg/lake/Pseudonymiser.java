package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256) of persons and addresses, as spec/privacy.md prescribes. The key comes from a
 * key file named by {@value #KEY_FILE_VARIABLE}, never from a command-line value, and never reaches the lake:
 * rows record only {@link #keyId()}, so a key can be rotated.
 */
public final class Pseudonymiser {

    public static final String KEY_FILE_VARIABLE = "VROEG_SLEUTEL_BESTAND";
    private static final int MINIMUM_KEY_BYTES = 16;

    private final SecretKeySpec key;
    private final String keyId;

    private Pseudonymiser(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.keyId = hmac("sleutel-id").substring(0, 12);
    }

    /** The pseudonymiser of the key file named in the environment; refuses (in Dutch) when there is none. */
    public static Pseudonymiser fromEnvironment() {
        String file = System.getenv(KEY_FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            throw new MissingKeyException("Geen sleutel: zet " + KEY_FILE_VARIABLE
                    + " op het pad van een sleutelbestand (buiten het lake). Zonder sleutel wordt niets ingelezen.");
        }
        return fromKeyFile(Path.of(file));
    }

    public static Pseudonymiser fromKeyFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new MissingKeyException("Sleutelbestand " + file + " bestaat niet of is niet leesbaar.");
        }
        try {
            byte[] bytes = Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_KEY_BYTES) {
                throw new MissingKeyException("Sleutelbestand " + file + " bevat een te korte sleutel (minimaal "
                        + MINIMUM_KEY_BYTES + " tekens).");
            }
            return new Pseudonymiser(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a new random key (256 bits, base64) readable only by its owner. */
    public static void createKeyFile(Path file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** Pseudonym of a person: of the BSN, or without one of (surname, birth date, postcode, house number). */
    public String persoonSleutel(String bsn, String achternaam, String geboortedatum, String postcode, String huisnummer) {
        if (!blank(bsn)) {
            return hmac("bsn|" + bsn.strip());
        }
        if (blank(achternaam) && blank(geboortedatum)) {
            return null;
        }
        return hmac("persoon|" + clean(achternaam) + "|" + clean(geboortedatum) + "|" + clean(Postcodes.normalise(postcode))
                + "|" + clean(huisnummer));
    }

    /** Pseudonym of an address; null when the postcode is missing or invalid (no address can be matched then). */
    public String adresSleutel(String postcode, String huisnummer, String toevoeging) {
        String normalised = Postcodes.normalise(postcode);
        if (!Postcodes.isValid(normalised)) {
            return null;
        }
        return hmac("adres|" + normalised + "|" + clean(huisnummer) + "|" + clean(toevoeging));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Ingest cannot run: there is no usable key. */
    public static final class MissingKeyException extends RuntimeException {
        public MissingKeyException(String message) {
            super(message);
        }
    }
}
