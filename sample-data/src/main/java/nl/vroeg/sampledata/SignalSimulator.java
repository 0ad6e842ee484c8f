package nl.vroeg.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.vroeg.sampledata.DdasCodes.PartnerType;
import nl.vroeg.sampledata.DdasCodes.Signaalstatus;

/**
 * Simulates the signals of one municipality month after month: how many arrive, from which partners, at which
 * addresses (some with several partners in one month, some again within six months) and which are not picked up.
 */
final class SignalSimulator {

    /**
     * Signals per 1,000 inhabitants per month in 2025 (nationally about 84,700 a month, near 4.7; the demo stays
     * lower); the rate grew by about 0.1 a year since signalling became a legal duty (2021).
     */
    static final double SIGNALS_PER_1000 = 3.8;
    private static final double GROWTH_PER_YEAR = 0.1;
    /** A seasonal peak: March has about a quarter more signals than other months. */
    static final double MARCH_FACTOR = 1.25;
    /** Share of a month's addresses with signals of two or more partners; gives ~11% meervoudig cases. */
    private static final double MULTIPLE_SIGNALS_SHARE = 0.095;
    /** Share of a month's addresses taken from those of the six months before: ~40% of cases had a signal before. */
    private static final double RECURRING_SHARE = 0.40;
    private static final int RECURRENCE_MONTHS = 6;
    private static final double NOT_PICKED_UP_SHARE = 0.17;

    private static final Weighted<PartnerType> PARTNERS = new Weighted<>();

    static {
        for (PartnerType type : PartnerType.values()) PARTNERS.add(type, partnerShare(type));
    }

    private static final Weighted<Signaalstatus> NOT_PICKED_UP = new Weighted<Signaalstatus>()
            .add(Signaalstatus.ONTERECHT, 45).add(Signaalstatus.HERHAALDE_MELDING, 14).add(Signaalstatus.GEEN_INWONER, 22)
            .add(Signaalstatus.ANDERE_REDEN, 16).add(Signaalstatus.OVERLEDEN, 3);

    /** The share of signals from one partner type. */
    static double partnerShare(PartnerType partner) {
        return switch (partner) {
            case ZORG -> 0.335;
            case CAK_ZORGVERZEKERINGEN -> 0.10;
            case ENERGIE -> 0.245;
            case HUUR -> 0.195;
            case WATER -> 0.095;
            case HYPOTHEEK, CAK_EIGEN_BIJDRAGE, OVERIGE -> 0.01;
        };
    }

    private final MunicipalityProfile profile;
    private final long inwoners;
    private final Random random;
    private final AddressBook addresses;
    private final CaseWorker caseWorker;
    /** The addresses that signalled in each of the last months, most recent first. */
    private final Deque<List<Household>> recentMonths = new ArrayDeque<>();
    private final Map<Household, PartnerType> lastPartner = new IdentityHashMap<>(); // lookups only
    private final List<PartnerEventSimulator.Cohort> warmUpCohorts = new ArrayList<>();
    /** Months before the first generated month whose signalled addresses are simulated (not delivered). */
    private static final int WARM_UP_MONTHS = 12;

    /** Signals and case work draw from separate streams, so tuning one does not reshuffle the other. */
    SignalSimulator(MunicipalityProfile profile, long inwoners, long seed, LocalDate referenceDate) {
        this.profile = profile;
        this.inwoners = inwoners;
        this.random = Seeds.random(seed, "signalen " + profile.code());
        this.addresses = new AddressBook(profile.code(), inwoners, random, referenceDate);
        this.caseWorker = new CaseWorker(profile.outreach(), Seeds.random(seed, "zaken " + profile.code()));
        warmUp(referenceDate);
    }

    /**
     * Signals did not start with the first generated month. The addresses that signalled in the year before (not
     * delivered) make the first months' repeat signals as frequent as later ones (the last six months), and their
     * partner events still come in during the first generated year (see {@link #warmUpCohorts}).
     */
    private void warmUp(LocalDate firstDay) {
        int perMonth = (int) Math.round(inwoners * SIGNALS_PER_1000 / 1000.0 / (1 + MULTIPLE_SIGNALS_SHARE * 1.2));
        YearMonth first = YearMonth.from(firstDay);
        for (int i = 1; i <= WARM_UP_MONTHS; i++) {
            YearMonth earlier = first.minusMonths(i);
            List<Household> month = new ArrayList<>(perMonth);
            for (int j = 0; j < perMonth; j++) {
                Household household = addresses.newHousehold();
                PartnerType partner = PARTNERS.pick(random);
                month.add(household);
                if (i <= RECURRENCE_MONTHS) lastPartner.put(household, partner);
                warmUpCohorts.add(new PartnerEventSimulator.Cohort(household, household.bewoners().get(0),
                        earlier.atDay(1 + random.nextInt(earlier.lengthOfMonth())), EnumSet.of(partner), false));
            }
            if (i <= RECURRENCE_MONTHS) recentMonths.addLast(month);
        }
    }

    /** The (undelivered) signalled addresses of the year before the first generated month, oldest last. */
    List<PartnerEventSimulator.Cohort> warmUpCohorts() {
        return warmUpCohorts;
    }

    MonthOfWork simulate(YearMonth month) {
        int count = signalCount(month);
        Map<Household, List<Signal>> byAddress = new LinkedHashMap<>();
        List<Household> recent = recentAddresses();
        Set<Household> usedThisMonth = Collections.newSetFromMap(new IdentityHashMap<>()); // lookups only
        int assigned = 0;
        while (assigned < count) {
            Household household = address(recent, usedThisMonth);
            int signalsHere = Math.min(count - assigned, signalsAtAddress());
            byAddress.put(household, signalsAt(household, signalsHere, month));
            assigned += signalsHere;
        }
        remember(byAddress);

        List<Signal> signals = numbered(byAddress, month);
        // One case per address for the month's picked-up signals; in order of their first signal.
        Map<Household, List<Signal>> pickedUpByAddress = new LinkedHashMap<>();
        for (Signal signal : signals) {
            if (signal.status().opgepakt()) pickedUpByAddress.computeIfAbsent(signal.household(), h -> new ArrayList<>()).add(signal);
        }
        List<Case> cases = new ArrayList<>();
        pickedUpByAddress.values().forEach(pickedUp -> cases.add(caseWorker.work(pickedUp, month)));
        return new MonthOfWork(month, signals, cases);
    }

    /** The year's rate: 3.5 in 2022 up to 3.8 in 2025, kept within the national 3.3-4.4 band. */
    static double signalsPer1000(int year) {
        return Math.max(3.3, Math.min(4.4, SIGNALS_PER_1000 + GROWTH_PER_YEAR * (year - 2025)));
    }

    /** Around the expected rate, with a Poisson-like spread (normal approximation). */
    private int signalCount(YearMonth month) {
        double expected = inwoners * signalsPer1000(month.getYear()) / 1000.0 * (month.getMonthValue() == 3 ? MARCH_FACTOR : 1.0);
        return (int) Math.max(0, Math.round(expected + random.nextGaussian() * Math.sqrt(expected)));
    }

    private int signalsAtAddress() {
        if (random.nextDouble() >= MULTIPLE_SIGNALS_SHARE) return 1;
        return random.nextDouble() < 0.8 ? 2 : 3;
    }

    private Household address(List<Household> recent, Set<Household> usedThisMonth) {
        if (!recent.isEmpty() && random.nextDouble() < RECURRING_SHARE) {
            for (int attempt = 0; attempt < 5; attempt++) {
                Household again = recent.get(random.nextInt(recent.size()));
                if (usedThisMonth.add(again)) return again;
            }
        }
        Household household = addresses.newHousehold();
        usedThisMonth.add(household);
        return household;
    }

    /** Several signals at one address come from different partners: that is what makes it meervoudig. */
    private List<Signal> signalsAt(Household household, int count, YearMonth month) {
        List<Signal> signals = new ArrayList<>();
        Set<PartnerType> partners = EnumSet.noneOf(PartnerType.class);
        PartnerType previous = lastPartner.get(household);
        for (int i = 0; i < count; i++) {
            // A recurring address often has the same arrears again, with the same partner.
            PartnerType partner = i == 0 && previous != null && random.nextDouble() < 0.5 ? previous : PARTNERS.pick(random, partners);
            partners.add(partner);
            signals.add(signal(household, partner, partner == previous, month));
        }
        return signals;
    }

    private Signal signal(Household household, PartnerType partner, boolean samePartnerAgain, YearMonth month) {
        LocalDate signaaldatum = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        LocalDate ontstaansdatum = signaaldatum.minusDays(30 + random.nextInt(71));
        List<Person> bewoners = household.bewoners();
        Person client = bewoners.size() > 1 && random.nextDouble() < 0.25 ? bewoners.get(1) : bewoners.get(0);
        return new Signal(null, household, client, partner, amount(partner), ontstaansdatum, signaaldatum,
                status(samePartnerAgain), random.nextDouble() < 0.015, random.nextDouble() < 0.02);
    }

    /** Whole euros, skewed to the low end of each partner type's range. */
    private int amount(PartnerType partner) {
        int[] range = switch (partner) {
            case WATER -> new int[] {50, 400};
            case ENERGIE -> new int[] {150, 1500};
            case ZORG, CAK_ZORGVERZEKERINGEN -> new int[] {100, 1200};
            case HUUR -> new int[] {400, 3000};
            case HYPOTHEEK -> new int[] {500, 3000};
            case CAK_EIGEN_BIJDRAGE, OVERIGE -> new int[] {50, 800};
        };
        return range[0] + (int) Math.round((range[1] - range[0]) * Math.pow(random.nextDouble(), 1.8));
    }

    private Signaalstatus status(boolean samePartnerAgain) {
        if (random.nextDouble() >= NOT_PICKED_UP_SHARE) return Signaalstatus.NOG_NIET_OPGEPAKT;
        if (samePartnerAgain && random.nextDouble() < 0.5) return Signaalstatus.HERHAALDE_MELDING;
        return NOT_PICKED_UP.pick(random);
    }

    /** IDs in order of arrival: VS-<gm4>-<yyyyMM>-<n>, n zero-padded so that IDs sort as they arrived. */
    private List<Signal> numbered(Map<Household, List<Signal>> byAddress, YearMonth month) {
        List<Signal> all = new ArrayList<>();
        byAddress.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Signal::signaaldatum)); // stable: ties keep their (seeded) order
        String prefix = String.format("VS-%s-%04d%02d-", profile.ddasCode(), month.getYear(), month.getMonthValue());
        List<Signal> numbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) numbered.add(all.get(i).withId(prefix + String.format("%05d", i + 1)));
        return numbered;
    }

    private List<Household> recentAddresses() {
        List<Household> recent = new ArrayList<>();
        recentMonths.forEach(recent::addAll);
        return recent;
    }

    private void remember(Map<Household, List<Signal>> byAddress) {
        recentMonths.addFirst(new ArrayList<>(byAddress.keySet()));
        while (recentMonths.size() > RECURRENCE_MONTHS) recentMonths.removeLast();
        byAddress.forEach((household, signals) -> lastPartner.put(household, signals.get(signals.size() - 1).partner()));
    }
}
