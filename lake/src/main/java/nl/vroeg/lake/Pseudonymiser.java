package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256) of persons and addresses, as spec/privacy.md prescribes. The key comes from a
 * key file named by {@value #KEY_FILE_VARIABLE}, never from a command-line value, and never reaches the lake:
 * rows record only {@link #keyId()}, so a key can be rotated. A key file is refused (in Dutch) when others can read
 * it, when it lies inside the lake, or when its key is short or obviously not random (see {@link KeyStrength}).
 */
public final class Pseudonymiser {

    public static final String KEY_FILE_VARIABLE = "VROEG_SLEUTEL_BESTAND";
    private static final int MINIMUM_KEY_BYTES = 16;

    private static final Set<PosixFilePermission> OTHERS_AND_GROUP = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final SecretKeySpec key;
    private final String keyId;
    private final Path file;

    private Pseudonymiser(byte[] keyBytes, Path file) {
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
        // the HMAC of a fixed label: names the key without revealing it (or any pseudonym)
        this.keyId = hmac("sleutel-id").substring(0, 12);
        this.file = file;
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

    /** The pseudonymiser of a key file; refuses (in Dutch) a missing, shared or weak key. */
    public static Pseudonymiser fromKeyFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new MissingKeyException("Sleutelbestand " + file + " bestaat niet of is niet leesbaar.");
        }
        try {
            requireOwnerOnly(file);
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_KEY_BYTES) {
                throw new RefusedKeyException("Sleutelbestand " + file + " bevat een te korte sleutel (minimaal "
                        + MINIMUM_KEY_BYTES + " tekens).");
            }
            String weakness = KeyStrength.weakness(text);
            if (weakness != null) {
                throw new RefusedKeyException("Sleutelbestand " + file + " bevat een zwakke sleutel: " + weakness
                        + ". Maak een nieuwe met 'vroeg sleutel nieuw --bestand " + file + "'.");
            }
            return new Pseudonymiser(bytes, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Group and others may do nothing with a key file (where the file system knows POSIX permissions). */
    private static void requireOwnerOnly(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) return;
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(OTHERS_AND_GROUP::contains)) {
            throw new RefusedKeyException("Sleutelbestand " + file + " is ook voor anderen toegankelijk ("
                    + PosixFilePermissions.toString(permissions) + "); alleen de eigenaar mag het lezen: chmod 600 " + file);
        }
    }

    /**
     * Refuses a key file that lies inside the lake (symbolic links resolved): whoever may read the lake would then
     * hold the key, and with it could recompute the pseudonym of any BSN.
     */
    public void requireOutside(Lake lake) {
        if (file != null && lake.contains(file)) {
            throw new RefusedKeyException("Sleutelbestand " + file + " staat in het lake (" + lake.root()
                    + "); zet de sleutel erbuiten, zodat wie het lake leest de sleutel niet heeft.");
        }
    }

    /** The key file this key was read from (for messages); null for a key that came from elsewhere. */
    public Path file() {
        return file;
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

    /**
     * A key for another purpose (e.g. re-keying a research project's extract), derived from this one as
     * HMAC-SHA256(key, purpose): the same purpose always gives the same key, different purposes unrelated keys, and
     * neither reveals the lake's key, which never leaves this object.
     */
    public byte[] derivedKey(String purpose) {
        return hmacBytes(purpose);
    }

    private String hmac(String message) {
        return HexFormat.of().formatHex(hmacBytes(message));
    }

    private byte[] hmacBytes(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Ingest cannot run: there is no usable key. */
    public static class MissingKeyException extends RuntimeException {
        public MissingKeyException(String message) {
            super(message);
        }
    }

    /** A key is there but refused: shared, weak, inside the lake, or not the lake's key (CLI exit code 2). */
    public static final class RefusedKeyException extends MissingKeyException {
        public RefusedKeyException(String message) {
            super(message);
        }
    }
}
