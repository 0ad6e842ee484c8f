-- gold.gemeente_maand_gepubliceerd: gold.gemeente_maand as it may be published (reports, dashboard, serving
-- database): a count from 1 to 4 is hidden (NULL, shown as "<5") and a figure whose denominator is below 10 is
-- hidden (both thresholds are parameters). Researchers querying the lake use the unsuppressed gold.gemeente_maand.
-- A figure derived from a count (signals per 1,000 inhabitants) is hidden with the count it would reveal.
-- grain: one row per (gemeentecode, maand), as gold.gemeente_maand
with

gemeente_maand as (
    select * from gold.gemeente_maand
)

select
    gemeentecode,
    gemeentenaam,
    niveau,
    provinciecode,
    maand,
    case when signalen between 1 and ${kleinste_getoonde_telling} - 1 then null else signalen end as signalen,
    inwoners,
    case when signalen between 1 and ${kleinste_getoonde_telling} - 1 then null else signalen_per_1000_inwoners end as signalen_per_1000_inwoners,
    case when signalen_niet_opgepakt between 1 and ${kleinste_getoonde_telling} - 1 then null else signalen_niet_opgepakt end as signalen_niet_opgepakt,
    case when signalen < ${kleinste_noemer_voor_percentage} then null else uitval_pct end as uitval_pct,
    case when zaken between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken end as zaken,
    case when zaken_enkelvoudig between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_enkelvoudig end as zaken_enkelvoudig,
    case when zaken_meervoudig between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_meervoudig end as zaken_meervoudig,
    case when zaken_opeenvolgend between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_opeenvolgend end as zaken_opeenvolgend,
    case when zaken_met_contactpoging between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_met_contactpoging end as zaken_met_contactpoging,
    case when zaken_bereikt between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_bereikt end as zaken_bereikt,
    case when zaken < ${kleinste_noemer_voor_percentage} then null else bereik_pct end as bereik_pct,
    bereik_doel_pct,
    case when zaken < ${kleinste_noemer_voor_percentage} then null else bereik_verschil_doel_pp end as bereik_verschil_doel_pp,
    case when zaken_hulp_geaccepteerd between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_hulp_geaccepteerd end as zaken_hulp_geaccepteerd,
    case when zaken_bereikt < ${kleinste_noemer_voor_percentage} then null else hulpacceptatie_pct_van_bereikt end as hulpacceptatie_pct_van_bereikt,
    case when zaken < ${kleinste_noemer_voor_percentage} then null else hulpacceptatie_pct_van_zaken end as hulpacceptatie_pct_van_zaken,
    case when zaken_quick_fix between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_quick_fix end as zaken_quick_fix,
    case when zaken_hulp_geaccepteerd < ${kleinste_noemer_voor_percentage} then null else quick_fix_pct_van_geaccepteerd end as quick_fix_pct_van_geaccepteerd,
    case when zaken_geaccepteerd_zonder_bereik between 1 and ${kleinste_getoonde_telling} - 1 then null else zaken_geaccepteerd_zonder_bereik end as zaken_geaccepteerd_zonder_bereik,
    case when zaken_met_contactpoging < ${kleinste_noemer_voor_percentage} then null else mediaan_dagen_tot_eerste_poging end as mediaan_dagen_tot_eerste_poging,
    case when zaken < ${kleinste_noemer_voor_percentage} then null else binnen_4_weken_pct end as binnen_4_weken_pct,
    voorlopig
from gemeente_maand
