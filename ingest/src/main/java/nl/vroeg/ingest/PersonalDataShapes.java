package nl.vroeg.ingest;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises values shaped like personal data: a BSN (nine digits passing the eleven test, or eight with the
 * leading zero dropped), an e-mail address, an IBAN (passing its mod-97 check) or a phone number. Used on the
 * free-text fields that land as they are (identifiers, a partner's name), so that a personal value sent in the
 * wrong field is quarantined instead of landing; names cannot be recognised this way.
 */
final class PersonalDataShapes {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)?\\d[\\d -]{8,14}\\d");

    private PersonalDataShapes() {
    }

    static boolean looksPersonal(String value) {
        if (value == null) return false;
        String v = value.strip();
        String compact = v.replaceAll("[\\s.-]", "");
        // IBANs are written in groups separated by spaces; an ID such as VS-0363-202501-000123 is no IBAN.
        return isBsn(compact) || EMAIL.matcher(v).find() || isIban(v.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                || (PHONE.matcher(v).matches() && compact.replaceAll("\\D", "").length() >= 9);
    }

    private static boolean isBsn(String s) {
        if (!s.matches("\\d{8,9}")) return false;
        String nine = s.length() == 8 ? "0" + s : s;
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (9 - i) * (nine.charAt(i) - '0');
        sum -= nine.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static boolean isIban(String s) {
        if (!IBAN.matcher(s).matches()) return false;
        String rearranged = s.substring(4) + s.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
