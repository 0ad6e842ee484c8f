package nl.vroeg.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.vroeg.sampledata.DdasCodes.Contactsoort;
import nl.vroeg.sampledata.DdasCodes.Dagdeel;
import nl.vroeg.sampledata.DdasCodes.Eindresultaat;

/**
 * Works a case as a municipality does: contact attempts over the weeks after the first signal, and an outcome.
 * Whether an attempt reaches the resident depends on its kind (a home visit or a call far more than a letter) and on
 * the municipality's outreach, so reach grows with phone calls, home visits and the number of attempts.
 */
final class CaseWorker {

    /** Latest attempt, in days after the first signal. */
    private static final int MAX_DAYS_TO_ATTEMPT = 40;
    /** Reach chance of the third and later attempts on a case not reached yet, relative to the first two. */
    private static final double HARDER_TO_REACH = 0.5;
    /** Help accepted when reached, by the client's age: about 37% overall, lower for under-27s and over-65s. */
    private static final double HELP_ACCEPTED_YOUNG = 0.27;
    private static final double HELP_ACCEPTED_MIDDLE = 0.40;
    private static final double HELP_ACCEPTED_OLD = 0.29;

    private static final Weighted<Eindresultaat> HELP_ACCEPTED = new Weighted<Eindresultaat>()
            .add(Eindresultaat.QUICK_FIX, 60).add(Eindresultaat.VERVOLGHULP_FINANCIEEL, 27)
            .add(Eindresultaat.VERVOLGHULP_NIET_FINANCIEEL, 13);
    private static final Weighted<Eindresultaat> HELP_DECLINED = new Weighted<Eindresultaat>()
            .add(Eindresultaat.GEEN_HULP_NODIG, 45).add(Eindresultaat.ZELF_BETAALD, 38)
            .add(Eindresultaat.AL_BEKEND_BIJ_SCHULDHULP, 12).add(Eindresultaat.ANDER_LOPEND_TRAJECT, 5);
    private static final Weighted<Eindresultaat> NOT_REACHED = new Weighted<Eindresultaat>()
            .add(Eindresultaat.GEEN_CONTACT, 75).add(Eindresultaat.GEEN_REACTIE_NA_CONTACT, 25);
    /** Cases closed without any attempt: the resident is already helped elsewhere, or nothing could be done. */
    private static final Weighted<Eindresultaat> WITHOUT_ATTEMPTS = new Weighted<Eindresultaat>()
            .add(Eindresultaat.AL_BEKEND_BIJ_SCHULDHULP, 40).add(Eindresultaat.ANDER_LOPEND_TRAJECT, 25)
            .add(Eindresultaat.GEEN_CONTACT, 25).add(Eindresultaat.VERWIJZING_ZONDER_CONTACT, 10);

    private final double outreach;
    private final Random random;
    private final Weighted<Contactsoort> contactMix;
    /** How well this municipality's workers get through (timing, persistence), applied to every attempt. */
    private final double contactQuality;

    CaseWorker(double outreach, Random random) {
        this.outreach = outreach;
        this.random = random;
        this.contactQuality = 0.75 + 0.6 * outreach;
        // From a letter-based approach (outreach 0) to one built on calls and home visits (outreach 1).
        this.contactMix = new Weighted<Contactsoort>()
                .add(Contactsoort.BRIEF, 45 - 25 * outreach).add(Contactsoort.MAIL, 15 - 7 * outreach)
                .add(Contactsoort.SMS_WHATSAPP, 12 + 2 * outreach).add(Contactsoort.TELEFOON, 9 + 14 * outreach)
                .add(Contactsoort.HUISBEZOEK, 5 + 18 * outreach).add(Contactsoort.KAARTJE, 8 - 2 * outreach)
                .add(Contactsoort.OVERIGE, 1).add(Contactsoort.ADMINISTRATIEF, 3 - 2 * outreach);
    }

    /** The case for the picked-up signals of one address in one month (in ID order). */
    Case work(List<Signal> signals, YearMonth month) {
        LocalDate firstSignal = signals.stream().map(Signal::signaaldatum).min(LocalDate::compareTo).orElseThrow();
        LocalDate matchingsdatum = firstSignal.plusDays(1 + random.nextInt(3));
        LocalDate opgepakt = matchingsdatum.plusDays(random.nextInt(4));
        List<ContactAttempt> attempts = random.nextDouble() < 0.72 + 0.16 * outreach ? attempts(firstSignal) : List.of();
        Signal first = signals.get(0);
        int age = java.time.Period.between(first.client().geboortedatum(), first.signaaldatum()).getYears();
        Eindresultaat resultaat = outcome(attempts, age);
        LocalDate afgesloten = attempts.isEmpty() ? opgepakt.plusDays(3 + random.nextInt(18))
                : attempts.get(attempts.size() - 1).datum().plusDays(1 + random.nextInt(10));
        return new Case(signals, matchingsdatum, opgepakt, month.atDay(1), month.atEndOfMonth(), attempts, resultaat, afgesloten);
    }

    private List<ContactAttempt> attempts(LocalDate firstSignal) {
        int planned = 1 + binomial(4, 0.2 + 0.3 * outreach);
        // Active municipalities make the first attempt sooner.
        double meanDelay = 3 + 9 * (1 - outreach);
        LocalDate date = workday(firstSignal.plusDays(1 + Math.min(27, (long) (-meanDelay * Math.log(1 - random.nextDouble())))));
        List<ContactAttempt> attempts = new ArrayList<>();
        boolean reached = false;
        ContactAttempt previous = null;
        for (int i = 0; i < planned && !date.isAfter(firstSignal.plusDays(MAX_DAYS_TO_ATTEMPT)); i++) {
            Contactsoort soort = nextSoort(previous, i == 0);
            boolean bereikt;
            if (soort == Contactsoort.ADMINISTRATIEF) {
                bereikt = false;
            } else if (reached) {
                bereikt = random.nextDouble() < 0.6; // a follow-up with someone already reached
            } else {
                // Who is not reached after two attempts is harder to reach.
                bereikt = random.nextDouble() < reachChance(soort) * contactQuality * (i < 2 ? 1.0 : HARDER_TO_REACH);
            }
            reached |= bereikt;
            previous = new ContactAttempt(soort, bereikt, date, dagdeel(soort));
            attempts.add(previous);
            date = workday(date.plusDays(2 + random.nextInt(9)));
        }
        return attempts;
    }

    /** The first attempt is often the standard letter; an unanswered home visit often leaves a card. */
    private Contactsoort nextSoort(ContactAttempt previous, boolean first) {
        if (first && random.nextDouble() < 0.6 - 0.4 * outreach) return Contactsoort.BRIEF;
        boolean nobodyHome = previous != null && previous.soort() == Contactsoort.HUISBEZOEK && !previous.bereikt();
        if (nobodyHome && random.nextDouble() < 0.5) return Contactsoort.KAARTJE;
        return contactMix.pick(random);
    }

    private static double reachChance(Contactsoort soort) {
        return switch (soort) {
            case HUISBEZOEK -> 0.36;
            case TELEFOON -> 0.52;
            case SMS_WHATSAPP -> 0.11;
            case MAIL, KAARTJE, OVERIGE -> 0.08;
            case BRIEF -> 0.04;
            case ADMINISTRATIEF -> 0;
        };
    }

    private Dagdeel dagdeel(Contactsoort soort) {
        double r = random.nextDouble();
        return switch (soort) {
            case HUISBEZOEK -> r < 0.2 ? Dagdeel.OCHTEND : r < 0.7 ? Dagdeel.MIDDAG : Dagdeel.AVOND;
            case TELEFOON, SMS_WHATSAPP -> r < 0.45 ? Dagdeel.OCHTEND : r < 0.9 ? Dagdeel.MIDDAG : Dagdeel.AVOND;
            default -> r < 0.5 ? Dagdeel.OCHTEND : Dagdeel.MIDDAG;
        };
    }

    private Eindresultaat outcome(List<ContactAttempt> attempts, int age) {
        if (attempts.isEmpty()) return WITHOUT_ATTEMPTS.pick(random);
        if (attempts.stream().noneMatch(ContactAttempt::bereikt)) return NOT_REACHED.pick(random);
        double accepted = age < 27 ? HELP_ACCEPTED_YOUNG : age >= 65 ? HELP_ACCEPTED_OLD : HELP_ACCEPTED_MIDDLE;
        return random.nextDouble() < accepted ? HELP_ACCEPTED.pick(random) : HELP_DECLINED.pick(random);
    }

    private int binomial(int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) if (random.nextDouble() < p) successes++;
        return successes;
    }

    /** Case workers do not work weekends: move to Monday. */
    private static LocalDate workday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) return date.plusDays(2);
        if (day == DayOfWeek.SUNDAY) return date.plusDays(1);
        return date;
    }
}
