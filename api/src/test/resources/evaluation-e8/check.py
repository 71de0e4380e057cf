#!/usr/bin/env python3
"""Checker for the 阜平县 evaluation set (E8), written from the external contract only.

Validates vacancies.ndjson and persons.ndjson against the contract's import formats and checks
every line of labels.ndjson against the contract's hard matching rules on the evaluation day
2026-12-01. Python 3 standard library only.

    python3 check.py            # validate; exit 0 when everything passes
    python3 check.py --allowed  # also print, per person, every vacancy the hard rules allow

Interpretation notes (kept strict so that a label never depends on a reading of the contract):
- A relevant vacancy must pass the rules with the person's *imported* groups only.
- An expectEmpty person must have no allowed vacancy even when a zero-employment family is
  also derived from householdId (a household none of whose members is EMPLOYED).
- Distances use the haversine formula; a relevant vacancy must lie at least MARGIN_KM inside the
  person's radius, and for an expectEmpty person every vacancy excluded only by distance must lie
  at least MARGIN_KM outside it, so that the earth radius or formula chosen cannot flip a label.
"""
import datetime as dt
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 1)
MARGIN_KM = 1.0
N_VAC, N_PER = 120, 60

SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
WORK_MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
          "DISABLED", "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT",
          "LONG_TERM_UNEMPLOYED", "REGISTERED_UNEMPLOYED"}
HARD_TO_EMPLOY = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME",
                  "ZERO_EMPLOYMENT_FAMILY", "DISABLED", "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
DEFAULT_AGE_MIN, DEFAULT_AGE_MAX, DEFAULT_MAX_KM = 18, 55, 30
COUNTY_TOWNSHIPS = {"阜平镇", "龙泉关镇", "平阳镇", "城南庄镇", "天生桥镇", "王林口镇", "台峪乡", "大台乡",
                    "史家寨乡", "砂窝乡", "吴王口乡", "夏庄乡", "北果元乡"}

VAC_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location",
              "ageMin", "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible",
              "eligibleGroups", "validUntil", "contact"}
PER_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township",
              "village", "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
LABEL_FIELDS = {"personId", "relevant", "expectEmpty", "why"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return (isinstance(x, (int, float))) and not isinstance(x, bool)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def read_ndjson(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name, "file starts with a BOM (allowed by the contract, but not wanted in this set)")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        return rows
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{n}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"{name}:{n}", "line is not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_location(where, loc):
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"}:
        err(where, "location must be {lat, lon}")
        return False
    if not (is_num(loc["lat"]) and -90 <= loc["lat"] <= 90 and is_num(loc["lon"]) and -180 <= loc["lon"] <= 180):
        err(where, "location lat/lon out of range")
        return False
    return True


def check_str(where, obj, key, required, lo=1, hi=None):
    if key not in obj:
        if required:
            err(where, f"missing required field {key}")
        return
    v = obj[key]
    if not isinstance(v, str):
        err(where, f"{key} must be a string")
    elif len(v) < lo or (hi is not None and len(v) > hi):
        err(where, f"{key} length out of range")


# ---------------------------------------------------------------- vacancies
def check_vacancies():
    vacs = {}
    rows = read_ndjson("vacancies.ndjson")
    if len(rows) != N_VAC:
        err("vacancies.ndjson", f"expected {N_VAC} lines, got {len(rows)}")
    for idx, (n, v) in enumerate(rows, 1):
        w = f"vacancies.ndjson:{n}"
        extra = set(v) - VAC_FIELDS
        if extra:
            err(w, f"fields outside the contract: {sorted(extra)}")
        check_str(w, v, "id", True, 1, 64)
        want = f"E8-V-{idx:03d}"
        if v.get("id") != want:
            err(w, f"id {v.get('id')!r}, expected {want}")
        if v.get("source") not in SOURCES:
            err(w, "source not in enum")
        check_str(w, v, "employer", True)
        check_str(w, v, "title", True)
        check_str(w, v, "description", False, 0)
        check_str(w, v, "township", True)
        if "skills" in v and not (isinstance(v["skills"], list) and all(isinstance(s, str) and s for s in v["skills"])):
            err(w, "skills must be a list of non-empty strings")
        if "location" not in v:
            err(w, "this set requires an explicit location")
        else:
            check_location(w, v["location"])
        for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
            if k in v and not (is_int(v[k]) and v[k] >= 0):
                err(w, f"{k} must be a non-negative int")
        if is_int(v.get("ageMin")) and is_int(v.get("ageMax")) and v["ageMin"] > v["ageMax"]:
            err(w, "ageMin > ageMax")
        if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
            err(w, "wageMin > wageMax")
        if not (is_int(v.get("openings")) and v["openings"] >= 0):
            err(w, "openings must be an int >= 0")
        if "workMode" in v and v["workMode"] not in WORK_MODES:
            err(w, "workMode not in enum")
        if "accessible" in v and not isinstance(v["accessible"], bool):
            err(w, "accessible must be a boolean")
        if "eligibleGroups" in v:
            eg = v["eligibleGroups"]
            if not (isinstance(eg, list) and eg and all(g in GROUPS for g in eg)):
                err(w, "eligibleGroups must be a non-empty list of group enums")
        if "validUntil" in v and parse_date(v["validUntil"]) is None:
            err(w, "validUntil must be an ISO date")
        if "contact" in v:
            c = v["contact"]
            if not (isinstance(c, dict) and set(c) <= {"name", "phone"} and all(isinstance(x, str) for x in c.values())):
                err(w, "contact must be {name, phone} strings")
        if isinstance(v.get("id"), str):
            if v["id"] in vacs:
                err(w, "duplicate id")
            vacs[v["id"]] = v
    return vacs


# ---------------------------------------------------------------- persons
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_info(s):
    """Return (birthDate, gender) from a GB 11643 number, or an error string."""
    if not isinstance(s, str) or not re.fullmatch(r"\d{17}[\dX]", s):
        return "must be 17 digits plus a digit or X"
    if ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] != s[17]:
        return "check digit mismatch"
    try:
        b = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return "invalid birth date"
    if b > TODAY:
        return "birth date in the future"
    return b, ("M" if int(s[16]) % 2 else "F")


def check_persons():
    pers = {}
    rows = read_ndjson("persons.ndjson")
    if len(rows) != N_PER:
        err("persons.ndjson", f"expected {N_PER} lines, got {len(rows)}")
    seen_ids = set()
    for idx, (n, p) in enumerate(rows, 1):
        w = f"persons.ndjson:{n}"
        extra = set(p) - PER_FIELDS
        if extra:
            err(w, f"fields outside the contract: {sorted(extra)}")
        check_str(w, p, "id", True, 1, 64)
        want = f"E8-P-{idx:02d}"
        if p.get("id") != want:
            err(w, f"id {p.get('id')!r}, expected {want}")
        check_str(w, p, "name", True)
        check_str(w, p, "township", True)
        if p.get("township") not in COUNTY_TOWNSHIPS:
            err(w, "township is not one of the county's 13 townships")
        for k in ("village", "phone", "householdId", "skills"):
            check_str(w, p, k, False, 0)
        if "phone" in p and not re.fullmatch(r"1[3-9]\d{9}", p["phone"]):
            err(w, "phone is not an 11-digit mobile number")
        birth = gender = None
        if "idNumber" in p:
            info = id_info(p["idNumber"])
            if isinstance(info, str):
                err(w, f"idNumber {info}")
            else:
                birth, gender = info
                if p["idNumber"][:6] != "130624":
                    err(w, "idNumber area code is not 阜平县 130624")
                if p["idNumber"] in seen_ids:
                    err(w, "duplicate idNumber")
                seen_ids.add(p["idNumber"])
                if "gender" in p and p["gender"] != gender:
                    err(w, "gender contradicts idNumber")
                if "birthDate" in p and parse_date(p["birthDate"]) != birth:
                    err(w, "birthDate contradicts idNumber")
        else:
            if p.get("gender") not in ("M", "F"):
                err(w, "gender M|F required when there is no idNumber")
            birth = parse_date(p.get("birthDate"))
            if birth is None:
                err(w, "birthDate required (ISO date) when there is no idNumber")
            gender = p.get("gender")
        if "location" not in p:
            err(w, "this set requires an explicit location")
        else:
            check_location(w, p["location"])
        groups = p.get("groups", [])
        if not (isinstance(groups, list) and all(g in GROUPS for g in groups) and len(set(groups)) == len(groups)):
            err(w, "groups must be a list of distinct group enums")
            groups = []
        if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
            err(w, "employmentStatus not in enum")
        prefs = p.get("preferences", {})
        if not isinstance(prefs, dict):
            err(w, "preferences must be an object")
            prefs = {}
        if set(prefs) - PREF_FIELDS:
            err(w, f"preferences fields outside the contract: {sorted(set(prefs) - PREF_FIELDS)}")
        if "jobs" in prefs and not isinstance(prefs["jobs"], str):
            err(w, "preferences.jobs must be a string")
        if "workModes" in prefs and not (isinstance(prefs["workModes"], list) and prefs["workModes"]
                                          and all(m in WORK_MODES for m in prefs["workModes"])):
            err(w, "preferences.workModes must be a non-empty list of work modes")
        if "maxDistanceKm" in prefs and not (is_num(prefs["maxDistanceKm"]) and prefs["maxDistanceKm"] > 0):
            err(w, "preferences.maxDistanceKm must be a positive number")
        if "willingToMigrate" in prefs and not isinstance(prefs["willingToMigrate"], bool):
            err(w, "preferences.willingToMigrate must be a boolean")
        if "minWage" in prefs and not (is_int(prefs["minWage"]) and prefs["minWage"] >= 0):
            err(w, "preferences.minWage must be a non-negative int")
        if isinstance(p.get("id"), str):
            if p["id"] in pers:
                err(w, "duplicate id")
            pers[p["id"]] = dict(p, _birth=birth, _gender=gender)
    # derived zero-employment family: a household none of whose members is EMPLOYED
    households = {}
    for p in pers.values():
        if p.get("householdId"):
            households.setdefault(p["householdId"], []).append(p)
    for p in pers.values():
        members = households.get(p.get("householdId"), [])
        p["_zef_derived"] = bool(members) and all(m.get("employmentStatus", "UNEMPLOYED") != "EMPLOYED" for m in members)
        if "ZERO_EMPLOYMENT_FAMILY" in p.get("groups", []) and members and not p["_zef_derived"]:
            err(p["id"], "imported as ZERO_EMPLOYMENT_FAMILY but the household has an EMPLOYED member")
    return pers


# ---------------------------------------------------------------- rules
def age_on(birth, day=TODAY):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def haversine(a, b):
    r = 6371.0088
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def rule_failures(p, v, derive_zef):
    """List of the contract's hard rules (1-7) the pair breaks; 'distance' failures carry the km."""
    fails = []
    prefs = p.get("preferences", {}) or {}
    # 1 open
    vu = parse_date(v.get("validUntil")) if "validUntil" in v else None
    if v["openings"] <= 0 or (vu is not None and TODAY > vu):
        fails.append("1:closed")
    # 2 age
    age = age_on(p["_birth"])
    if not (v.get("ageMin", DEFAULT_AGE_MIN) <= age <= v.get("ageMax", DEFAULT_AGE_MAX)):
        fails.append("2:age")
    # 3 groups
    groups = set(p.get("groups", []))
    if derive_zef and p["_zef_derived"]:
        groups.add("ZERO_EMPLOYMENT_FAMILY")
    eligible = v.get("eligibleGroups")
    if not eligible and v["source"] == "WELFARE_POST":
        eligible = HARD_TO_EMPLOY
    if eligible and not (groups & set(eligible)):
        fails.append("3:group")
    # 4 distance
    d = haversine(p["location"], v["location"])
    if not prefs.get("willingToMigrate", False):
        limit = prefs.get("maxDistanceKm", DEFAULT_MAX_KM)
        if d > limit:
            fails.append(("4:distance", d, limit))
    # 5 work mode
    modes = prefs.get("workModes")
    if modes and v.get("workMode", "FULL_TIME") not in modes:
        fails.append("5:workMode")
    # 6 wage
    if "wageMax" in v and "minWage" in prefs and v["wageMax"] < prefs["minWage"]:
        fails.append("6:wage")
    # 7 status
    if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "NOT_SEEKING"):
        fails.append("7:status")
    return fails, d


def allowed(p, vacs, derive_zef):
    return [vid for vid, v in vacs.items() if not rule_failures(p, v, derive_zef)[0]]


# ---------------------------------------------------------------- labels
def check_labels(pers, vacs):
    rows = read_ndjson("labels.ndjson")
    seen = set()
    n_empty = 0
    for n, lab in rows:
        w = f"labels.ndjson:{n}"
        if set(lab) != LABEL_FIELDS:
            err(w, f"fields must be exactly {sorted(LABEL_FIELDS)}")
            continue
        pid = lab["personId"]
        if pid not in pers:
            err(w, f"unknown person {pid}")
            continue
        if pid in seen:
            err(w, f"duplicate label for {pid}")
        seen.add(pid)
        p = pers[pid]
        rel = lab["relevant"]
        if not (isinstance(rel, list) and all(isinstance(x, str) for x in rel)) or len(set(rel)) != len(rel):
            err(w, "relevant must be a list of distinct vacancy ids")
            continue
        if not isinstance(lab["expectEmpty"], bool):
            err(w, "expectEmpty must be a boolean")
        if not (isinstance(lab["why"], str) and re.search(r"[\u4e00-\u9fff]", lab["why"])):
            err(w, "why must be a short Chinese reason")
        if lab["expectEmpty"]:
            n_empty += 1
            if rel:
                err(w, "expectEmpty but relevant is not empty")
            # nothing may pass, even with the permissive (derived ZEF) reading, with a distance margin
            for vid, v in vacs.items():
                fails, d = rule_failures(p, v, derive_zef=True)
                if not fails:
                    err(w, f"{pid} expectEmpty but {vid} passes every hard rule")
                elif len(fails) == 1 and isinstance(fails[0], tuple) and d <= fails[0][2] + MARGIN_KM:
                    err(w, f"{pid}: {vid} excluded only by distance {d:.2f} km, within {MARGIN_KM} km of the limit")
        else:
            if not rel:
                err(w, "relevant is empty but expectEmpty is false")
            if not 1 <= len(rel) <= 8:
                err(w, f"{len(rel)} relevant vacancies; expected a handful")
            for vid in rel:
                if vid not in vacs:
                    err(w, f"unknown vacancy {vid}")
                    continue
                fails, d = rule_failures(p, vacs[vid], derive_zef=False)
                if fails:
                    err(w, f"{pid} -> {vid} breaks hard rule(s) {[f if isinstance(f, str) else f'{f[0]} {f[1]:.1f}>{f[2]}' for f in fails]}")
                prefs = p.get("preferences", {}) or {}
                if not prefs.get("willingToMigrate", False):
                    limit = prefs.get("maxDistanceKm", DEFAULT_MAX_KM)
                    if d > limit - MARGIN_KM:
                        err(w, f"{pid} -> {vid} distance {d:.2f} km too close to the limit {limit}")
    missing = set(pers) - seen
    if missing:
        err("labels.ndjson", f"no label for {sorted(missing)}")
    if len(rows) != len(pers):
        err("labels.ndjson", f"{len(rows)} lines for {len(pers)} persons")
    if not 8 <= n_empty <= 10:
        err("labels.ndjson", f"{n_empty} expectEmpty persons; the set wants 8-10")
    return rows, n_empty


def main():
    vacs = check_vacancies()
    pers = check_persons()
    labels, n_empty = [], 0
    if not errors:
        labels, n_empty = check_labels(pers, vacs)
    if "--allowed" in sys.argv and not [e for e in errors if e.startswith(("vacancies", "persons"))]:
        for pid, p in pers.items():
            strict = allowed(p, vacs, False)
            loose = allowed(p, vacs, True)
            extra = sorted(set(loose) - set(strict))
            print(f"{pid} {p['name']} age {age_on(p['_birth'])} {p['_gender']}: "
                  + " ".join(f"{v}[{vacs[v]['title'][:10]}]" for v in strict)
                  + (f"  (+derivedZEF: {extra})" if extra else ""))
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    closed = sum(1 for v in vacs.values() if v["openings"] <= 0
                 or ("validUntil" in v and TODAY > parse_date(v["validUntil"])))
    by_source = {k: sum(1 for v in vacs.values() if v["source"] == k) for k in sorted(SOURCES)}
    n_rel = sum(len(l["relevant"]) for _, l in labels)
    print(f"OK: {len(vacs)} vacancies {by_source} ({closed} closed or full on {TODAY}), {len(pers)} persons, "
          f"{len(labels)} labels ({n_empty} expectEmpty, {n_rel} relevant pairs), all within the hard rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
