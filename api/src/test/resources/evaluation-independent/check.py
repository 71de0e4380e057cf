#!/usr/bin/env python3
"""Validate the E2 evaluation set (vacancies, persons, labels) against the external contract.

Usage: python3 check.py [directory]   (default: the directory of this script)
Standard library only. Prints every error found, then a short summary; exit code 1 if any error.
"""
import datetime, json, math, os, re, sys
from collections import Counter

EVAL_DATE = datetime.date(2026, 12, 1)
CENTROIDS = {
    "海门街道": (31.871, 121.176), "三星镇": (31.927, 121.045), "海门港新区": (32.047, 121.382),
    "临江新区": (31.857, 121.058), "三厂街道": (31.905, 121.230), "常乐镇": (31.942, 121.118),
    "正余镇": (32.012, 121.262), "悦来镇": (31.968, 121.309), "四甲镇": (32.031, 121.193),
    "余东镇": (32.082, 121.268), "海永镇": (31.789, 121.426)}
REGIONS = {"320684", "320614"}
SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
          "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT", "LONG_TERM_UNEMPLOYED",
          "REGISTERED_UNEMPLOYED"}
HARD_TO_EMPLOY = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
                  "DISABLED", "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
VAC_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location", "ageMin",
              "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible", "eligibleGroups",
              "validUntil", "contact"}
VAC_REQUIRED = {"id", "source", "employer", "title", "township", "openings"}
PER_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township", "village",
              "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
LABEL_FIELDS = {"personId", "relevant", "expectEmpty", "why"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)

def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

def is_str(v, lo=0, hi=None):
    return isinstance(v, str) and len(v) >= lo and (hi is None or len(v) <= hi)

def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None

def check_location(where, loc):
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"} or not all(is_num(loc[k]) for k in ("lat", "lon")):
        err(where, "location must be {lat, lon} numbers"); return False
    if not (31.6 < loc["lat"] < 32.3 and 120.8 < loc["lon"] < 121.7):
        err(where, f"location {loc} is outside 海门区")
    return True

def id_number_info(s):
    """Return (birthDate, gender) or raise ValueError with a reason."""
    if not isinstance(s, str) or len(s) != 18 or not re.fullmatch(r"\d{17}[\dX]", s):
        raise ValueError("must be 17 digits + digit/X")
    if s[:6] not in REGIONS:
        raise ValueError(f"region {s[:6]} not 320684/320614")
    b = parse_date(f"{s[6:10]}-{s[10:12]}-{s[12:14]}")
    if b is None:
        raise ValueError("invalid birth date")
    if ID_CHECK[sum(int(d) * w for d, w in zip(s[:17], ID_WEIGHTS)) % 11] != s[17]:
        raise ValueError("check digit mismatch")
    return b, ("M" if int(s[16]) % 2 == 1 else "F")

def age_on(birth, day=EVAL_DATE):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))

def haversine(a, b):
    r = 6371.0088
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))

def point(rec):
    loc = rec.get("location")
    if isinstance(loc, dict) and "lat" in loc:
        return (loc["lat"], loc["lon"])
    return CENTROIDS[rec["township"]]

def read_ndjson(path):
    rows = []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            where = f"{os.path.basename(path)}:{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(where, "not UTF-8"); continue
            if not line.strip():
                err(where, "empty line"); continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"bad JSON: {e}"); continue
            if not isinstance(obj, dict):
                err(where, "line is not a JSON object"); continue
            rows.append((where, obj))
    return rows

def check_vacancy(where, v):
    for k in VAC_REQUIRED - set(v):
        err(where, f"missing required field {k}")
    for k in set(v) - VAC_FIELDS:
        err(where, f"field {k} is not in the contract")
    if "id" in v and not is_str(v["id"], 1, 64): err(where, "id must be a string of 1-64 chars")
    if v.get("source") not in SOURCES: err(where, f"source {v.get('source')!r} not an enum value")
    for k in ("employer", "title", "township"):
        if k in v and not is_str(v[k], 1): err(where, f"{k} must be a non-empty string")
    if "township" in v and v["township"] not in CENTROIDS: err(where, f"unknown township {v['township']!r}")
    if "description" in v and not is_str(v["description"]): err(where, "description must be a string")
    if "skills" in v and not (isinstance(v["skills"], list) and all(is_str(s, 1) for s in v["skills"])):
        err(where, "skills must be a list of strings")
    if "location" in v: check_location(where, v["location"])
    for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
        if k in v and not (is_int(v[k]) and v[k] >= 0): err(where, f"{k} must be a non-negative int")
    if is_int(v.get("ageMin")) and is_int(v.get("ageMax")) and v["ageMin"] > v["ageMax"]:
        err(where, "ageMin > ageMax")
    if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
        err(where, "wageMin > wageMax")
    if "openings" in v and not (is_int(v["openings"]) and v["openings"] >= 0): err(where, "openings must be an int >= 0")
    if "workMode" in v and v["workMode"] not in MODES: err(where, f"workMode {v['workMode']!r} not an enum value")
    if "accessible" in v and not isinstance(v["accessible"], bool): err(where, "accessible must be a bool")
    if "eligibleGroups" in v:
        g = v["eligibleGroups"]
        if not (isinstance(g, list) and g and all(x in GROUPS for x in g)): err(where, f"eligibleGroups invalid: {g!r}")
    if "validUntil" in v and parse_date(v["validUntil"]) is None: err(where, "validUntil must be an ISO date")
    if "contact" in v:
        c = v["contact"]
        if not (isinstance(c, dict) and set(c) <= {"name", "phone"} and all(is_str(x, 1) for x in c.values())):
            err(where, "contact must be {name, phone} strings")

def check_person(where, p):
    for k in ("id", "name", "township"):
        if k not in p: err(where, f"missing required field {k}")
    for k in set(p) - PER_FIELDS:
        err(where, f"field {k} is not in the contract")
    if "id" in p and not is_str(p["id"], 1, 64): err(where, "id must be a string of 1-64 chars")
    if "name" in p and not is_str(p["name"], 1): err(where, "name must be a non-empty string")
    if "township" in p and p["township"] not in CENTROIDS: err(where, f"unknown township {p['township']!r}")
    birth = gender = None
    if "idNumber" in p:
        try:
            birth, gender = id_number_info(p["idNumber"])
        except ValueError as e:
            err(where, f"idNumber: {e}")
        if "birthDate" in p and birth and parse_date(p["birthDate"]) != birth:
            err(where, "birthDate contradicts idNumber")
        if "gender" in p and gender and p["gender"] != gender:
            err(where, "gender contradicts idNumber")
    else:
        if p.get("gender") not in ("M", "F"): err(where, "gender M|F required when no idNumber")
        birth = parse_date(p.get("birthDate"))
        if birth is None: err(where, "birthDate (ISO date) required when no idNumber")
        gender = p.get("gender")
    if "gender" in p and p["gender"] not in ("M", "F"): err(where, "gender must be M or F")
    if "birthDate" in p and parse_date(p["birthDate"]) is None: err(where, "birthDate must be an ISO date")
    for k in ("phone", "householdId", "village", "skills"):
        if k in p and not is_str(p[k]): err(where, f"{k} must be a string")
    if "phone" in p and not re.fullmatch(r"1\d{10}", p["phone"]): err(where, "phone is not an 11-digit mobile number")
    if "location" in p: check_location(where, p["location"])
    if "groups" in p and not (isinstance(p["groups"], list) and all(g in GROUPS for g in p["groups"])):
        err(where, f"groups invalid: {p['groups']!r}")
    if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
        err(where, f"employmentStatus {p['employmentStatus']!r} not an enum value")
    pr = p.get("preferences")
    if pr is not None:
        if not isinstance(pr, dict):
            err(where, "preferences must be an object")
        else:
            for k in set(pr) - PREF_FIELDS: err(where, f"preferences.{k} is not in the contract")
            if "jobs" in pr and not is_str(pr["jobs"]): err(where, "preferences.jobs must be a string")
            if "workModes" in pr and not (isinstance(pr["workModes"], list) and pr["workModes"]
                                          and all(m in MODES for m in pr["workModes"])):
                err(where, "preferences.workModes invalid")
            if "maxDistanceKm" in pr and not (is_num(pr["maxDistanceKm"]) and pr["maxDistanceKm"] > 0):
                err(where, "preferences.maxDistanceKm must be a positive number")
            if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool):
                err(where, "preferences.willingToMigrate must be a bool")
            if "minWage" in pr and not (is_int(pr["minWage"]) and pr["minWage"] >= 0):
                err(where, "preferences.minWage must be a non-negative int")
    return birth, gender

def violations(p, birth, v):
    """Hard constraints of the contract, judged on EVAL_DATE. Returns a list of reasons (empty = passes)."""
    out = []
    pr = p.get("preferences") or {}
    if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "NOT_SEEKING"):
        out.append("person is " + p["employmentStatus"])
    if v["openings"] <= 0:
        out.append("no openings")
    if "validUntil" in v and parse_date(v["validUntil"]) < EVAL_DATE:
        out.append("expired " + v["validUntil"])
    age = age_on(birth)
    lo, hi = v.get("ageMin", 18), v.get("ageMax", 55)
    if not lo <= age <= hi:
        out.append(f"age {age} not in [{lo},{hi}]")
    eligible = v.get("eligibleGroups")
    if eligible is None and v["source"] == "WELFARE_POST":
        eligible = sorted(HARD_TO_EMPLOY)
    if eligible is not None and not set(p.get("groups", [])) & set(eligible):
        out.append("not in eligible groups")
    d = haversine(point(p), point(v))
    if not pr.get("willingToMigrate", False) and d > pr.get("maxDistanceKm", 30):
        out.append(f"distance {d:.1f} km > {pr.get('maxDistanceKm', 30)}")
    if "workModes" in pr and v.get("workMode", "FULL_TIME") not in pr["workModes"]:
        out.append(f"work mode {v.get('workMode', 'FULL_TIME')} not accepted")
    if "wageMax" in v and "minWage" in pr and v["wageMax"] < pr["minWage"]:
        out.append(f"wageMax {v['wageMax']} < minWage {pr['minWage']}")
    return out

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    vrows = read_ndjson(os.path.join(d, "vacancies.ndjson"))
    prows = read_ndjson(os.path.join(d, "persons.ndjson"))
    lrows = read_ndjson(os.path.join(d, "labels.ndjson"))

    vac = {}
    for where, v in vrows:
        check_vacancy(where, v)
        if v.get("id") in vac: err(where, f"duplicate id {v['id']}")
        vac[v.get("id")] = v
    want = [f"E2-V-{i:03d}" for i in range(1, 121)]
    if [v.get("id") for _, v in vrows] != want: err("vacancies.ndjson", "ids must be E2-V-001 ... E2-V-120 in order")

    per, births = {}, {}
    for where, p in prows:
        b, _ = check_person(where, p)
        if p.get("id") in per: err(where, f"duplicate id {p['id']}")
        per[p.get("id")] = p; births[p.get("id")] = b
    want = [f"E2-P-{i:02d}" for i in range(1, 61)]
    if [p.get("id") for _, p in prows] != want: err("persons.ndjson", "ids must be E2-P-01 ... E2-P-60 in order")

    ok_vac = {k: v for k, v in vac.items() if all(f in v for f in VAC_REQUIRED) and is_int(v.get("openings"))
              and v.get("township") in CENTROIDS}
    labels = {}
    for where, l in lrows:
        for k in LABEL_FIELDS - set(l): err(where, f"missing field {k}")
        for k in set(l) - LABEL_FIELDS: err(where, f"unexpected field {k}")
        pid = l.get("personId")
        if pid not in per: err(where, f"unknown person {pid!r}"); continue
        if pid in labels: err(where, f"duplicate label for {pid}")
        labels[pid] = l
        rel = l.get("relevant", [])
        if not isinstance(rel, list): err(where, "relevant must be a list"); continue
        if len(set(rel)) != len(rel): err(where, "duplicate ids in relevant")
        if not isinstance(l.get("expectEmpty"), bool): err(where, "expectEmpty must be a bool")
        if not is_str(l.get("why"), 1): err(where, "why must be a non-empty sentence")
        if l.get("expectEmpty") and rel: err(where, "expectEmpty is true but relevant is not empty")
        if l.get("expectEmpty") is False and not rel: err(where, "relevant is empty but expectEmpty is false")
        p, b = per[pid], births[pid]
        if b is None: continue
        for vid in rel:
            if vid not in ok_vac: err(where, f"{pid}: relevant {vid} is not a valid vacancy"); continue
            why = violations(p, b, ok_vac[vid])
            if why: err(where, f"{pid}: relevant {vid} ({ok_vac[vid]['title']}) breaks hard constraints: {'; '.join(why)}")
        if l.get("expectEmpty") and p.get("employmentStatus", "UNEMPLOYED") not in ("EMPLOYED", "NOT_SEEKING"):
            passing = [vid for vid, v in ok_vac.items() if not violations(p, b, v)]
            if passing: err(where, f"{pid}: expectEmpty but these vacancies pass all hard constraints: {passing}")
        if p.get("employmentStatus") in ("EMPLOYED", "NOT_SEEKING") and not l.get("expectEmpty"):
            err(where, f"{pid} is {p['employmentStatus']} but expectEmpty is not true")
    for pid in per:
        if pid not in labels: err("labels.ndjson", f"no label for {pid}")

    for e in errors:
        print("ERROR", e)
    # summary
    src = Counter(v.get("source") for v in vac.values())
    emp = Counter(v.get("employer") for v in vac.values())
    closed = [k for k, v in ok_vac.items() if v["openings"] <= 0 or ("validUntil" in v and parse_date(v["validUntil"]) and parse_date(v["validUntil"]) < EVAL_DATE)]
    grp = Counter(g for p in per.values() for g in p.get("groups", []))
    st = Counter(p.get("employmentStatus", "UNEMPLOYED") for p in per.values())
    sizes = [len(l.get("relevant", [])) for l in labels.values() if not l.get("expectEmpty")]
    small = []
    for pid, l in labels.items():
        rel = [r for r in l.get("relevant", []) if r in ok_vac]
        if not l.get("expectEmpty") and (len(rel) < 3 or len({ok_vac[r]["employer"] for r in rel}) < 3):
            small.append(pid)
    f4050 = 0
    for pid, p in per.items():
        b = births[pid]
        if b is None: continue
        g = p.get("gender") or id_number_info(p["idNumber"])[1]
        if (g == "F" and age_on(b) >= 40) or (g == "M" and age_on(b) >= 50): f4050 += 1
    print(f"vacancies: {len(vac)}  by source: {dict(src)}  employers: {len(emp)} "
          f"(with 2-4 posts: {sum(1 for c in emp.values() if 2 <= c <= 4)})  closed on {EVAL_DATE}: {len(closed)}")
    print(f"persons: {len(per)}  status: {dict(st)}  4050 group: {f4050}  groups: {dict(sorted(grp.items()))}")
    print(f"labels: {len(labels)}  expectEmpty: {sum(1 for l in labels.values() if l.get('expectEmpty'))}  "
          f"relevant per non-empty person: min {min(sizes) if sizes else 0} / mean {sum(sizes)/max(len(sizes),1):.1f} / max {max(sizes) if sizes else 0}  "
          f"sets with <3 ids or <3 employers: {len(small)} {small}")
    print(f"{len(errors)} error(s)" if errors else "OK: no errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
