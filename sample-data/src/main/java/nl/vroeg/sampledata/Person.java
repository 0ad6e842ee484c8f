package nl.vroeg.sampledata;

import java.time.LocalDate;

/** A fake resident: the client of a signal. {@code voorvoegsel} is null when the surname has none. */
record Person(String burgerservicenummer, String voorletters, String voorvoegsel, String achternaam, LocalDate geboortedatum) {
}
