package nl.vroeg.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The roles of the serving database (all NOLOGIN: the operator grants them to login users). {@value #GEMEENTE}
 * holds every municipality's role {@code gmNNNN} and may read the published schema and, under row-level security,
 * the detail schema; {@value #ANALIST} reads the published schema only.
 *
 * <p>Which rows a role sees is an explicit mapping table ({@value #MAPPING}: gemeentecode to role name), itself
 * under row-level security: a reader sees the mapping rows of the roles it has the privileges of
 * ({@code pg_has_role(current_user, role, 'USAGE')}, through {@code pg_roles}, so a missing role means no rows
 * instead of an error), and a detail row is visible when its gemeentecode is among those. A role name is never
 * built from row data at query time.
 */
final class ServingRoles {

    static final String GEMEENTE = "vroeg_gemeente";
    static final String ANALIST = "vroeg_analist";
    static final String MAPPING = "gemeente_rollen";

    /** Checked before a code goes into any DDL; ASCII digits only (Java's \d without UNICODE_CHARACTER_CLASS). */
    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    private ServingRoles() {
    }

    /** @throws IllegalStateException (Dutch) when the code is not GMnnnn: nothing is published then */
    static String roleOf(String gemeentecode) {
        if (gemeentecode == null || !GEMEENTECODE.matcher(gemeentecode).matches()) {
            String shown = gemeentecode == null ? "leeg" : "'" + (gemeentecode.length() > 24 ? gemeentecode.substring(0, 24) + "..." : gemeentecode) + "'";
            throw new IllegalStateException("Ongeldige gemeentecode " + shown + " (verwacht GM en vier cijfers); er is niets gepubliceerd.");
        }
        return gemeentecode.toLowerCase(Locale.ROOT);
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** What the database already has of a role: CREATE ROLE has no IF NOT EXISTS, and a role may predate us. */
    record Existing(boolean canLogin, boolean inGemeenteGroup) {
    }

    /** Per existing role among {@code names}: whether it can log in and whether it is a member of {@value #GEMEENTE}. */
    static final String EXISTING_QUERY = "select r.rolname, r.rolcanlogin, exists (select 1 from pg_catalog.pg_auth_members m"
            + " join pg_catalog.pg_roles g on g.oid = m.roleid where m.member = r.oid and g.rolname = '" + GEMEENTE + "') as lid"
            + " from pg_catalog.pg_roles r where r.rolname in (<names>)";

    /**
     * Roles, memberships and schema privileges. Idempotent, and only what differs is changed, so a publisher that
     * did not create a role needs no ADMIN option on it as long as it is in order.
     */
    static List<String> roleStatements(Collection<String> municipalRoles, Map<String, Existing> existing, ServingSchemas schemas) {
        List<String> sql = new ArrayList<>();
        for (String group : List.of(GEMEENTE, ANALIST)) sql.addAll(ensureNologin(group, existing));
        for (String role : municipalRoles) {
            sql.addAll(ensureNologin(role, existing));
            if (!existing.containsKey(role) || !existing.get(role).inGemeenteGroup()) sql.add("grant " + GEMEENTE + " to " + quoted(role));
        }
        sql.add("revoke all on schema " + schemas.published() + ", " + schemas.detail() + " from public");
        sql.add("grant usage on schema " + schemas.published() + " to " + GEMEENTE + ", " + ANALIST);
        sql.add("grant usage on schema " + schemas.detail() + " to " + GEMEENTE);
        return sql;
    }

    private static List<String> ensureNologin(String role, Map<String, Existing> existing) {
        if (!existing.containsKey(role)) return List.of("create role " + quoted(role) + " nologin");
        return existing.get(role).canLogin() ? List.of("alter role " + quoted(role) + " nologin") : List.of();
    }

    /** SELECT for the readers of the table, nothing else for anybody but its owner. */
    static List<String> grants(ServingTable table) {
        String readers = table.detail() ? GEMEENTE : GEMEENTE + ", " + ANALIST;
        return List.of("revoke all on " + table.qualifiedName() + " from public, " + GEMEENTE + ", " + ANALIST,
                "grant select on " + table.qualifiedName() + " to " + readers);
    }

    /**
     * Row-level security of a detail table (the mapping table included), re-asserted on every publication. FORCE
     * makes the owner subject to it as well; the owner's own policy lets the publisher replace the rows.
     */
    static List<String> rowLevelSecurity(ServingTable table, String mapping) {
        String t = table.qualifiedName();
        String visible = table.name().equals(MAPPING)
                ? "exists (select 1 from pg_catalog.pg_roles r where r.rolname = " + table.name() + ".rol and pg_catalog.pg_has_role(current_user, r.oid, 'USAGE'))"
                : "gemeentecode in (select m.gemeentecode from " + mapping + " m)";
        return List.of(
                "alter table " + t + " enable row level security",
                "alter table " + t + " force row level security",
                "drop policy if exists eigen_gemeente on " + t,
                "create policy eigen_gemeente on " + t + " for select to " + GEMEENTE + " using (" + visible + ")",
                "drop policy if exists publicatie on " + t,
                "create policy publicatie on " + t + " for all to current_user using (true) with check (true)");
    }
}
