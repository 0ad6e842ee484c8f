package nl.vroeg.transform.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The properties every published month must have, checked in SQL on the registered gold tables of a lake, with the
 * relations written out here independently of {@link LinkedMonth}: no relation between published counts has
 * exactly one hidden cell (and partner_uitval's relations hold in gold); no shown count is 1 to 4 or differs from gold; secundair_onderdrukt lists exactly the
 * hidden counts that are not small; no shown percentage breaks the percentage rule or differs from its counts.
 */
public final class PublishedTablesCheck {

    private PublishedTablesCheck() {
    }

    /** What is wrong, one line per kind of violation with its count and an example; empty when all holds. */
    public static List<String> violations(SparkSession spark) {
        cells(spark).createOrReplaceTempView("gepubliceerde_cellen");
        List<String> violations = new ArrayList<>();
        check(spark, violations, "province and its municipalities", """
                select concat_ws(' ', tabel, maand, sleutel, kolom, provincie)
                from (
                    select c.*, coalesce(g.gebiedcode, case when c.gemeentecode like 'PV%' then c.gemeentecode end) as provincie
                    from gepubliceerde_cellen c
                    left join (select distinct gemeentecode, provinciecode as gebiedcode from gold.gemeente_maand_gepubliceerd
                               where niveau = 'gemeente') g
                        on g.gemeentecode = c.gemeentecode
                )
                where provincie is not null
                group by tabel, maand, sleutel, kolom, provincie
                having count_if(verborgen) = 1""");
        check(spark, violations, "NL and the provinces", """
                select concat_ws(' ', tabel, maand, sleutel, kolom)
                from gepubliceerde_cellen
                where gemeentecode = 'NL' or gemeentecode like 'PV%'
                group by tabel, maand, sleutel, kolom
                having count_if(verborgen) = 1""");
        check(spark, violations, "a total and the groups of a breakdown", """
                with groups as (
                    select tabel, gemeentecode, maand, dimensie, kolom, verborgen
                    from gepubliceerde_cellen
                    where tabel = 'gemeente_maand_uitsplitsing'
                      and dimensie in ('partnertype', 'leeftijd', 'bedrag', 'aantal_pogingen', 'signaalstatus', 'matchtype')
                ),
                totals as (
                    select t.tabel, t.gemeentecode, t.maand, d.dimensie, t.kolom, t.verborgen
                    from gepubliceerde_cellen t
                    join (select distinct gemeentecode, maand, dimensie from groups) d
                        on d.gemeentecode = t.gemeentecode and d.maand = t.maand
                    where t.tabel = 'gemeente_maand'
                )
                select concat_ws(' ', gemeentecode, maand, dimensie, kolom)
                from (select * from groups union all select * from totals)
                group by gemeentecode, maand, dimensie, kolom
                having count_if(tabel = 'gemeente_maand_uitsplitsing') > 0 and count_if(verborgen) = 1""");
        check(spark, violations, "within a row (matchtype, attempts, statuses, help)", """
                with relatie as (
                    select * from values
                        ('matchtype', 'gemeente_maand', '', 'zaken'),
                        ('matchtype', 'gemeente_maand', '', 'zaken_enkelvoudig'),
                        ('matchtype', 'gemeente_maand', '', 'zaken_meervoudig'),
                        ('matchtype', 'gemeente_maand', '', 'zaken_opeenvolgend'),
                        ('enkelvoudig', 'gemeente_maand', '', 'zaken_enkelvoudig'),
                        ('enkelvoudig', 'gemeente_maand_uitsplitsing', 'matchtype=enkelvoudig', 'zaken'),
                        ('meervoudig', 'gemeente_maand', '', 'zaken_meervoudig'),
                        ('meervoudig', 'gemeente_maand_uitsplitsing', 'matchtype=meervoudig', 'zaken'),
                        ('opeenvolgend', 'gemeente_maand', '', 'zaken_opeenvolgend'),
                        ('opeenvolgend', 'gemeente_maand_uitsplitsing', 'matchtype=opeenvolgend', 'zaken'),
                        ('zonder poging', 'gemeente_maand', '', 'zaken'),
                        ('zonder poging', 'gemeente_maand', '', 'zaken_met_contactpoging'),
                        ('zonder poging', 'gemeente_maand_uitsplitsing', 'aantal_pogingen=0', 'zaken'),
                        ('met poging', 'gemeente_maand', '', 'zaken_met_contactpoging'),
                        ('met poging', 'gemeente_maand_uitsplitsing', 'aantal_pogingen=1-2', 'zaken'),
                        ('met poging', 'gemeente_maand_uitsplitsing', 'aantal_pogingen=3', 'zaken'),
                        ('met poging', 'gemeente_maand_uitsplitsing', 'aantal_pogingen=4+', 'zaken'),
                        ('opgepakt', 'gemeente_maand', '', 'signalen'),
                        ('opgepakt', 'gemeente_maand', '', 'signalen_niet_opgepakt'),
                        ('opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Nog niet opgepakt', 'signalen'),
                        ('opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=onbekend', 'signalen'),
                        ('niet opgepakt', 'gemeente_maand', '', 'signalen_niet_opgepakt'),
                        ('niet opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Niet opgepakt: onterecht signaal', 'signalen'),
                        ('niet opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Inwoner is overleden', 'signalen'),
                        ('niet opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Persoon is geen inwoner (meer) in de gemeente', 'signalen'),
                        ('niet opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Niet opgepakt: herhaalde melding', 'signalen'),
                        ('niet opgepakt', 'gemeente_maand_uitsplitsing', 'signaalstatus=Niet opgepakt: andere reden', 'signalen'),
                        ('hulp', 'gemeente_maand', '', 'zaken_hulp_geaccepteerd'),
                        ('hulp', 'gemeente_maand', '', 'zaken_hulp_geaccepteerd_en_bereikt'),
                        ('hulp', 'gemeente_maand', '', 'zaken_geaccepteerd_zonder_bereik')
                    as t(naam, tabel, sleutel, kolom)
                )
                select concat_ws(' ', r.naam, c.gemeentecode, c.maand)
                from relatie r
                join gepubliceerde_cellen c on c.tabel = r.tabel and c.sleutel = r.sleutel and c.kolom = r.kolom
                group by r.naam, c.gemeentecode, c.maand
                having count_if(c.verborgen) = 1""");
        String dropOutAndGroups = """
                with deel as (
                    select u.gemeentecode, u.maand, u.partnertype, u.signaalstatus, u.signalen, p.signalen is null as verborgen
                    from gold.partner_uitval u
                    join gold.partner_uitval_gepubliceerd p
                        on p.gemeentecode = u.gemeentecode and p.maand = u.maand and p.partnertype = u.partnertype
                        and p.signaalstatus = u.signaalstatus
                ),
                leden as (
                    select gemeentecode, maand, 'partnertype' as dimensie, partnertype as waarde, signalen, 0 as totaal, verborgen from deel
                    union all
                    select gemeentecode, maand, 'signaalstatus', signaalstatus, signalen, 0, verborgen from deel
                    union all
                    select u.gemeentecode, u.maand, u.dimensie, u.waarde, 0, u.signalen, u.signalen > 0 and p.signalen is null
                    from gold.gemeente_maand_uitsplitsing u
                    join gold.gemeente_maand_uitsplitsing_gepubliceerd p
                        on p.gemeentecode = u.gemeentecode and p.maand = u.maand and p.dimensie = u.dimensie and p.waarde = u.waarde
                    where u.dimensie in ('partnertype', 'signaalstatus')
                )
                select concat_ws(' ', gemeentecode, maand, dimensie, waarde)
                from leden
                group by gemeentecode, maand, dimensie, waarde
                having\s""";
        check(spark, violations, "partner_uitval does not add up to its partnertype or signaalstatus group",
                dropOutAndGroups + "sum(signalen) <> sum(totaal)");
        check(spark, violations, "partner_uitval and its partnertype or signaalstatus group",
                dropOutAndGroups + "count_if(verborgen) = 1");
        for (PublishedTable table : PublishedTable.values()) {
            String from = " from gold." + table.source() + " u join gold." + table.target() + " p on " + join(table);
            for (String column : table.counts()) {
                check(spark, violations, table.target() + "." + column + " shown small, changed or wrongly listed",
                        "select concat_ws(' ', u.gemeentecode, u.maand, " + rowKey(table) + ")" + from + " where"
                                + " (p." + column + " between 1 and 4) or (p." + column + " <> u." + column + ")"
                                + " or (p." + column + " is null and u." + column + " = 0)"
                                + " or array_contains(p.secundair_onderdrukt, '" + column + "') <> coalesce(p." + column
                                + " is null and u." + column + " >= 5, false)");
            }
            for (PublishedTable.Derived d : table.derived()) {
                String shown = "p." + d.column() + " is not null and (";
                String broken = switch (d.kind()) {
                    case PERCENTAGE -> "u." + d.denominator() + " < 10 or p." + d.numerator() + " is null or p." + d.denominator()
                            + " is null or u." + d.numerator() + " between 1 and 4 or u." + d.denominator() + " - u."
                            + d.numerator() + " between 1 and 4 or abs(p." + d.column() + " - u." + d.column() + ") > 1e-9"
                            + " or abs(p." + d.column() + " - 100 * u." + d.numerator() + " / u." + d.denominator()
                            + (d.column().equals("bereik_verschil_doel_pp") ? " + u.bereik_doel_pct" : "") + ") > 1e-9";
                    case PER_INHABITANTS -> "p." + d.numerator() + " is null";
                    case MEDIAN -> "u." + d.denominator() + " < 10";
                };
                check(spark, violations, table.target() + "." + d.column() + " shown against the rule",
                        "select concat_ws(' ', u.gemeentecode, u.maand, " + rowKey(table) + ")" + from + " where " + shown + broken + ")");
            }
        }
        return violations;
    }

    /** Every published count cell: table, area, month, row key, column, gold value and whether it is hidden. */
    private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> cells(SparkSession spark) {
        List<String> parts = new ArrayList<>();
        for (PublishedTable table : PublishedTable.values()) {
            String dimensie = table == PublishedTable.UITSPLITSING ? "u.dimensie" : "cast(null as string)";
            parts.add("select '" + table.source() + "' as tabel, u.gemeentecode, u.maand, " + dimensie + " as dimensie, "
                    + rowKey(table) + " as sleutel, inline(array(" + structs(table) + "))"
                    + " from gold." + table.source() + " u join gold." + table.target() + " p on " + join(table));
        }
        return spark.sql("select * from (" + String.join(" union all ", parts) + ") where waarde is not null");
    }

    private static String structs(PublishedTable table) {
        List<String> structs = new ArrayList<>();
        for (String column : table.counts()) {
            structs.add("named_struct('kolom', '" + column + "', 'waarde', u." + column + ", 'verborgen', u." + column
                    + " is not null and p." + column + " is null)");
        }
        return String.join(", ", structs);
    }

    private static String rowKey(PublishedTable table) {
        return switch (table) {
            case UITSPLITSING -> "concat(u.dimensie, '=', u.waarde)";
            case GEBEURTENISSEN -> "u.gebeurtenis";
            case PARTNER_UITVAL -> "concat(u.partnertype, '=', u.signaalstatus)";
            default -> "''";
        };
    }

    private static String join(PublishedTable table) {
        StringBuilder on = new StringBuilder("p.gemeentecode = u.gemeentecode and p.maand = u.maand");
        for (String column : table.rowKey()) on.append(" and p.").append(column).append(" = u.").append(column);
        return on.toString();
    }

    private static void check(SparkSession spark, List<String> violations, String what, String sql) {
        List<String> found = spark.sql(sql).limit(1000).collectAsList().stream().map(r -> r.getString(0)).toList();
        if (!found.isEmpty()) violations.add(what + ": " + found.size() + (found.size() == 1000 ? "+" : "") + ", e.g. " + found.get(0));
    }
}
