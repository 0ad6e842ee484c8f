package nl.vroeg.sampledata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes fake adults: common Dutch surnames (with their voorvoegsel split off as in the BRP), random initials, a
 * random 9-digit BSN that passes the 11-test (so it looks like one; it belongs to nobody in this data) and an age
 * of 18 to 90, mostly 25 to 60 as among people with payment arrears.
 */
final class FakePeople {

    /** Common Dutch surnames, including some of Turkish, Moroccan and Surinamese origin. */
    static final List<String> SURNAMES = List.of(
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
            "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten", "van Beek",
            "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal",
            "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Wijk", "Postma", "Kuiper", "Veenstra",
            "Kramer", "van den Brink", "Scholten", "Post", "Martens", "Vink", "de Ruiter", "Timmermans", "Groen",
            "Gerritsen", "Jonker", "van Loon", "Boer", "van der Velde", "Willemsen", "de Lange", "de Vos", "Bosch",
            "van Dongen", "Schipper", "de Koning", "van der Laan", "Driessen", "van Doorn", "Hermans", "Evers",
            "van der Heijden", "Hofman", "Bosman", "Wolters", "Sanders", "Boersma", "Veenema", "Nijland", "Wessels",
            "Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "El Amrani", "Bakkali", "El Idrissi", "Ait Ouali", "Boukhari",
            "Sitaram", "Ramdin", "Kartodikromo", "Pinas", "Nguyen");

    private static final String INITIALS = "AAABCDEEFGHHIJJJKLMMMNPPRRSSTWY";

    private final Random random;
    private final Set<String> issuedBsns = new HashSet<>();

    FakePeople(Random random) {
        this.random = random;
    }

    /** A new adult, aged on {@code referenceDate}. */
    Person adult(LocalDate referenceDate) {
        return withSurname(surname(), referenceDate, age());
    }

    /** A second adult in the same household: often the same surname, an age not far off. */
    Person partnerOf(Person first, LocalDate referenceDate) {
        String surname = random.nextDouble() < 0.4 ? fullSurname(first) : surname();
        int firstAge = referenceDate.getYear() - first.geboortedatum().getYear();
        int age = Math.max(18, Math.min(90, firstAge + random.nextInt(15) - 7));
        return withSurname(surname, referenceDate, age);
    }

    /** Fake initials like "J." or "A.M.". */
    String voorletters() {
        int count = random.nextDouble() < 0.55 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) letters.append(INITIALS.charAt(random.nextInt(INITIALS.length()))).append('.');
        return letters.toString();
    }

    String surname() {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    private Person withSurname(String surname, LocalDate referenceDate, int age) {
        String[] parts = splitVoorvoegsel(surname);
        LocalDate birth = referenceDate.minusYears(age).minusDays(random.nextInt(365));
        return new Person(bsn(), voorletters(), parts[0], parts[1], birth);
    }

    /** Ages skewed to 25-60, the bulk of people signalled with arrears. */
    private int age() {
        double r = random.nextDouble();
        if (r < 0.12) return 18 + random.nextInt(7);
        if (r < 0.86) return 25 + random.nextInt(36);
        return 61 + random.nextInt(30);
    }

    /** "van den Berg" -> {"van den", "Berg"}: leading lower-case words are the voorvoegsel. */
    static String[] splitVoorvoegsel(String surname) {
        String[] words = surname.split(" ");
        int i = 0;
        while (i < words.length - 1 && Character.isLowerCase(words[i].charAt(0))) i++;
        String voorvoegsel = i == 0 ? null : String.join(" ", Arrays.copyOfRange(words, 0, i));
        return new String[] {voorvoegsel, String.join(" ", Arrays.copyOfRange(words, i, words.length))};
    }

    private static String fullSurname(Person person) {
        return person.voorvoegsel() == null ? person.achternaam() : person.voorvoegsel() + " " + person.achternaam();
    }

    /** Random digits passing the 11-test (9a+8b+...+2h-1i divisible by 11), unique within this generator. */
    private String bsn() {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 1 + random.nextInt(9);
            int sum = digits[0] * 9;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            int check = sum % 11;
            if (check == 10) continue;
            digits[8] = check;
            StringBuilder bsn = new StringBuilder(9);
            for (int d : digits) bsn.append(d);
            if (issuedBsns.add(bsn.toString())) return bsn.toString();
        }
    }
}
