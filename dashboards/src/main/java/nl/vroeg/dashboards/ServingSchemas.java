package nl.vroeg.dashboards;

import java.util.regex.Pattern;

/**
 * The two schemas of the serving database: the published (suppressed) tables everybody with access may read, and
 * the detail marts that row-level security restricts to their own municipality. Tests use schemas of their own.
 */
record ServingSchemas(String published, String detail) {

    /** Names end up in SQL text, so only plain lower-case identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static final ServingSchemas DEFAULT = new ServingSchemas("vroeg", "vroeg_detail");

    ServingSchemas {
        requireIdentifier(published);
        requireIdentifier(detail);
    }

    static String requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Ongeldige naam voor de servingdatabase: " + name);
        }
        return name;
    }
}
