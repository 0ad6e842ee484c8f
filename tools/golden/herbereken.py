#!/usr/bin/env python3
# Usage: python3 tools/golden/herbereken.py INPUT_DIR [GOLDEN_DIR]  (INPUT_DIR: files of `vroeg generate`)
"""Recomputes the gold figures of spec/indicators.md from delivered input files, independently of the pipeline.

A review tool for the golden files of transform/src/test/resources/golden/gegenereerd_*.csv: it reads the DDAS JSON
deliveries, the partner event files (CSV and XLSX) and the reference module's files (DDAS code lists, help
accepted, event kinds, CBS data: reference/src/main/resources/nl/vroeg/reference) directly (Python 3 standard
library only, no Spark, no SQL models), computes gold.gemeente_maand, gold.gemeente_maand_uitsplitsing,
gold.gebeurtenissen_maand and gold.afloop following spec/indicators.md and spec/inputs.md literally, and prints
them. Given GOLDEN_DIR it compares every column it computes with the golden files (numbers to 4 decimals, an empty
field is NULL) and lists each difference; exit code 1 when there is one.

Where the spec leaves a choice open, the choice is written next to the code ("spec is silent").
"""

import csv
import hashlib
import io
import json
import os
import re
import statistics
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, datetime, timedelta

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# the reference module's files: the same facts the pipeline reads (docs/ARCHITECTURE.md, "Reference facts")
REFERENCE = os.path.join(ROOT, "reference", "src", "main", "resources", "nl", "vroeg", "reference")
CBS = os.path.join(REFERENCE, "cbs")
AFLOOP_KINDS = ["AANZEGGING_ONTRUIMING", "ONTRUIMING", "AFSLUITING", "WANBETALERSREGELING"]
POSTCODE = re.compile(r"[1-9][0-9]{3}[A-Z]{2}")


# ---------------------------------------------------------------------------------------------- reference data

def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def read_reference(name):
    with open(os.path.join(REFERENCE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_code_lists():
    """The DDAS code lists (the official schema's enums, in its order), by list name."""
    lists = defaultdict(list)
    for row in read_reference("ddas-codelijsten.csv"):
        lists[row["lijst"]].append(row["waarde"])
    return lists


CODE_LISTS = load_code_lists()
PARTNERTYPES = CODE_LISTS["partnertype"]
CONTACTSOORTEN = CODE_LISTS["contactsoort"]
RESULTATEN = CODE_LISTS["eindresultaat"]
DAGDELEN = CODE_LISTS["dagdeel"]
STATUSSEN = CODE_LISTS["signaalstatus"]
HULP = {row["eindresultaat"] for row in read_reference("hulp-geaccepteerd.csv")}
QUICK_FIX = next(row["eindresultaat"] for row in read_reference("hulp-geaccepteerd.csv") if row["quick_fix"] == "true")
EVENT_KINDS = {row["soort"] for row in read_reference("gebeurtenissoorten.csv")}


def load_cbs():
    """Latest municipal division (the newest gemeenten-alfabetisch-YYYY.csv), mergers, inhabitants per year."""
    lists = sorted(f for f in os.listdir(CBS) if re.fullmatch(r"gemeenten-alfabetisch-\d{4}\.csv", f))
    gemeenten = {}
    all_codes = set()
    for name in lists:
        with open(os.path.join(CBS, name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                all_codes.add(row["GemeentecodeGM"])
    with open(os.path.join(CBS, lists[-1]), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gemeenten[row["GemeentecodeGM"]] = (row["Gemeentenaam"], row["ProvinciecodePV"], row["Provincienaam"])
    successor = {}
    with open(os.path.join(CBS, "herindelingen-2022-2023.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            successor[row["oud_gm_code"]] = row["nieuw_gm_code"]
            all_codes.add(row["oud_gm_code"])
    inwoners = defaultdict(dict)  # code -> year -> inhabitants
    with open(os.path.join(CBS, "inwoners.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            inwoners[row["gemeentecode"]][int(row["jaar"])] = int(row["inwoners"])
    return gemeenten, successor, inwoners, all_codes


GEMEENTEN, SUCCESSOR, INWONERS, KNOWN_CODES = load_cbs()


def current(code):
    """The municipality of the current division that continues code (mergers followed to the end)."""
    seen = 0
    while code in SUCCESSOR and SUCCESSOR[code] != code and seen < 5:
        code = SUCCESSOR[code]
        seen += 1
    return code


def areas(code):
    """The areas a municipality (current division) counts for: itself, its province, NL."""
    naam, pv, pvnaam = GEMEENTEN[code]
    return [(code, naam, "gemeente"), (pv, pvnaam, "provincie"), ("NL", "Nederland", "land")]


def inhabitants(code, month):
    """spec/inputs.md section 4: that year, else the latest earlier year, else the earliest year."""
    years = INWONERS.get(code, {})
    if not years:
        return None
    earlier = [y for y in years if y <= month.year]
    return years[max(earlier)] if earlier else years[min(years)]


def normalise_code(text):
    if text is None:
        return None
    t = str(text).strip().upper()
    if t.startswith("GM"):
        t = t[2:]
    if not re.fullmatch(r"\d{1,4}", t):
        return None
    return "GM" + t.zfill(4)


def normalise_postcode(text):
    return None if text is None else re.sub(r"\s+", "", str(text)).upper()


def address_key(postcode, huisnummer, toevoeging):
    """(normalised postcode, house number, addition), or None when the postcode is missing or invalid."""
    pc = normalise_postcode(postcode)
    if pc is None or not POSTCODE.fullmatch(pc):
        return None
    clean = lambda v: "" if v is None else str(v).strip().upper()
    return (pc, clean(huisnummer), clean(toevoeging))


def parse_date(text):
    if text is None:
        return None
    t = str(text).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    return None


def month_of(d):
    return date(d.year, d.month, 1)


def add_months(d, n):
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def last_day(month):
    return add_months(month, 1) - timedelta(days=1)


def age(birth, on):
    if birth is None:
        return None
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return years if 16 <= years <= 110 else None  # implausible: empty (spec/inputs.md)


# ---------------------------------------------------------------------------------------------- DDAS deliveries

class Deliveries:
    def __init__(self):
        self.signal_versions = defaultdict(list)  # (leverancier, gm, id) -> [(order, signal)]
        self.case_versions = defaultdict(list)    # (leverancier, gm) -> [(order, case)], every version delivered
        self.einddatum = defaultdict(list)        # gm (as delivered) -> einddatumLevering
        self.quarantined = defaultdict(int)
        self.files = 0


def read_ddas(path, file_order, d):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    d.files += 1
    leverancier = doc["codeGegevensleverancier"]
    aanlever = doc["aanleverdatumEnTijd"]
    einde = parse_date(doc["einddatumLevering"])
    position = 0
    for levering in doc["leveringen"]:
        gm = normalise_code(levering.get("gemeentecode"))
        if gm not in KNOWN_CODES:
            d.quarantined["levering"] += 1
            continue
        d.einddatum[gm].append(einde)
        seen = set()
        for s in levering.get("vroegsignalen", []):
            position += 1
            sid = s.get("ID")
            ptype = (s.get("signaalpartner") or {}).get("type")
            sdate = parse_date(s.get("signaaldatum"))
            bedrag = s.get("bedrag")
            status = s.get("status")
            bad = (not sid or ptype not in PARTNERTYPES or sdate is None
                   or (bedrag is not None and (not isinstance(bedrag, int) or bedrag < 0))
                   or ("status" in s and status not in STATUSSEN) or sid in seen)
            if bad:
                d.quarantined["signaal"] += 1
                continue
            seen.add(sid)
            c = s.get("client", {})
            signal = {
                "leverancier": leverancier, "gm": gm, "id": sid, "datum": sdate, "partner": ptype, "bedrag": bedrag,
                "status": status, "adres": address_key(c.get("Postcode"), c.get("Huisnummer"), c.get("Huisnummertoevoeging")),
                "leeftijd": age(parse_date(c.get("Geboortedatum")), sdate),
            }
            d.signal_versions[(leverancier, gm, sid)].append(((aanlever, file_order, position), signal))
        for z in levering.get("vroegsignaalzaken", []):
            position += 1
            ids = [ref.get("ID") for ref in z.get("vroegsignalen", [])]
            if not ids or any(not i for i in ids) or ("resultaat" in z and z.get("resultaat") not in RESULTATEN):
                d.quarantined["zaak"] += 1
                continue
            attempts = []
            for p in z.get("contactpogingen", []):
                pdate = parse_date(p.get("datum"))
                if p.get("soort") not in CONTACTSOORTEN or pdate is None or ("dagdeel" in p and p["dagdeel"] not in DAGDELEN):
                    d.quarantined["contactpoging"] += 1
                    continue
                attempts.append({"soort": p["soort"], "bereikt": p.get("bereikt") is True, "datum": pdate})
            case = {"leverancier": leverancier, "gm": gm, "ids": ids, "resultaat": z.get("resultaat"), "pogingen": attempts}
            d.case_versions[(leverancier, gm)].append(((aanlever, file_order, position), case))


def latest(versions):
    """Later delivery wins: latest aanleverdatumEnTijd, then latest ingest (file order, position in the file)."""
    return max(versions, key=lambda v: v[0])[1]


def current_cases(versions):
    """spec/inputs.md (identity): a case version is current only while no later version of the same supplier and
    municipality shares a signal ID with it. versions: [(order, case)] of one supplier and municipality."""
    latest_order = {}  # signal ID -> order of the latest version listing it
    for order, case in versions:
        for i in case["ids"]:
            latest_order[i] = max(latest_order.get(i, order), order)
    return [case for order, case in versions if all(latest_order[i] <= order for i in case["ids"])]


# ---------------------------------------------------------------------------------------------- partner events

def read_events_csv(path):
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    header = text.splitlines()[0]
    sep = ";" if header.count(";") >= header.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    names = [h.strip().lower() for h in rows[0]]
    return [dict(zip(names, r)) for r in rows[1:] if any(v.strip() for v in r)]


XLSX_SYNONYMS = {"huisnr": "huisnummer", "toev.": "huisnummertoevoeging", "toevoeging": "huisnummertoevoeging",
                 "soort": "gebeurtenis", "gemeente": "gemeentecode"}
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def read_events_xlsx(path):
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        sheets = [s.get("name") for s in workbook.find("m:sheets", NS)]
        index = next((i for i, n in enumerate(sheets) if n in ("Ontruimingen", "Gebeurtenissen")), 0)
        sheet = ET.fromstring(z.read("xl/worksheets/sheet%d.xml" % (index + 1)))
        table = []
        for row in sheet.iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                col = re.match(r"[A-Z]+", c.get("r")).group()
                n = 0
                for ch in col:
                    n = n * 26 + ord(ch) - 64
                t = c.get("t")
                v = c.find("m:v", NS)
                if t == "s":
                    value = shared[int(v.text)]
                elif t == "inlineStr":
                    value = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                elif v is not None:
                    value = float(v.text)  # a number (an Excel date is a serial day number)
                else:
                    value = None
                cells[n - 1] = value
            table.append([cells.get(i) for i in range(max(cells) + 1)] if cells else [])
    for h, row in enumerate(table[:10]):
        names = [XLSX_SYNONYMS.get(str(v).strip().lower(), str(v).strip().lower()) if v is not None else "" for v in row]
        if "datum" in names and "gebeurtenis" in names:
            break
    else:
        raise ValueError(path + ": no header row in the first 10 rows")
    out = []
    for row in table[h + 1:]:
        if not any(v not in (None, "") for v in row):
            continue
        rec = {}
        for i, name in enumerate(names):
            v = row[i] if i < len(row) else None
            if isinstance(v, float):
                v = (date(1899, 12, 30) + timedelta(days=int(v))).isoformat() if name in ("datum", "geboortedatum") \
                    else str(int(v)) if v == int(v) else str(v)
            rec[name] = "" if v is None else v
        out.append(rec)
    return out


def read_events(paths):
    events, quarantined, duplicates = [], 0, 0
    seen = set()
    for path in paths:
        rows = read_events_xlsx(path) if path.endswith(".xlsx") else read_events_csv(path)
        for r in rows:
            datum = parse_date(r.get("datum"))
            gm = normalise_code(r.get("gemeentecode"))
            kind = (r.get("gebeurtenis") or "").strip()
            if kind not in EVENT_KINDS or r.get("partnertype", "").strip() not in PARTNERTYPES or datum is None \
                    or gm not in KNOWN_CODES:
                quarantined += 1
                continue
            e = {"gm": current(gm), "datum": datum, "gebeurtenis": kind,
                 "adres": address_key(r.get("postcode"), r.get("huisnummer"), r.get("huisnummertoevoeging"))}
            identity = (r.get("partnertype"), r.get("partner"), kind, datum, gm, e["adres"], r.get("bsn"), r.get("geboortedatum"))
            if identity in seen:
                duplicates += 1
            seen.add(identity)
            events.append(e)
    return events, quarantined, duplicates


# ---------------------------------------------------------------------------------------------- indicators

def pct(num, den):
    return None if den == 0 else 100.0 * num / den


def compute(input_dir):
    # files in path order (the ingest order of `vroeg ingest DIR`); a file with the bytes of an earlier one
    # changes nothing (spec/inputs.md: files are identified by their SHA-256)
    files, seen_sha = [], set()
    for f in sorted(os.listdir(input_dir)):
        path = os.path.join(input_dir, f)
        sha = hashlib.sha256(read_bytes(path)).hexdigest()
        if not f.startswith(".") and sha not in seen_sha:
            files.append(path)
            seen_sha.add(sha)
    d = Deliveries()
    for order, path in enumerate(files):
        if path.endswith(".json"):
            read_ddas(path, order, d)
    events, events_quarantined, event_duplicates = read_events(
        [p for p in files if re.search(r"(gebeurtenissen|ontruimingen).*\.(csv|xlsx)$", os.path.basename(p))])

    signals = {k: latest(v) for k, v in d.signal_versions.items()}
    for s in signals.values():
        s["gm_actueel"] = current(s["gm"])
        s["maand"] = month_of(s["datum"])

    # signals per current municipality and address, for the matching flags and the events
    by_address = defaultdict(list)
    for s in signals.values():
        if s["adres"] is not None:
            by_address[(s["gm_actueel"], s["adres"])].append(s)
    signal_dates_at = defaultdict(list)  # address -> signal dates (any municipality)
    for s in signals.values():
        if s["adres"] is not None:
            signal_dates_at[s["adres"]].append(s["datum"])

    cases = []
    unknown_signal = 0
    for c in (case for versions in d.case_versions.values() for case in current_cases(versions)):
        own = [signals.get((c["leverancier"], c["gm"], i)) for i in c["ids"]]
        if any(s is None for s in own):
            unknown_signal += 1  # spec/inputs.md: quarantined
            continue
        first = min(own, key=lambda s: (s["datum"], s["id"]))
        z = {"gm_actueel": current(c["gm"]), "maand": first["maand"], "eerste": first, "adres": first["adres"],
             "signalen": own, "resultaat": c["resultaat"], "pogingen": c["pogingen"]}
        counting = [p for p in c["pogingen"] if p["soort"] != "Administratief"]
        z["telbare"] = len(counting)
        z["bereikt"] = any(p["bereikt"] for p in c["pogingen"])
        z["hulp"] = c["resultaat"] in HULP
        z["quick_fix"] = c["resultaat"] == QUICK_FIX
        z["dagen"] = (min(p["datum"] for p in counting) - first["datum"]).days if counting else None
        if z["adres"] is None:
            z["meervoudig"] = z["opeenvolgend"] = False
        else:
            at = by_address[(z["gm_actueel"], z["adres"])]
            z["meervoudig"] = sum(1 for s in at if s["maand"] == z["maand"]) >= 2
            start = add_months(z["maand"], -6)
            z["opeenvolgend"] = any(start <= s["datum"] < z["maand"] for s in at)
        z["enkelvoudig"] = not z["meervoudig"] and not z["opeenvolgend"]
        z["soorten"] = {p["soort"] for p in c["pogingen"]}
        # alleen Brief: all counting attempts are letters; a case without counting attempts is not "contacted only
        # by letter" (spec is silent on the empty case)
        z["alleen_brief"] = len(counting) > 0 and all(p["soort"] == "Brief" for p in counting)
        total = [s["bedrag"] for s in own]
        z["bedrag"] = None if any(b is None for b in total) else sum(total)
        cases.append(z)

    # ---- gold.gemeente_maand
    latest_end = defaultdict(lambda: None)
    for gm, ends in d.einddatum.items():
        g = current(gm)
        latest_end[g] = max([e for e in ends] + ([latest_end[g]] if latest_end[g] else []))
    municipality_months = {(s["gm_actueel"], s["maand"]) for s in signals.values()} | {(z["gm_actueel"], z["maand"]) for z in cases}
    area_info = {}
    context = defaultdict(lambda: {"inwoners": 0, "voorlopig": False})
    for gm, m in municipality_months:
        end = latest_end[gm]
        voorlopig = True if end is None else (end - last_day(m)).days < 56
        for code, naam, niveau in areas(gm):
            area_info[code] = (naam, niveau)
            # an area's inhabitants: those of its municipalities with data in the month (spec is silent)
            context[(code, m)]["inwoners"] += inhabitants(gm, m) or 0
            context[(code, m)]["voorlopig"] |= voorlopig
    gm_rows = {}
    for (code, m), ctx in context.items():
        sig = [s for s in signals.values() if s["maand"] == m and code in [a[0] for a in areas(s["gm_actueel"])]]
        zs = [z for z in cases if z["maand"] == m and code in [a[0] for a in areas(z["gm_actueel"])]]
        n_sig, n_z = len(sig), len(zs)
        niet = sum(1 for s in sig if (s["status"] or "") not in ("", "Nog niet opgepakt"))
        bereikt = sum(z["bereikt"] for z in zs)
        hulp = sum(z["hulp"] for z in zs)
        hulp_bereikt = sum(z["hulp"] and z["bereikt"] for z in zs)
        qf = sum(z["quick_fix"] for z in zs)
        dagen = [z["dagen"] for z in zs if z["dagen"] is not None]
        gm_rows[(code, m.isoformat())] = {
            "gemeentenaam": area_info[code][0], "niveau": area_info[code][1],
            "signalen": n_sig, "inwoners": ctx["inwoners"],
            "signalen_per_1000_inwoners": 1000.0 * n_sig / ctx["inwoners"] if ctx["inwoners"] else None,
            "signalen_niet_opgepakt": niet, "uitval_pct": pct(niet, n_sig),
            "zaken": n_z,
            "zaken_enkelvoudig": sum(z["enkelvoudig"] for z in zs),
            "zaken_meervoudig": sum(z["meervoudig"] for z in zs),
            "zaken_opeenvolgend": sum(z["opeenvolgend"] for z in zs),
            "zaken_met_contactpoging": sum(z["telbare"] > 0 for z in zs),
            "zaken_bereikt": bereikt, "bereik_pct": pct(bereikt, n_z), "bereik_doel_pct": 40.0,
            "bereik_verschil_doel_pp": None if n_z == 0 else pct(bereikt, n_z) - 40.0,
            "zaken_hulp_geaccepteerd": hulp,
            "hulpacceptatie_pct_van_bereikt": pct(hulp_bereikt, bereikt),
            "hulpacceptatie_pct_van_zaken": pct(hulp, n_z),
            "quick_fix_pct_van_geaccepteerd": pct(qf, hulp),
            "zaken_geaccepteerd_zonder_bereik": sum(z["hulp"] and not z["bereikt"] for z in zs),
            "mediaan_dagen_tot_eerste_poging": float(statistics.median(dagen)) if dagen else None,
            "binnen_4_weken_pct": pct(sum(1 for x in dagen if x <= 28), n_z),
            "voorlopig": ctx["voorlopig"],
        }

    # ---- gold.gemeente_maand_uitsplitsing (non-empty groups)
    def band_age(a):
        return "onbekend" if a is None else "<27" if a < 27 else "27-44" if a < 45 else "45-64" if a < 65 else "65+"

    def band_amount(b):
        return "onbekend" if b is None else "<75" if b < 75 else "75-249" if b < 250 else "250-499" if b < 500 \
            else "500-999" if b < 1000 else "1000+"

    def band_attempts(n):
        return "0" if n == 0 else "1-2" if n <= 2 else "3" if n == 3 else "4+"

    groups = defaultdict(lambda: {"signalen": 0, "zaken": 0, "bereikt": 0, "hulp": 0, "hulp_bereikt": 0})
    signal_dims = {"partnertype", "leeftijd", "bedrag", "signaalstatus"}
    case_dims = {"partnertype", "leeftijd", "bedrag", "contactsoort", "aantal_pogingen", "matchtype"}
    for s in signals.values():
        memberships = [("partnertype", s["partner"]), ("leeftijd", band_age(s["leeftijd"])),
                       ("bedrag", band_amount(s["bedrag"])), ("signaalstatus", s["status"] or "onbekend")]
        for code, _, _ in areas(s["gm_actueel"]):
            for dim, val in memberships:
                groups[(code, s["maand"].isoformat(), dim, val)]["signalen"] += 1
    for z in cases:
        memberships = [("partnertype", z["eerste"]["partner"]), ("leeftijd", band_age(z["eerste"]["leeftijd"])),
                       ("bedrag", band_amount(z["bedrag"])), ("aantal_pogingen", band_attempts(z["telbare"]))]
        memberships += [("contactsoort", soort) for soort in sorted(z["soorten"])]
        if z["alleen_brief"]:
            memberships.append(("contactsoort", "alleen Brief"))
        memberships += [("matchtype", f) for f in ("enkelvoudig", "meervoudig", "opeenvolgend") if z[f]]
        for code, _, _ in areas(z["gm_actueel"]):
            for dim, val in memberships:
                g = groups[(code, z["maand"].isoformat(), dim, val)]
                g["zaken"] += 1
                g["bereikt"] += z["bereikt"]
                g["hulp"] += z["hulp"]
                g["hulp_bereikt"] += z["hulp"] and z["bereikt"]
    split_rows = {}
    for (code, m, dim, val), g in groups.items():
        split_rows[(code, m, dim, val)] = {
            "signalen": g["signalen"] if dim in signal_dims else None,
            "zaken": g["zaken"] if dim in case_dims else None,
            "zaken_bereikt": g["bereikt"] if dim in case_dims else None,
            "zaken_hulp_geaccepteerd": g["hulp"] if dim in case_dims else None,
            "bereik_pct": pct(g["bereikt"], g["zaken"]) if dim in case_dims else None,
            "hulpacceptatie_pct_van_bereikt": pct(g["hulp_bereikt"], g["bereikt"]) if dim in case_dims else None,
        }

    # ---- gold.gebeurtenissen_maand
    ev = defaultdict(lambda: {"aantal": 0, "met_adres": 0, "vooraf": 0})
    for e in events:
        prior = e["adres"] is not None and any(add_months(e["datum"], -12) <= sd < e["datum"]
                                               for sd in signal_dates_at.get(e["adres"], []))
        for code, naam, niveau in areas(e["gm"]):
            area_info[code] = (naam, niveau)
            g = ev[(code, month_of(e["datum"]).isoformat(), e["gebeurtenis"])]
            g["aantal"] += 1
            g["met_adres"] += e["adres"] is not None
            g["vooraf"] += prior
    event_rows = {}
    for (code, m, kind), g in ev.items():
        month = date.fromisoformat(m)
        # partners report nationally: an area's inhabitants are those of all its municipalities
        inw = sum(inhabitants(gm, month) or 0 for gm in GEMEENTEN if code in [a[0] for a in areas(gm)])
        event_rows[(code, m, kind)] = {
            "gemeentenaam": area_info[code][0], "niveau": area_info[code][1], "aantal": g["aantal"], "inwoners": inw,
            "per_1000_inwoners": 1000.0 * g["aantal"] / inw, "aantal_met_adres": g["met_adres"],
            "aantal_met_signaal_vooraf": g["vooraf"], "met_signaal_vooraf_pct": pct(g["vooraf"], g["met_adres"]),
        }

    # ---- gold.afloop
    horizon = max((e["datum"] for e in events), default=None)
    af = defaultdict(lambda: defaultdict(int))
    same_day = 0
    without_address = defaultdict(int)
    for z in cases:
        if z["adres"] is None:
            # no event can be linked to a case without an address key; such cases are left out (spec is silent)
            without_address[z["maand"].isoformat()] += 1
            continue
        start = z["eerste"]["datum"]
        had = {k: False for k in AFLOOP_KINDS}
        for e in events:
            if e["adres"] == z["adres"] and e["gebeurtenis"] in had:
                if start < e["datum"] <= start + timedelta(days=365):
                    had[e["gebeurtenis"]] = True
                elif e["datum"] == start:
                    same_day += 1
        for code, naam, niveau in areas(z["gm_actueel"]):
            g = af[(code, z["maand"].isoformat())]
            side = "bereikt" if z["bereikt"] else "niet_bereikt"
            g["zaken_" + side] += 1
            for k in AFLOOP_KINDS:
                g[side + "_" + k.lower()] += had[k]
    afloop_rows = {}
    for (code, m), g in af.items():
        row = {"gemeentenaam": area_info[code][0], "niveau": area_info[code][1],
               "zaken_bereikt": g["zaken_bereikt"], "zaken_niet_bereikt": g["zaken_niet_bereikt"]}
        for k in AFLOOP_KINDS:
            k = k.lower()
            row["bereikt_" + k] = g["bereikt_" + k]
            row["niet_bereikt_" + k] = g["niet_bereikt_" + k]
            row[k + "_pct_bereikt"] = pct(g["bereikt_" + k], g["zaken_bereikt"])
            row[k + "_pct_niet_bereikt"] = pct(g["niet_bereikt_" + k], g["zaken_niet_bereikt"])
        row["voorlopig"] = True if horizon is None else last_day(date.fromisoformat(m)) + timedelta(days=365) > horizon
        afloop_rows[(code, m)] = row

    notes = {
        "bestanden": [(os.path.basename(p), os.path.getsize(p), hashlib.sha256(read_bytes(p)).hexdigest()) for p in files],
        # the readings the spec leaves open, to see whether they matter for this data set
        "zaken_alleen_administratief_of_zonder_poging": sum(1 for z in cases if z["telbare"] == 0),
        "ddas_bestanden": d.files, "signaalversies": sum(len(v) for v in d.signal_versions.values()),
        "signalen": len(signals), "zaakversies": sum(len(v) for v in d.case_versions.values()), "zaken": len(cases),
        # one case per smallest ID (the rule before grown cases): more cases where a case grew or merged
        "zaken_per_kleinste_id": sum(len({min(c["ids"]) for _, c in v}) for v in d.case_versions.values()),
        "quarantaine": dict(d.quarantined), "zaken_met_onbekend_signaal": unknown_signal,
        "signalen_zonder_adres": sum(1 for s in signals.values() if s["adres"] is None),
        "zaken_zonder_adres": dict(without_address),
        "gebeurtenissen": len(events), "gebeurtenissen_quarantaine": events_quarantined,
        "gebeurtenissen_dubbel": event_duplicates, "gebeurtenis_op_signaaldag": same_day,
    }
    return {"gemeente_maand": (["gemeentecode", "maand"], gm_rows),
            "gemeente_maand_uitsplitsing": (["gemeentecode", "maand", "dimensie", "waarde"], split_rows),
            "gebeurtenissen_maand": (["gemeentecode", "maand", "gebeurtenis"], event_rows),
            "afloop": (["gemeentecode", "maand"], afloop_rows)}, notes


# ---------------------------------------------------------------------------------------------- output and comparison

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(round(v, 4))
    return str(v)


def same(golden, mine):
    if golden == "" or mine is None:
        return golden == "" and mine is None
    if isinstance(mine, bool):
        return golden == fmt(mine)
    if isinstance(mine, (int, float)):
        try:
            return abs(float(golden) - mine) < 0.00005 + 1e-9
        except ValueError:
            return False
    return golden == str(mine)


def compare(golden_dir, tables):
    differences = 0
    for table, (key_columns, rows) in tables.items():
        path = os.path.join(golden_dir, "gegenereerd_%s.csv" % table)
        lines = [l for l in read_bytes(path).decode("utf-8").splitlines() if l and not l.startswith("#")]
        header = lines[0].split(",")
        golden = {}
        for line in lines[1:]:
            values = dict(zip(header, line.split(",")))
            golden[tuple(values[k] for k in key_columns)] = values
        checked = [c for c in header if c not in key_columns and any(c in r for r in rows.values())]
        for key in sorted(set(golden) | set(rows)):
            if key not in rows:
                print("%s %s: in the golden file, not recomputed" % (table, key))
                differences += 1
                continue
            if key not in golden:
                print("%s %s: recomputed, not in the golden file: %s" % (table, key, rows[key]))
                differences += 1
                continue
            for c in checked:
                if not same(golden[key][c], rows[key].get(c)):
                    print("%s %s %s: golden %r, recomputed %r" % (table, key, c, golden[key][c], fmt(rows[key].get(c))))
                    differences += 1
        print("%s: %d rows, columns compared: %s" % (table, len(golden), ", ".join(checked)))
    return differences


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__)
        print("usage: python3 tools/golden/herbereken.py INPUT_DIR [GOLDEN_DIR]")
        return 2
    if not os.path.isdir(argv[1]):
        print("no such folder: %s (generate it first, see GeneratedDataGoldenTest)" % argv[1])
        return 2
    tables, notes = compute(argv[1])
    for f in notes.pop("bestanden"):
        print("invoer %s %d %s" % f)
    for k, v in notes.items():
        print("%s: %s" % (k, v))
    for table, (key_columns, rows) in tables.items():
        print("== %s (%d rows)" % (table, len(rows)))
        for key in sorted(rows):
            print(",".join(key) + " " + " ".join("%s=%s" % (c, fmt(v)) for c, v in rows[key].items()))
    if len(argv) == 3:
        differences = compare(argv[2], tables)
        print("differences: %d" % differences)
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
