package nl.vroeg.sampledata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.vroeg.reference.CbsReference.Gemeente;

/**
 * The municipality as the delivering organisation, with a fake contact person: made-up name, a fake 088 number
 * and an address under the reserved {@code example.org} domain (RFC 2606), so no real person or mailbox is named.
 */
record AanleverendeOrganisatie(String naam, String kvkNummer, String contactNaam, String telefoonnummer, String email,
                               String functietitel) {

    private static final List<String> FUNCTIES = List.of(
            "Beleidsmedewerker schuldhulpverlening", "Consulent vroegsignalering", "Functioneel beheerder", "Teamleider schulddienstverlening");

    static AanleverendeOrganisatie of(Gemeente gemeente, Random random) {
        FakePeople people = new FakePeople(random);
        String voorletter = people.voorletters().substring(0, 2);
        String[] surname = FakePeople.splitVoorvoegsel(people.surname());
        String fullSurname = surname[0] == null ? surname[1] : surname[0] + " " + surname[1];
        String kvk = String.valueOf(10_000_000 + random.nextInt(90_000_000));
        String telefoon = String.format("088-%07d", random.nextInt(10_000_000));
        String email = ascii(voorletter.substring(0, 1) + "." + fullSurname.replace(" ", "")) + "@" + domainLabel(gemeente.naam()) + ".example.org";
        return new AanleverendeOrganisatie("Gemeente " + gemeente.naam(), kvk, voorletter + " " + fullSurname, telefoon, email,
                FUNCTIES.get(random.nextInt(FUNCTIES.size())));
    }

    /** One DNS label: "Bergen (L.)" is bergenl, not bergenl. (which would put two dots in the address). */
    private static String domainLabel(String name) {
        return ascii(name).replace(".", "").replaceAll("^-+|-+$", "");
    }

    /** Lower-case letters, digits, dots and hyphens only, accents dropped: usable in an e-mail address. */
    private static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('ı', 'i').replaceAll("[^a-z0-9.-]", "");
    }
}
