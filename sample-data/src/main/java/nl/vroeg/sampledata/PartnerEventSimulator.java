package nl.vroeg.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import nl.vroeg.sampledata.DdasCodes.Eindresultaat;
import nl.vroeg.sampledata.DdasCodes.PartnerType;
import nl.vroeg.sampledata.PartnerEvent.Gebeurtenis;

/**
 * What partners report later at the addresses of one municipality: end-of-supply notices, announced and actual
 * disconnections, eviction notices and evictions, CAK registrations and payment arrangements.
 *
 * <p>Volumes follow national orders of magnitude per year, scaled by inhabitants (NL ~18 million): 1,200 evictions
 * by housing corporations, 4,800 eviction notices, 2,000 electricity disconnections after 12,000 announcements,
 * 30,000 end-of-supply notices, 400 water disconnections after 4,000 announcements, 50,000 CAK registrations.
 * Three quarters of these happen at addresses that had a signal of the same kind of partner 1-12 months before; the
 * rest at other addresses. Where the case reached the resident and help was accepted (at that signal or at an
 * earlier one within a year), negative events are {@value #HELPED_FACTOR} times as likely (about 3x lower), payment
 * arrangements 1.5x as likely.
 */
final class PartnerEventSimulator {

    static final double NATIONAL_INHABITANTS = 18_000_000;
    static final double SIGNALLED_SHARE = 0.75;
    static final double HELPED_FACTOR = 0.35;
    /** Keeps the average over all signalled addresses near the national figure (about 6-10% are helped). */
    static final double NOT_HELPED_FACTOR = 1.05;
    /** How long accepted help keeps lowering the risk at an address that signals again. */
    static final int HELP_LASTS_DAYS = 365;

    private static final Set<Eindresultaat> HELP_ACCEPTED = EnumSet.of(Eindresultaat.QUICK_FIX,
            Eindresultaat.VERVOLGHULP_FINANCIEEL, Eindresultaat.VERVOLGHULP_NIET_FINANCIEEL);
    private static final List<String> ENERGY_SUPPLIERS = List.of("Stroomwerk Energie", "Polderstroom", "Zonnedijk Energie",
            "Energiebedrijf Noordkaap", "GroenLicht Energie");
    private static final List<String> CORPORATION_NAMES = List.of("Woonstichting %s", "Wooncorporatie %s", "Woonbedrijf %s",
            "Stichting Thuis in %s");

    /** One signalled address in one month: the cohort whose later events are drawn. */
    record Cohort(Household household, Person client, LocalDate firstSignal, Set<PartnerType> partners, boolean helped) {
    }

    private final MunicipalityProfile profile;
    private final long inwoners;
    private final Random random;
    private final boolean invalidData;
    private final BiFunction<Household, LocalDate, String> codeOn;
    private final AddressBook otherAddresses;
    private final String corporation;
    private final String waterCompany;
    /** When each address last accepted help; lookups only. */
    private final Map<Household, LocalDate> helpedOn = new java.util.IdentityHashMap<>();
    /** Negative events already drawn per address, which help accepted later can still prevent; lookups only. */
    private final Map<Household, List<PartnerEvent>> pending = new java.util.IdentityHashMap<>();
    private final Set<PartnerEvent> prevented = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    PartnerEventSimulator(MunicipalityProfile profile, long inwoners, long seed, boolean invalidData,
                          BiFunction<Household, LocalDate, String> codeOn, LocalDate referenceDate) {
        this.profile = profile;
        this.inwoners = inwoners;
        this.random = Seeds.random(seed, "gebeurtenissen " + profile.code());
        this.invalidData = invalidData;
        this.codeOn = codeOn;
        this.otherAddresses = new AddressBook(profile.code(), inwoners, Seeds.random(seed, "andere adressen " + profile.code()), referenceDate);
        this.corporation = String.format(CORPORATION_NAMES.get(random.nextInt(CORPORATION_NAMES.size())), profile.gemeente().naam());
        this.waterCompany = "Waterbedrijf " + profile.gemeente().provincienaam();
    }

    /** The cohorts of one month of work: one per address with signals, helped when its case was reached and help accepted. */
    static List<Cohort> cohorts(MonthOfWork month) {
        Map<Household, Case> caseOf = new java.util.IdentityHashMap<>(); // lookups only
        for (Case zaak : month.zaken()) caseOf.put(zaak.signalen().get(0).household(), zaak);
        Map<Household, List<Signal>> byAddress = new LinkedHashMap<>();
        for (Signal s : month.signalen()) byAddress.computeIfAbsent(s.household(), h -> new ArrayList<>()).add(s);
        List<Cohort> cohorts = new ArrayList<>();
        byAddress.forEach((household, signals) -> {
            Set<PartnerType> partners = EnumSet.noneOf(PartnerType.class);
            signals.forEach(s -> partners.add(s.partner()));
            Case zaak = caseOf.get(household);
            boolean helped = zaak != null && zaak.bereikt() && HELP_ACCEPTED.contains(zaak.resultaat());
            cohorts.add(new Cohort(household, signals.get(0).client(), signals.get(0).signaaldatum(), partners, helped));
        });
        return cohorts;
    }

    /**
     * Events dated within van..tot: after the signals of the year before (warmUp, not delivered) and of the generated
     * months, and at other addresses each month.
     */
    List<PartnerEvent> simulate(List<Cohort> warmUp, List<MonthOfWork> months, YearMonth van, YearMonth tot) {
        LocalDate from = van.atDay(1);
        LocalDate to = tot.atEndOfMonth();
        List<PartnerEvent> events = new ArrayList<>();
        for (int i = warmUp.size() - 1; i >= 0; i--) drawAfter(warmUp.get(i), events);
        for (MonthOfWork month : months) {
            for (Cohort cohort : cohorts(month)) {
                if (cohort.helped()) prevent(cohort);
                drawAfter(cohort, events);
            }
            background(month.maand(), events);
        }
        events.removeIf(e -> prevented.contains(e) || e.datum().isBefore(from) || e.datum().isAfter(to));
        return events;
    }

    /** Draws the cohort's events and remembers the negative ones, which later help can still prevent. */
    private void drawAfter(Cohort cohort, List<PartnerEvent> events) {
        int before = events.size();
        afterSignal(cohort, events);
        for (PartnerEvent e : events.subList(before, events.size())) {
            if (e.gebeurtenis() != Gebeurtenis.BETALINGSREGELING) pending.computeIfAbsent(cohort.household(), h -> new ArrayList<>()).add(e);
        }
    }

    /** Help accepted now also prevents most negative events still to come from earlier signals at the address. */
    private void prevent(Cohort c) {
        for (PartnerEvent e : pending.getOrDefault(c.household(), List.of())) {
            if (e.datum().isAfter(c.firstSignal()) && random.nextDouble() < 1 - HELPED_FACTOR / NOT_HELPED_FACTOR) prevented.add(e);
        }
    }

    /** Per signalled partner kind, probabilities per cohort derived from the national volumes. */
    private void afterSignal(Cohort c, List<PartnerEvent> events) {
        if (c.helped()) helpedOn.put(c.household(), c.firstSignal());
        LocalDate lastHelp = helpedOn.get(c.household());
        boolean helped = lastHelp != null && !lastHelp.plusDays(HELP_LASTS_DAYS).isBefore(c.firstSignal());
        double negative = helped ? HELPED_FACTOR : NOT_HELPED_FACTOR;
        double arrangement = helped ? 1.5 : 1.0;
        LocalDate latest = c.firstSignal().plusDays(365);
        if (c.partners().contains(PartnerType.HUUR)) {
            if (chance(perCohort(4_800, PartnerType.HUUR) * negative)) {
                LocalDate notice = c.firstSignal().plusDays(30 + random.nextInt(271));
                events.add(event(PartnerType.HUUR, corporation, Gebeurtenis.AANZEGGING_ONTRUIMING, notice, c.household(), c.client(), 0.7));
                if (chance(0.25)) {
                    events.add(event(PartnerType.HUUR, corporation, Gebeurtenis.ONTRUIMING, min(notice.plusDays(14 + random.nextInt(47)), latest),
                            c.household(), c.client(), 0.7));
                }
            }
            if (chance(0.10 * arrangement)) {
                events.add(event(PartnerType.HUUR, corporation, Gebeurtenis.BETALINGSREGELING, c.firstSignal().plusDays(20 + random.nextInt(150)),
                        c.household(), c.client(), 0.7));
            }
        }
        if (c.partners().contains(PartnerType.ENERGIE)) {
            String supplier = ENERGY_SUPPLIERS.get(random.nextInt(ENERGY_SUPPLIERS.size()));
            if (chance(perCohort(30_000, PartnerType.ENERGIE) * negative)) {
                events.add(event(PartnerType.ENERGIE, supplier, Gebeurtenis.EINDELEVERING, c.firstSignal().plusDays(30 + random.nextInt(301)),
                        c.household(), c.client(), 0.4));
            }
            if (chance(perCohort(12_000, PartnerType.ENERGIE) * negative)) {
                LocalDate notice = c.firstSignal().plusDays(30 + random.nextInt(271));
                events.add(event(PartnerType.ENERGIE, supplier, Gebeurtenis.AANKONDIGING_AFSLUITING, notice, c.household(), c.client(), 0.4));
                if (chance(2_000.0 / 12_000)) {
                    events.add(event(PartnerType.ENERGIE, supplier, Gebeurtenis.AFSLUITING, min(notice.plusDays(14 + random.nextInt(32)), latest),
                            c.household(), c.client(), 0.4));
                }
            }
            if (chance(0.12 * arrangement)) {
                events.add(event(PartnerType.ENERGIE, supplier, Gebeurtenis.BETALINGSREGELING, c.firstSignal().plusDays(20 + random.nextInt(150)),
                        c.household(), c.client(), 0.4));
            }
        }
        if (c.partners().contains(PartnerType.WATER)) {
            if (chance(perCohort(4_000, PartnerType.WATER) * negative)) {
                LocalDate notice = c.firstSignal().plusDays(30 + random.nextInt(271));
                events.add(event(PartnerType.WATER, waterCompany, Gebeurtenis.AANKONDIGING_AFSLUITING, notice, c.household(), c.client(), 0.2));
                if (chance(0.10)) {
                    events.add(event(PartnerType.WATER, waterCompany, Gebeurtenis.AFSLUITING, min(notice.plusDays(14 + random.nextInt(32)), latest),
                            c.household(), c.client(), 0.2));
                }
            }
            if (chance(0.12 * arrangement)) {
                events.add(event(PartnerType.WATER, waterCompany, Gebeurtenis.BETALINGSREGELING, c.firstSignal().plusDays(20 + random.nextInt(150)),
                        c.household(), c.client(), 0.2));
            }
        }
        if (c.partners().contains(PartnerType.ZORG) || c.partners().contains(PartnerType.CAK_ZORGVERZEKERINGEN)) {
            double share = SignalSimulator.partnerShare(PartnerType.ZORG) + SignalSimulator.partnerShare(PartnerType.CAK_ZORGVERZEKERINGEN);
            if (chance(50_000 * SIGNALLED_SHARE / 12 / nationalSignalsPerMonth(share) * negative)) {
                events.add(event(PartnerType.CAK_ZORGVERZEKERINGEN, "CAK", Gebeurtenis.WANBETALERSREGELING,
                        c.firstSignal().plusDays(30 + random.nextInt(301)), c.household(), c.client(), 1.0));
            }
        }
    }

    /** The rest of the national volume, at addresses without a signal. */
    private void background(YearMonth month, List<PartnerEvent> events) {
        double scale = (1 - SIGNALLED_SHARE) / 12 * inwoners / NATIONAL_INHABITANTS;
        String supplier = ENERGY_SUPPLIERS.get(random.nextInt(ENERGY_SUPPLIERS.size()));
        backgroundOf(month, 4_800 * scale, PartnerType.HUUR, corporation, Gebeurtenis.AANZEGGING_ONTRUIMING, 0.7, events);
        backgroundOf(month, 1_200 * scale, PartnerType.HUUR, corporation, Gebeurtenis.ONTRUIMING, 0.7, events);
        backgroundOf(month, 30_000 * scale, PartnerType.ENERGIE, supplier, Gebeurtenis.EINDELEVERING, 0.4, events);
        backgroundOf(month, 12_000 * scale, PartnerType.ENERGIE, supplier, Gebeurtenis.AANKONDIGING_AFSLUITING, 0.4, events);
        backgroundOf(month, 2_000 * scale, PartnerType.ENERGIE, supplier, Gebeurtenis.AFSLUITING, 0.4, events);
        backgroundOf(month, 4_000 * scale, PartnerType.WATER, waterCompany, Gebeurtenis.AANKONDIGING_AFSLUITING, 0.2, events);
        backgroundOf(month, 400 * scale, PartnerType.WATER, waterCompany, Gebeurtenis.AFSLUITING, 0.2, events);
        backgroundOf(month, 50_000 * scale, PartnerType.CAK_ZORGVERZEKERINGEN, "CAK", Gebeurtenis.WANBETALERSREGELING, 1.0, events);
    }

    private void backgroundOf(YearMonth month, double expected, PartnerType type, String partner, Gebeurtenis gebeurtenis,
                              double bsnShare, List<PartnerEvent> events) {
        int count = poisson(expected);
        for (int i = 0; i < count; i++) {
            Household household = otherAddresses.newHousehold();
            events.add(event(type, partner, gebeurtenis, month.atDay(1 + random.nextInt(month.lengthOfMonth())), household,
                    household.bewoners().get(0), bsnShare));
        }
    }

    private static double perCohort(double perYear, PartnerType partner) {
        return perYear * SIGNALLED_SHARE / 12 / nationalSignalsPerMonth(SignalSimulator.partnerShare(partner));
    }

    private static double nationalSignalsPerMonth(double share) {
        return NATIONAL_INHABITANTS * SignalSimulator.SIGNALS_PER_1000 / 1000 * share;
    }

    private PartnerEvent event(PartnerType type, String partner, Gebeurtenis gebeurtenis, LocalDate datum, Household household,
                               Person person, double bsnShare) {
        boolean withBsn = random.nextDouble() < bsnShare;
        String bsn = withBsn ? person.burgerservicenummer() : null;
        LocalDate geboortedatum = withBsn ? person.geboortedatum() : null;
        String postcode = household.postcode();
        if (invalidData) {
            if (withBsn && random.nextDouble() < 0.03) bsn = null; // missing BSN
            double r = random.nextDouble();
            if (r < 0.005) postcode = postcode.substring(0, 4); // letters missing
            else if (r < 0.01) postcode = "0" + postcode.substring(1); // no postcode starts with 0
        }
        return new PartnerEvent(type, partner, gebeurtenis, datum, codeOn.apply(household, datum), postcode, household.huisnummer(),
                household.huisnummertoevoeging(), bsn, geboortedatum);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int poisson(double mean) {
        if (mean > 30) return (int) Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
