package nl.vroeg.sampledata;

import java.util.List;

/**
 * A fake address with its adult residents; the unit on which signals are matched (meervoudig, opeenvolgend).
 * {@code huisnummertoevoeging} is null when there is none.
 */
record Household(String straatnaam, String postcode, String huisnummer, String huisnummertoevoeging, List<Person> bewoners) {
}
