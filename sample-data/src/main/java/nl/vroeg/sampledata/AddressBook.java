package nl.vroeg.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fake addresses of one municipality: a fixed set of streets, each in one of the municipality's PC4 areas, and
 * households created on demand at unique addresses. Neighbouring house numbers share a postcode, as in reality.
 */
final class AddressBook {

    private static final List<String> STREET_STEMS = List.of(
            "Kerk", "School", "Molen", "Dorps", "Juliana", "Beatrix", "Wilhelmina", "Oranje", "Emma", "Irene",
            "Eiken", "Beuken", "Linden", "Berken", "Iepen", "Esdoorn", "Kastanje", "Wilgen", "Populieren", "Elzen",
            "Rozen", "Tulpen", "Narcissen", "Lelie", "Seringen", "Merel", "Lijster", "Vinken", "Zwaluw", "Meeuwen",
            "Reiger", "Specht", "Koekoek", "Spreeuwen", "Nachtegaal", "Schubert", "Mozart", "Vondel", "Bilderdijk",
            "Rembrandt", "Vermeer", "Stations", "Industrie", "Haven", "Brink", "Esch", "Veen", "Zand", "Heide", "Akker");
    private static final List<String> STREET_SUFFIXES = List.of(
            "straat", "straat", "straat", "laan", "laan", "weg", "weg", "plein", "hof", "singel", "dreef", "pad");
    /** Letters Dutch postcodes use (no F, I, O, Q, U, Y). */
    private static final String POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
    private static final List<String> TOEVOEGINGEN = List.of("A", "A", "B", "B", "C", "1", "2", "H");
    /** Where the demo municipalities' real PC4 ranges begin; other municipalities get a range derived from their code. */
    private static final Map<String, Integer> FIRST_PC4 = Map.of("GM1731", 9411, "GM0106", 9401, "GM0307", 3811, "GM0153", 7511);

    private final Random random;
    private final FakePeople people;
    private final LocalDate referenceDate;
    private final List<String> streets = new ArrayList<>();
    private final Map<String, String> pc4OfStreet = new HashMap<>();
    private final Map<String, String> postcodeOfBlock = new HashMap<>();
    private final Set<String> usedAddresses = new HashSet<>();

    AddressBook(String gmCode, long inwoners, Random random, LocalDate referenceDate) {
        this.random = random;
        this.people = new FakePeople(random);
        this.referenceDate = referenceDate;
        List<String> pc4s = pc4Range(gmCode, inwoners);
        int streetCount = (int) Math.max(15, Math.min(STREET_STEMS.size() * 4L, inwoners / 1500));
        Set<String> chosen = new HashSet<>();
        while (streets.size() < streetCount) {
            String name = STREET_STEMS.get(random.nextInt(STREET_STEMS.size()))
                    + STREET_SUFFIXES.get(random.nextInt(STREET_SUFFIXES.size()));
            if (!chosen.add(name)) continue;
            streets.add(name);
            pc4OfStreet.put(name, pc4s.get(random.nextInt(pc4s.size())));
        }
    }

    /** One PC4 area per ~7,000 inhabitants (5 to 25), consecutive as CBS areas usually are. */
    private List<String> pc4Range(String gmCode, long inwoners) {
        int count = (int) Math.max(5, Math.min(25, inwoners / 7000));
        int first = FIRST_PC4.getOrDefault(gmCode, 1000 + Math.floorMod(gmCode.hashCode() * 31, 8950));
        List<String> range = new ArrayList<>();
        for (int i = 0; i < count; i++) range.add(String.valueOf(first + i));
        return range;
    }

    /** A household at an address not handed out before. */
    Household newHousehold() {
        while (true) {
            String street = streets.get(random.nextInt(streets.size()));
            // Low numbers are more common: most streets are short.
            int number = 1 + (int) (180 * Math.pow(random.nextDouble(), 1.6));
            String toevoeging = random.nextDouble() < 0.08 ? TOEVOEGINGEN.get(random.nextInt(TOEVOEGINGEN.size())) : null;
            if (!usedAddresses.add(street + " " + number + " " + toevoeging)) continue;
            List<Person> bewoners = new ArrayList<>();
            bewoners.add(people.adult(referenceDate));
            if (random.nextDouble() < 0.3) bewoners.add(people.partnerOf(bewoners.get(0), referenceDate));
            return new Household(street, postcode(street, number), String.valueOf(number), toevoeging, List.copyOf(bewoners));
        }
    }

    /** Postcodes cover a street segment of 20 numbers. */
    private String postcode(String street, int number) {
        return postcodeOfBlock.computeIfAbsent(street + "#" + number / 20, block -> {
            String letters;
            do {
                letters = "" + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                        + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
            } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")); // never issued
            return pc4OfStreet.get(street) + letters;
        });
    }
}
