package nl.vroeg.lake.published.area;

import java.util.List;
import nl.vroeg.lake.published.DutchFormat;

/** The terms every published output explains, in plain Dutch: the reports' appendix and the dashboard's footer. */
public final class Glossary {

    private Glossary() {
    }

    /** Term and explanation. */
    public static final List<String[]> TERMS = List.of(
            new String[] {"Signaal", "Een melding van een vaste-lastenpartner (verhuurder, zorgverzekeraar, energie- of drinkwaterbedrijf) over een"
                    + " betalingsachterstand. Geteld in de maand van de signaaldatum."},
            new String[] {"Zaak", "De signalen van één adres die de gemeente samen oppakt. Een zaak telt in de maand van haar eerste signaal."},
            new String[] {"Uitval (niet opgepakt)", "Een signaal dat de gemeente niet oppakt, met een reden: onder het drempelbedrag, buiten de"
                    + " termijn, herhaald signaal, geen inwoner, overleden of een andere reden."},
            new String[] {"Contactpoging", "Een poging om de inwoner te spreken: brief, e-mail, sms/WhatsApp, telefoon, huisbezoek, kaartje."
                    + " Administratieve handelingen tellen niet mee."},
            new String[] {"Bereik", "Het aandeel zaken waarin de gemeente contact kreeg met de inwoner. Het landelijk doel is 40%."},
            new String[] {"Hulpacceptatie", "Het aandeel bereikte zaken waarin de inwoner hulp aannam: advies of een snelle oplossing"
                    + " (quick fix), of vervolghulp."},
            new String[] {"Binnen 4 weken", "Het aandeel zaken met een eerste contactpoging binnen 28 dagen na het eerste signaal;"
                    + " de wet vraagt een aanbod van hulp binnen vier weken."},
            new String[] {"Voorlopig", "De gemeente heeft na de maand nog geen acht weken geleverd: zaken lopen nog, het bereik stijgt meestal"
                    + " nog. Voor ontruimingen en afsluitingen na een zaak: het jaar na het signaal is nog niet voorbij."},
            new String[] {"Vergelijkingsgroep", "Gemeenten van dezelfde CBS-gemeentegrootteklasse, naar inwonertal: " + SizeClass.all() + "."
                    + " De middelste helft ligt tussen het eerste en derde kwartiel; de mediaan in het midden."},
            new String[] {"Trend", "Bereik nu tegen drie maanden eerder: ▲ minstens 2 procentpunt hoger, ▼ minstens 2 lager, ► daartussen."},
            new String[] {"Provincie en Nederland", "Opgeteld uit de gemeenten die over de maand leverden; percentages uit de opgetelde"
                    + " aantallen, nooit gemiddeld."});

    /** What the signs for hidden figures mean. */
    public static final String SIGNS = "Tekens: '" + DutchFormat.SUPPRESSED_COUNT + "' = een aantal van 1 tot en met 4; '"
            + DutchFormat.SECONDARY_SUPPRESSED + "' = verborgen om een ander verborgen aantal te beschermen; '" + DutchFormat.NOT_SHOWN
            + "' = niet getoond of niet te berekenen.";
}
