package nl.vroeg.reference;

import java.util.List;

/** The kinds of partner event (spec/inputs.md), from gebeurtenissoorten.csv. */
public final class Gebeurtenissoorten {

    private static final List<String> ALL = ReferenceFiles.csv("gebeurtenissoorten.csv").stream().map(r -> r.get("soort")).toList();

    private Gebeurtenissoorten() {
    }

    public static List<String> all() {
        return ALL;
    }
}
