package nl.vroeg.transform.publish;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The published tables of one month as one table of cells for {@link CellSuppression}, with every additive
 * relation between them, per count measure:
 * <ul>
 * <li>a breakdown: the row's total in gemeente_maand and the groups of each dimension that partitions its unit
 * (partnertype, leeftijd, bedrag, aantal_pogingen, signaalstatus). matchtype does not partition (a case can be
 * meervoudig and opeenvolgend), but enkelvoudig + meervoudig + opeenvolgend = zaken whenever no case is both, so
 * it is treated as a relation always (conservative: at worst one cell more is hidden). contactsoort is no
 * relation: a case is in the group of every type it had an attempt of and a case without attempts in none.</li>
 * <li>within a row of gemeente_maand: the same matchtype relation over zaken_enkelvoudig, zaken_meervoudig and
 * zaken_opeenvolgend, each of which is also its matchtype group (two cells, one figure); zaken =
 * zaken_met_contactpoging + the aantal_pogingen group "0", and zaken_met_contactpoging = the other groups;
 * signalen = signalen_niet_opgepakt + the signaalstatus groups "Nog niet opgepakt" and "onbekend", and
 * signalen_niet_opgepakt = the other statuses; zaken_hulp_geaccepteerd = zaken_hulp_geaccepteerd_en_bereikt +
 * zaken_geaccepteerd_zonder_bereik.</li>
 * <li>partner_uitval (signalen per partnertype and signaalstatus): a partner type's statuses add up to its
 * partnertype group, and a status's partner types to its signaalstatus group (signalen of the breakdown); an
 * absent combination counts 0.</li>
 * <li>between areas, for every cell of every table: a province and its municipalities, NL and the provinces (an
 * area without a row counts 0 there).</li>
 * </ul>
 * Derived figures follow their counts ({@link PublishedTable.Derived}).
 */
final class LinkedMonth {

    /** The breakdowns whose groups add up to the row's total (matchtype conservatively, see above). */
    static final List<String> PARTITIONS = List.of("partnertype", "leeftijd", "bedrag", "aantal_pogingen", "signaalstatus", "matchtype");
    /** Signal statuses that signalen_niet_opgepakt does not count (gold.gemeente_maand). */
    private static final Set<String> PICKED_UP_OR_UNKNOWN = Set.of("Nog niet opgepakt", "onbekend", "");

    private final Map<String, String> provinceOf;
    private final SuppressionRules rules;
    private final CellSuppression cells = new CellSuppression();
    private final Map<PublishedTable, List<Source>> rows = new EnumMap<>(PublishedTable.class);
    /** cell number by table, area, row key and column */
    private final Map<String, Integer> cellOf = new HashMap<>();
    /** the cells of one table, row key and column, by area code (sorted) */
    private final Map<String, TreeMap<String, Integer>> cellsAt = new TreeMap<>();
    /** the breakdown rows of one area and dimension, in report order */
    private final Map<String, List<Source>> breakdowns = new TreeMap<>();

    private record Source(Row row, String area, String rowKey) {
    }

    /**
     * @param provinceOf the province code (PVnn) of every municipality code
     */
    LinkedMonth(Map<String, String> provinceOf, SuppressionRules rules) {
        this.provinceOf = provinceOf;
        this.rules = rules;
    }

    /**
     * The tables whose cells share relations with the table's (itself included): gemeente_maand, its breakdowns
     * and partner_uitval; afloop and gebeurtenissen_maand relate only their own cells (between areas).
     */
    static Set<PublishedTable> linkedWith(PublishedTable table) {
        Set<PublishedTable> figures = EnumSet.of(PublishedTable.GEMEENTE_MAAND, PublishedTable.UITSPLITSING, PublishedTable.PARTNER_UITVAL);
        return figures.contains(table) ? figures : EnumSet.of(table);
    }

    /** Adds the rows of one table for this month, in a fixed order (the order decides nothing but ties of the sweep). */
    void add(PublishedTable table, List<Row> tableRows) {
        List<Source> sources = rows.computeIfAbsent(table, t -> new ArrayList<>());
        for (Row row : tableRows) {
            String area = row.getAs("gemeentecode");
            String rowKey = rowKey(table, row);
            Source source = new Source(row, area, rowKey);
            sources.add(source);
            String order = table == PublishedTable.UITSPLITSING
                    ? String.format("%s %02d %s", row.getAs("dimensie"), ((Number) row.getAs("volgorde")).intValue(), row.getAs("waarde"))
                    : rowKey;
            for (String column : table.counts()) {
                Object value = row.getAs(column);
                if (value == null) continue; // not applicable: no cell
                int cell = cells.cell(((Number) value).longValue(), area, table.source() + " " + order + " " + column);
                cellOf.put(key(table, area, rowKey, column), cell);
                cellsAt.computeIfAbsent(table.source() + "|" + rowKey + "|" + column, p -> new TreeMap<>()).put(area, cell);
            }
            if (table == PublishedTable.UITSPLITSING) {
                breakdowns.computeIfAbsent(area + "|" + row.getAs("dimensie"), b -> new ArrayList<>()).add(source);
            }
        }
    }

    /** Suppresses; returns per table its rows as published: hidden counts and figures NULL, plus secundair_onderdrukt. */
    Map<PublishedTable, List<Row>> publish() {
        relationsWithinAreas();
        relationsOfPartnerDropOut();
        relationsBetweenAreas();
        cells.suppress(rules);
        Map<PublishedTable, List<Row>> published = new EnumMap<>(PublishedTable.class);
        rows.forEach((table, sources) -> published.put(table, sources.stream().map(s -> published(table, s)).toList()));
        return published;
    }

    int cellCount() {
        return cells.cells();
    }

    int relationCount() {
        return cells.relations();
    }

    /** Cells hidden: [primary, secondary]. */
    int[] hiddenCounts() {
        int[] hidden = new int[2];
        for (int c = 0; c < cells.cells(); c++) {
            if (cells.secondary(c)) hidden[1]++;
            else if (cells.hidden(c)) hidden[0]++;
        }
        return hidden;
    }

    private void relationsWithinAreas() {
        for (Source g : rows.getOrDefault(PublishedTable.GEMEENTE_MAAND, List.of())) {
            String area = g.area();
            relation(gm(area, "zaken"), gm(area, "zaken_enkelvoudig"), gm(area, "zaken_meervoudig"), gm(area, "zaken_opeenvolgend"));
            relation(gm(area, "zaken_hulp_geaccepteerd"), gm(area, "zaken_hulp_geaccepteerd_en_bereikt"),
                    gm(area, "zaken_geaccepteerd_zonder_bereik"));
            if (!breakdowns.containsKey(area + "|matchtype")) continue;
            for (String flag : List.of("enkelvoudig", "meervoudig", "opeenvolgend")) {
                relation(gm(area, "zaken_" + flag), breakdownCell(area, "matchtype", flag, "zaken"));
            }
            List<Integer> attempted = new ArrayList<>(List.of(gm(area, "zaken_met_contactpoging")));
            for (Source group : breakdowns.get(area + "|aantal_pogingen")) {
                if (!group.row().getAs("waarde").equals("0")) attempted.add(cellOf.get(key(PublishedTable.UITSPLITSING, area, group.rowKey(), "zaken")));
            }
            relation(attempted);
            relation(gm(area, "zaken"), gm(area, "zaken_met_contactpoging"), breakdownCell(area, "aantal_pogingen", "0", "zaken"));
            List<Integer> notPickedUp = new ArrayList<>(List.of(gm(area, "signalen_niet_opgepakt")));
            List<Integer> complement = new ArrayList<>(List.of(gm(area, "signalen"), gm(area, "signalen_niet_opgepakt")));
            for (Source group : breakdowns.get(area + "|signaalstatus")) {
                Integer cell = cellOf.get(key(PublishedTable.UITSPLITSING, area, group.rowKey(), "signalen"));
                (PICKED_UP_OR_UNKNOWN.contains(group.row().<String>getAs("waarde")) ? complement : notPickedUp).add(cell);
            }
            relation(notPickedUp);
            relation(complement);
            for (String dimensie : PARTITIONS) {
                List<Source> groups = breakdowns.get(area + "|" + dimensie);
                for (String measure : PublishedTable.UITSPLITSING.counts()) {
                    List<Integer> parts = new ArrayList<>();
                    for (Source group : groups) {
                        Integer cell = cellOf.get(key(PublishedTable.UITSPLITSING, area, group.rowKey(), measure));
                        if (cell != null) parts.add(cell);
                    }
                    if (parts.isEmpty()) continue; // the breakdown does not count this unit
                    parts.add(0, gm(area, measure));
                    relation(parts);
                }
            }
        }
    }

    /** partner_uitval's cells against the breakdown groups they partition: partner types first, then statuses. */
    private void relationsOfPartnerDropOut() {
        Map<List<String>, List<Integer>> byPartnerType = new LinkedHashMap<>();
        Map<List<String>, List<Integer>> byStatus = new LinkedHashMap<>();
        for (Source s : rows.getOrDefault(PublishedTable.PARTNER_UITVAL, List.of())) {
            Integer cell = cell(PublishedTable.PARTNER_UITVAL, s, "signalen");
            byPartnerType.computeIfAbsent(List.of(s.area(), "partnertype", s.row().getAs("partnertype")), g -> new ArrayList<>()).add(cell);
            byStatus.computeIfAbsent(List.of(s.area(), "signaalstatus", s.row().getAs("signaalstatus")), g -> new ArrayList<>()).add(cell);
        }
        for (Map<List<String>, List<Integer>> groups : List.of(byPartnerType, byStatus)) {
            groups.forEach((group, parts) -> {
                parts.add(0, breakdownCell(group.get(0), group.get(1), group.get(2), "signalen"));
                relation(parts);
            });
        }
    }

    /** For every cell: a province and its municipalities, NL and the provinces. */
    private void relationsBetweenAreas() {
        for (TreeMap<String, Integer> byArea : cellsAt.values()) {
            Map<String, List<Integer>> municipalities = new TreeMap<>();
            List<Integer> country = new ArrayList<>();
            byArea.forEach((area, cell) -> {
                if (area.startsWith("PV")) {
                    country.add(cell);
                } else if (!area.equals("NL")) {
                    String province = Objects.requireNonNull(provinceOf.get(area), () -> "no province for " + area);
                    municipalities.computeIfAbsent(province, p -> new ArrayList<>()).add(cell);
                }
            });
            municipalities.forEach((province, parts) -> {
                parts.add(0, byArea.get(province));
                relation(parts);
            });
            if (!country.isEmpty()) {
                country.add(0, byArea.get("NL"));
                relation(country);
            }
        }
    }

    private Row published(PublishedTable table, Source source) {
        Row row = source.row();
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) values[i] = row.get(i);
        List<String> secondary = new ArrayList<>();
        for (String column : table.counts()) {
            Integer cell = cell(table, source, column);
            if (cell == null || !cells.hidden(cell)) continue;
            values[row.fieldIndex(column)] = null;
            if (cells.secondary(cell)) secondary.add(column);
        }
        for (PublishedTable.Derived derived : table.derived()) {
            if (!shown(table, source, derived)) values[row.fieldIndex(derived.column())] = null;
        }
        values[row.length()] = secondary;
        return RowFactory.create(values);
    }

    private boolean shown(PublishedTable table, Source source, PublishedTable.Derived derived) {
        Integer numerator = derived.numerator() == null ? null : cell(table, source, derived.numerator());
        Integer denominator = derived.denominator() == null ? null : cell(table, source, derived.denominator());
        return switch (derived.kind()) {
            case PER_INHABITANTS -> numerator == null || !cells.hidden(numerator);
            case MEDIAN -> denominator != null && cells.value(denominator) >= rules.smallestPercentageDenominator();
            case PERCENTAGE -> numerator != null && denominator != null && !cells.hidden(numerator) && !cells.hidden(denominator)
                    && rules.percentageShown(cells.value(numerator), cells.value(denominator));
        };
    }

    private Integer cell(PublishedTable table, Source source, String column) {
        return cellOf.get(key(table, source.area(), source.rowKey(), column));
    }

    private Integer gm(String area, String column) {
        return cellOf.get(key(PublishedTable.GEMEENTE_MAAND, area, "", column));
    }

    private Integer breakdownCell(String area, String dimensie, String waarde, String measure) {
        return cellOf.get(key(PublishedTable.UITSPLITSING, area, dimensie + "=" + waarde, measure));
    }

    private void relation(Integer... members) {
        relation(java.util.Arrays.asList(members));
    }

    /** A relation whose every cell exists (a missing cell would make the equation false: then none). */
    private void relation(List<Integer> members) {
        if (members.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("a relation refers to a cell that is not there: " + members);
        }
        cells.relation(members);
    }

    private static String rowKey(PublishedTable table, Row row) {
        if (table.rowKey().isEmpty()) return "";
        StringBuilder key = new StringBuilder();
        for (String column : table.rowKey()) key.append(key.length() > 0 ? "=" : "").append(String.valueOf(row.<Object>getAs(column)));
        return key.toString();
    }

    private static String key(PublishedTable table, String area, String rowKey, String column) {
        return table.ordinal() + "|" + area + "|" + rowKey + "|" + column;
    }
}
