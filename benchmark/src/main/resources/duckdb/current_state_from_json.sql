-- The current state of signals and cases straight from the DDAS JSON files (${files}), as silver.signalen and
-- silver.zaken define it: per identity the version of the latest aanleverdatumEnTijd (ties: the later file name).
-- Simplifications against the product: no validation or quarantine (the generated DDAS files are valid), no
-- pseudonymisation (the address key is the normalised address itself; the product hashes it at ingest, not in
-- transform), no mapping of merged municipalities to their successor (gemeentecode_actueel = gemeentecode).

create temp table deliveries as
select
    filename as bestand,
    codeGegevensleverancier as leverancier,
    aanleverdatumEnTijd as aanleverdatum,
    unnest(leveringen) as levering
from read_json(${files}, maximum_object_size = 2000000000, filename = true, columns = {
    codeGegevensleverancier: 'VARCHAR',
    aanleverdatumEnTijd: 'TIMESTAMPTZ',
    leveringen: 'STRUCT(gemeentecode VARCHAR,
        vroegsignalen STRUCT("ID" VARCHAR, signaaldatum DATE, status VARCHAR,
            client STRUCT("Postcode" VARCHAR, "Huisnummer" VARCHAR, "Huisnummertoevoeging" VARCHAR))[],
        vroegsignaalzaken STRUCT(resultaat VARCHAR, vroegsignalen STRUCT("ID" VARCHAR)[],
            contactpogingen STRUCT(soort VARCHAR, bereikt BOOLEAN, datum DATE)[])[])[]'
});

create temp table signalen as
with versions as (
    select leverancier, 'GM' || levering.gemeentecode as gemeentecode, aanleverdatum, bestand,
        unnest(levering.vroegsignalen) as s
    from deliveries
),
normalised as (
    select *, upper(regexp_replace(s.client."Postcode", '\s+', '', 'g')) as postcode
    from versions
)
select
    leverancier,
    gemeentecode,
    gemeentecode as gemeentecode_actueel,
    s."ID" as signaal_id,
    s.signaaldatum,
    cast(date_trunc('month', s.signaaldatum) as date) as maand,
    s.status,
    case when regexp_full_match(postcode, '[1-9][0-9]{3}[A-Z]{2}')
        then postcode || '|' || upper(trim(coalesce(s.client."Huisnummer", ''))) || '|'
            || upper(trim(coalesce(s.client."Huisnummertoevoeging", '')))
    end as adres_sleutel
from normalised
qualify row_number() over (partition by leverancier, gemeentecode, s."ID" order by aanleverdatum desc, bestand desc) = 1;

create temp table zaken as
with versions as (
    select leverancier, 'GM' || levering.gemeentecode as gemeentecode, aanleverdatum, bestand,
        unnest(levering.vroegsignaalzaken) as z
    from deliveries
),
identified as (
    select *, list_distinct(list_transform(z.vroegsignalen, lambda v: v."ID")) as signaal_ids
    from versions
)
select
    leverancier,
    gemeentecode,
    gemeentecode as gemeentecode_actueel,
    list_min(signaal_ids) as zaak_id,
    signaal_ids,
    z.resultaat,
    z.contactpogingen
from identified
qualify row_number() over (partition by leverancier, gemeentecode, list_min(signaal_ids) order by aanleverdatum desc, bestand desc) = 1;
