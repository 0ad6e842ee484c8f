package nl.vroeg.lake.published.area;

import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.area.AreaReport.PeerGroup;

/** The front page of a report: the month in a few sentences, generated from its published figures only. */
public final class Headline {

    private Headline() {
    }

    public static List<String> sentences(AreaReport r) {
        List<String> s = new ArrayList<>();
        PublishedMonth m = r.nu();
        String maand = DutchFormat.month(r.maand());
        String wie = r.isGemeente() ? r.area().naam() : "NL".equals(r.area().code()) ? "de gemeenten samen"
                : "de gemeenten in de " + r.area().label() + " samen";
        String doel = pct(r.doel());
        if (m.bereikPct() != null) {
            String vorig = r.vorigJaar() != null && r.vorigJaar().bereikPct() != null
                    ? "; een jaar eerder was dat " + pct(r.vorigJaar().bereikPct()) : "";
            s.add("In " + maand + " " + (r.isGemeente() ? "bereikte " : "bereikten ") + wie + " " + pct(m.bereikPct()) + " van de "
                    + count(m.zaken(), m.secundair("zaken")) + " zaken; het landelijk doel is " + doel + vorig + ".");
            double verschil = m.bereikPct() - r.doel();
            s.add(Math.round(verschil) == 0 ? "Dat is op het doel."
                    : "Dat is " + DutchFormat.decimal(Math.abs(verschil)) + " procentpunt " + (verschil > 0 ? "boven" : "onder") + " het doel.");
        } else {
            s.add("In " + maand + " is het bereik van " + wie + " niet te tonen: te weinig zaken om het te publiceren ("
                    + count(m.zaken(), m.secundair("zaken")) + " zaken). Het landelijk doel is " + doel + ".");
        }
        if (r.isGemeente()) ranks(r, s);
        else distribution(r, s);
        if (m.signalen() != null && m.uitvalPct() != null) {
            s.add("Van de " + count(m.signalen(), false) + " signalen " + "werden er "
                    + count(m.signalenNietOpgepakt(), m.secundair("signalen_niet_opgepakt")) + " niet opgepakt ("
                    + pct(m.uitvalPct()) + (r.land() != null && r.land().uitvalPct() != null && r.isGemeente()
                    ? "; landelijk " + pct(r.land().uitvalPct()) : "") + ").");
        }
        if (m.hulpacceptatiePctVanBereikt() != null) {
            s.add("Van de bereikte inwoners accepteerde " + pct(m.hulpacceptatiePctVanBereikt()) + " hulp"
                    + (m.quickFixPctVanGeaccepteerd() != null ? ", voor " + pct(m.quickFixPctVanGeaccepteerd()) + " van hen een quick fix" : "") + ".");
        }
        if (m.binnen4WekenPct() != null) {
            s.add(pct(m.binnen4WekenPct()) + " van de zaken kreeg binnen 4 weken een eerste contactpoging"
                    + (r.land() != null && r.land().binnen4WekenPct() != null && r.isGemeente() ? " (landelijk " + pct(r.land().binnen4WekenPct()) + ")" : "") + ".");
        }
        if (m.voorlopig()) s.add("Let op: de cijfers van " + maand + " zijn voorlopig; de zaken van die maand lopen nog.");
        return s;
    }

    private static void ranks(AreaReport r, List<String> s) {
        String naam = r.area().naam();
        if (r.rangProvincie() != null && r.rangProvincie().of() > 1 && r.area().provincienaam() != null) {
            s.add("In de provincie " + r.area().provincienaam() + " staat " + naam + " op plaats " + r.rangProvincie().place()
                    + " van " + r.rangProvincie().of() + " gemeenten met een getoond bereik.");
        }
        PeerGroup p = r.peers();
        if (p != null && p.rang() != null && p.spreiding() != null && p.rang().of() >= 3) {
            s.add("Onder de " + p.rang().of() + " gemeenten met " + p.klasse().label + " (CBS-grootteklasse " + p.klasse().number()
                    + ") is dat plaats " + p.rang().place() + "; de helft van die gemeenten bereikt tussen "
                    + pct(p.spreiding().q1()) + " en " + pct(p.spreiding().q3()) + " (mediaan " + pct(p.spreiding().median()) + ").");
        }
    }

    private static void distribution(AreaReport r, List<String> s) {
        long shown = r.ranglijst().stream().filter(x -> x.maand().bereikPct() != null).count();
        long atTarget = r.ranglijst().stream().filter(x -> x.maand().reachesTarget()).count();
        if (shown > 0) {
            s.add(atTarget + " van de " + shown + " gemeenten met een getoond bereik " + (atTarget == 1 ? "haalde" : "haalden")
                    + " het doel van " + pct(r.doel()) + ".");
        }
    }

    /** Whole percentages read best in a sentence ("41%"); the tables keep one decimal. */
    public static String pct(Double value) {
        return value == null ? DutchFormat.NOT_SHOWN : Math.round(value) + "%";
    }

    public static String count(Long value, boolean secundair) {
        return DutchFormat.count(value, secundair);
    }
}
