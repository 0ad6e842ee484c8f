package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {

    @TempDir
    Path dir;

    @Test
    void addressKeyIgnoresSpacingAndCaseButNotTheHouseNumber() {
        Pseudonymiser p = SparkTest.testKey(dir);
        String key = p.adresSleutel("1234AB", "10", "A");
        assertEquals(key, p.adresSleutel(" 1234 ab", " 10 ", "a"));
        assertNotEquals(key, p.adresSleutel("1234AB", "10", null));
        assertNotEquals(key, p.adresSleutel("1234AB", "12", "A"));
        assertTrue(key.matches("[0-9a-f]{64}"));
    }

    @Test
    void noAddressKeyForAnInvalidOrMissingPostcode() {
        Pseudonymiser p = SparkTest.testKey(dir);
        assertNull(p.adresSleutel("0123AB", "1", null));
        assertNull(p.adresSleutel("1234A", "1", null));
        assertNull(p.adresSleutel(null, "1", null));
    }

    @Test
    void differentKeysGiveDifferentPseudonymsAndKeyIds() throws Exception {
        Pseudonymiser a = SparkTest.testKey(dir.resolve("a"));
        Pseudonymiser b = SparkTest.testKey(dir.resolve("b"));
        assertNotEquals(a.persoonSleutel("123456789", null, null, null, null), b.persoonSleutel("123456789", null, null, null, null));
        assertNotEquals(a.keyId(), b.keyId());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/sleutel.txt"))));
    }

    @Test
    void refusesAMissingOrShortKey() throws Exception {
        assertThrows(Pseudonymiser.MissingKeyException.class, () -> Pseudonymiser.fromKeyFile(dir.resolve("geen")));
        Files.createFile(dir.resolve("kort"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(dir.resolve("kort"), "abc");
        var e = assertThrows(Pseudonymiser.MissingKeyException.class, () -> Pseudonymiser.fromKeyFile(dir.resolve("kort")));
        assertTrue(e.getMessage().contains("te korte sleutel"));
    }

    @Test
    void personKeyFallsBackToNameBirthDateAndAddressWithoutBsn() {
        Pseudonymiser p = SparkTest.testKey(dir);
        String withoutBsn = p.persoonSleutel(null, "Dijk", "1985-06-15", "1234AB", "10");
        assertEquals(withoutBsn, p.persoonSleutel("", "DIJK", "1985-06-15", "1234 ab", "10"));
        assertNotEquals(withoutBsn, p.persoonSleutel("123456789", "Dijk", "1985-06-15", "1234AB", "10"));
    }
}
