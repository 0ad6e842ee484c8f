package nl.vroeg.lake.published.area;

import java.util.List;

/**
 * CBS gemeentegrootteklasse: the eight classes CBS uses to group municipalities by inhabitants. A municipality's
 * peer group is the municipalities of its class.
 */
public enum SizeClass {
    KLASSE_1(0, 5_000, "minder dan 5.000 inwoners"),
    KLASSE_2(5_000, 10_000, "5.000 tot 10.000 inwoners"),
    KLASSE_3(10_000, 20_000, "10.000 tot 20.000 inwoners"),
    KLASSE_4(20_000, 50_000, "20.000 tot 50.000 inwoners"),
    KLASSE_5(50_000, 100_000, "50.000 tot 100.000 inwoners"),
    KLASSE_6(100_000, 150_000, "100.000 tot 150.000 inwoners"),
    KLASSE_7(150_000, 250_000, "150.000 tot 250.000 inwoners"),
    KLASSE_8(250_000, Long.MAX_VALUE, "250.000 inwoners of meer");

    private final long from;
    private final long below;
    public final String label;

    SizeClass(long from, long below, String label) {
        this.from = from;
        this.below = below;
        this.label = label;
    }

    public static SizeClass of(long inwoners) {
        for (SizeClass c : values()) {
            if (inwoners >= c.from && inwoners < c.below) return c;
        }
        throw new IllegalArgumentException("inwoners " + inwoners);
    }

    /** The CBS class number, 1 to 8. */
    public int number() {
        return ordinal() + 1;
    }

    /** The classes in one sentence, for the appendix. */
    public static String all() {
        return String.join("; ", List.of(values()).stream().map(c -> c.number() + ": " + c.label).toList());
    }
}
