#!/usr/bin/env python3
"""Checker for the E5 evaluation set (兰考县, evaluation day 2026-12-01).

Written from the external contract (shared/contract/README.md) only.  Standard library only.

    python3 check.py [directory]      # default: the directory of this script

Checks
  * vacancies.ndjson / persons.ndjson: one JSON object per line, only the contract's fields, their
    types and enums, ids E5-V-001..120 / E5-P-01..60, resident-ID check digits (GB 11643, area code
    410225, real birth date), explicit locations plausible for their township;
  * labels.ndjson: one line per person, known vacancy ids, expectEmpty <=> relevant == [];
  * every relevant vacancy passes every hard rule of the contract for its person on 2026-12-01
    (open: openings > 0 and not past validUntil; age in [ageMin, ageMax] with defaults 18/55;
    eligible groups incl. the welfare-post default; great-circle distance <= maxDistanceKm (default 30)
    unless willingToMigrate; workMode among workModes; wageMax >= minWage; person neither EMPLOYED nor
    NOT_SEEKING);
  * every expectEmpty person is EMPLOYED / NOT_SEEKING, or no vacancy at all passes the rules.

Where the contract leaves room for interpretation the checker is deliberately two-sided:
  * relevant vacancies must pass under the STRICT reading: zero-employment family (零就业家庭) counts
    only when the person's groups say so and no member of the household is EMPLOYED or FLEXIBLE;
    the great-circle distance (mean radius 6371.0088 km) plus 0.5 % must still be within the limit,
    which covers any Earth radius between 6356.752 and 6378.137 km and ellipsoidal formulas;
  * "nothing may be recommended" must hold under the LENIENT reading: a household with no EMPLOYED
    member makes every member a zero-employment family even if the ledger did not tick the group,
    and the distance minus 0.5 % is used.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

EVAL_DAY = date(2026, 12, 1)
AREA_CODE = "410225"  # 河南省开封市兰考县
N_VAC, N_PERS = 120, 60

SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
WORK_MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
          "DISABLED", "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT",
          "LONG_TERM_UNEMPLOYED", "REGISTERED_UNEMPLOYED"}
HARD_TO_EMPLOY = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
                  "DISABLED", "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
DEFAULT_AGE_MIN, DEFAULT_AGE_MAX = 18, 55
DEFAULT_MAX_KM = 30.0
R_MEAN = 6371.0088  # mean Earth radius (km) for the great-circle distance
DIST_MARGIN = 0.005  # 0.5 %: covers other radii (6356.752..6378.137 km) and ellipsoidal formulas

VAC_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location",
              "ageMin", "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible",
              "eligibleGroups", "validUntil", "contact"}
VAC_REQUIRED = {"id", "source", "employer", "title", "township", "openings"}
PERS_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township",
               "village", "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
LABEL_FIELDS = {"personId", "relevant", "expectEmpty", "why"}

# Approximate centres of 兰考县's townships (WGS84) used only for the plausibility check of locations.
TOWNSHIPS = {
    "城关镇": (34.822, 114.812), "堌阳镇": (34.765, 114.735), "南彰镇": (34.615, 114.850),
    "东坝头镇": (34.905, 114.680), "谷营镇": (34.680, 114.960), "红庙镇": (34.760, 115.000),
    "考城镇": (34.940, 115.020), "仪封镇": (34.890, 114.930), "葡萄架乡": (34.735, 114.870),
    "孟寨乡": (34.805, 114.640), "许河乡": (34.880, 115.110), "小宋镇": (34.690, 114.720),
    "闫楼乡": (34.690, 114.830), "三义寨乡": (34.870, 114.770), "爪营乡": (34.910, 114.830),
    "张君墓镇": (34.810, 114.960),
}
TOWNSHIP_RADIUS_KM = 8.0
# Labour-export and neighbouring workplaces outside the county (organised 劳务输出): name -> centre.
OUTSIDE = {
    "昆山经济技术开发区": (31.352, 120.985),
    "郑州航空港经济综合实验区": (34.530, 113.852),
    "开封市祥符区": (34.760, 114.440),
}
COUNTY_BBOX = (34.55, 35.00, 114.55, 115.25)  # lat min/max, lon min/max

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


# ----------------------------------------------------------------------------- helpers
def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def has_cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def haversine(a, b, r=R_MEAN):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def age_on(birth, day=EVAL_DAY):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def id_check_digit(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def parse_id_number(s):
    """Return (birth_date, gender) or raise ValueError with a reason."""
    if not isinstance(s, str) or len(s) != 18:
        raise ValueError("not 18 characters")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        raise ValueError("must be 17 digits and a digit or X")
    if s[:6] != AREA_CODE:
        raise ValueError("area code %s is not 兰考县 %s" % (s[:6], AREA_CODE))
    birth = parse_date("%s-%s-%s" % (s[6:10], s[10:12], s[12:14]))
    if birth is None:
        raise ValueError("invalid birth date")
    if birth > EVAL_DAY or birth.year < 1900:
        raise ValueError("implausible birth date")
    if id_check_digit(s[:17]) != s[17]:
        raise ValueError("check digit mismatch")
    return birth, ("M" if int(s[16]) % 2 == 1 else "F")


def loc_of(rec):
    loc = rec.get("location")
    return (loc["lat"], loc["lon"])


# ----------------------------------------------------------------------------- rule engine
def person_facts(p, all_persons):
    """Derived facts for the hard rules; all_persons is needed for household (零就业家庭) status."""
    if "idNumber" in p:
        birth, gender = parse_id_number(p["idNumber"])
    else:
        birth, gender = parse_date(p["birthDate"]), p["gender"]
    status = p.get("employmentStatus", "UNEMPLOYED")
    explicit = set(p.get("groups", []))
    strict, lenient = set(explicit), set(explicit)
    hh = p.get("householdId")
    if hh:
        members = [q for q in all_persons if q.get("householdId") == hh]
        statuses = {q.get("employmentStatus", "UNEMPLOYED") for q in members}
        if statuses & {"EMPLOYED", "FLEXIBLE"}:
            strict.discard("ZERO_EMPLOYMENT_FAMILY")
        if "EMPLOYED" not in statuses:
            lenient.add("ZERO_EMPLOYMENT_FAMILY")
    else:
        pass  # no household key: only what the ledger says
    prefs = p.get("preferences") or {}
    age = age_on(birth)
    g4050 = (gender == "F" and age >= 40) or (gender == "M" and age >= 50)
    return {"id": p["id"], "birth": birth, "gender": gender, "age": age, "status": status,
            "strict_groups": strict, "lenient_groups": lenient, "is4050": g4050,
            "loc": loc_of(p), "maxKm": float(prefs.get("maxDistanceKm", DEFAULT_MAX_KM)),
            "migrate": prefs.get("willingToMigrate") is True, "workModes": prefs.get("workModes"),
            "minWage": prefs.get("minWage")}


def rule_failures(pf, v, strict=True):
    """List of failed hard rules (empty = the vacancy may be recommended) and the distance in km."""
    fails = []
    # 7. employment status
    if pf["status"] in ("EMPLOYED", "NOT_SEEKING"):
        fails.append("status %s" % pf["status"])
    # 1. open
    if v["openings"] <= 0:
        fails.append("openings 0")
    vu = v.get("validUntil")
    if vu is not None and EVAL_DAY > parse_date(vu):
        fails.append("closed since %s" % vu)
    # 2. age
    lo, hi = v.get("ageMin", DEFAULT_AGE_MIN), v.get("ageMax", DEFAULT_AGE_MAX)
    if not lo <= pf["age"] <= hi:
        fails.append("age %d not in [%d,%d]" % (pf["age"], lo, hi))
    # 3. eligible groups (welfare posts default to the hard-to-employ groups)
    elig = v.get("eligibleGroups") or (HARD_TO_EMPLOY if v["source"] == "WELFARE_POST" else None)
    groups = pf["strict_groups"] if strict else pf["lenient_groups"]
    if elig and not (set(elig) & groups):
        fails.append("not in eligible groups")
    # 4. distance
    d = haversine(pf["loc"], loc_of(v))
    if not pf["migrate"]:
        factor = (1 + DIST_MARGIN) if strict else (1 - DIST_MARGIN)
        if d * factor > pf["maxKm"]:
            fails.append("distance %.2f km > %g" % (d, pf["maxKm"]))
    # 5. work mode
    mode = v.get("workMode", "FULL_TIME")
    if pf["workModes"] is not None and mode not in pf["workModes"]:
        fails.append("work mode %s" % mode)
    # 6. wage
    if pf["minWage"] is not None and v.get("wageMax") is not None and v["wageMax"] < pf["minWage"]:
        fails.append("wageMax %d < minWage %d" % (v["wageMax"], pf["minWage"]))
    return fails, d


def passes(pf, v, strict=True):
    fails, d = rule_failures(pf, v, strict)
    return (not fails), fails, d


# ----------------------------------------------------------------------------- validation
class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: %s" % (where, msg))


def load_ndjson(path, rep):
    rows = []
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.err(path.name, "starts with a BOM")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.err(path.name, "not UTF-8: %s" % e)
        return rows
    if not text.endswith("\n"):
        rep.err(path.name, "last line not terminated by a newline")
    for n, line in enumerate(text.split("\n"), 1):
        if line == "":
            continue
        if line != line.strip():
            rep.err("%s:%d" % (path.name, n), "leading/trailing whitespace")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            rep.err("%s:%d" % (path.name, n), "invalid JSON: %s" % e)
            continue
        if not isinstance(obj, dict):
            rep.err("%s:%d" % (path.name, n), "not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_str(rep, where, obj, key, required, maxlen=None):
    if key not in obj:
        if required:
            rep.err(where, "missing required field %s" % key)
        return
    val = obj[key]
    if not isinstance(val, str) or not val.strip():
        rep.err(where, "%s must be a non-empty string" % key)
    elif maxlen and len(val) > maxlen:
        rep.err(where, "%s longer than %d" % (key, maxlen))


def check_location(rep, where, rec, township):
    loc = rec.get("location")
    if loc is None:
        rep.err(where, "no explicit location (required for this set)")
        return False
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"} or not all(is_num(loc[k]) for k in loc):
        rep.err(where, "location must be {lat, lon} numbers")
        return False
    lat, lon = loc["lat"], loc["lon"]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        rep.err(where, "location out of WGS84 range")
        return False
    if township in TOWNSHIPS:
        d = haversine((lat, lon), TOWNSHIPS[township])
        if d > TOWNSHIP_RADIUS_KM:
            rep.err(where, "location %.1f km from the centre of %s" % (d, township))
        b = COUNTY_BBOX
        if not (b[0] <= lat <= b[1] and b[2] <= lon <= b[3]):
            rep.err(where, "location outside 兰考县")
    elif township in OUTSIDE:
        d = haversine((lat, lon), OUTSIDE[township])
        if d > 15:
            rep.err(where, "location %.1f km from %s" % (d, township))
    else:
        rep.err(where, "unknown township %r" % township)
    return True


def check_vacancy(rep, n, v):
    where = "vacancies.ndjson:%d" % n
    for k in v:
        if k not in VAC_FIELDS:
            rep.err(where, "field %r is not in the contract" % k)
    for k in VAC_REQUIRED:
        if k not in v:
            rep.err(where, "missing required field %s" % k)
    check_str(rep, where, v, "id", True, 64)
    if isinstance(v.get("id"), str):
        where += " (%s)" % v["id"]
    if v.get("source") not in SOURCES:
        rep.err(where, "source %r not in enum" % v.get("source"))
    for k in ("employer", "title", "township"):
        check_str(rep, where, v, k, True)
    check_str(rep, where, v, "description", False)
    if "skills" in v and (not isinstance(v["skills"], list) or
                          not all(isinstance(s, str) and s.strip() for s in v["skills"])):
        rep.err(where, "skills must be a list of non-empty strings")
    if "openings" in v and (not is_int(v["openings"]) or v["openings"] < 0):
        rep.err(where, "openings must be an int >= 0")
    for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
        if k in v and (not is_int(v[k]) or v[k] < 0):
            rep.err(where, "%s must be a non-negative int" % k)
    lo, hi = v.get("ageMin", DEFAULT_AGE_MIN), v.get("ageMax", DEFAULT_AGE_MAX)
    if is_int(lo) and is_int(hi):
        if lo > hi:
            rep.err(where, "effective age band [%s,%s] is empty" % (lo, hi))
        if lo < 16 or hi > 70:
            rep.err(where, "implausible age band [%s,%s]" % (lo, hi))
    if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
        rep.err(where, "wageMin > wageMax")
    if "workMode" in v and v["workMode"] not in WORK_MODES:
        rep.err(where, "workMode %r not in enum" % v["workMode"])
    if "accessible" in v and not isinstance(v["accessible"], bool):
        rep.err(where, "accessible must be a bool")
    if "eligibleGroups" in v:
        eg = v["eligibleGroups"]
        if not isinstance(eg, list) or not eg or any(g not in GROUPS for g in eg) or len(set(eg)) != len(eg):
            rep.err(where, "eligibleGroups must be a non-empty list of distinct group enums")
    if "validUntil" in v and parse_date(v["validUntil"]) is None:
        rep.err(where, "validUntil must be an ISO date")
    if "contact" in v:
        c = v["contact"]
        if not isinstance(c, dict) or set(c) - {"name", "phone"} or not all(isinstance(x, str) and x for x in c.values()):
            rep.err(where, "contact must be {name, phone} strings")
    check_location(rep, where, v, v.get("township"))


def check_person(rep, n, p):
    where = "persons.ndjson:%d" % n
    for k in p:
        if k not in PERS_FIELDS:
            rep.err(where, "field %r is not in the contract" % k)
    check_str(rep, where, p, "id", True, 64)
    if isinstance(p.get("id"), str):
        where += " (%s)" % p["id"]
    check_str(rep, where, p, "name", True)
    check_str(rep, where, p, "township", True)
    check_str(rep, where, p, "village", False)
    check_str(rep, where, p, "householdId", False)
    if "idNumber" in p:
        try:
            birth, gender = parse_id_number(p["idNumber"])
        except ValueError as e:
            rep.err(where, "idNumber: %s" % e)
            return False
        if "gender" in p and p["gender"] != gender:
            rep.err(where, "gender contradicts idNumber")
        if "birthDate" in p and parse_date(p["birthDate"]) != birth:
            rep.err(where, "birthDate contradicts idNumber")
    else:
        if p.get("gender") not in ("M", "F"):
            rep.err(where, "gender M|F required when no idNumber")
        b = parse_date(p.get("birthDate"))
        if b is None:
            rep.err(where, "birthDate (ISO date) required when no idNumber")
            return False
        if b > EVAL_DAY or b.year < 1900:
            rep.err(where, "implausible birthDate")
    if "phone" in p and not (isinstance(p["phone"], str) and re.fullmatch(r"1[3-9]\d{9}", p["phone"])):
        rep.err(where, "phone must be an 11-digit mobile number")
    if "groups" in p:
        g = p["groups"]
        if not isinstance(g, list) or any(x not in GROUPS for x in g) or len(set(g)) != len(g):
            rep.err(where, "groups must be a list of distinct group enums")
    if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
        rep.err(where, "employmentStatus not in enum")
    if "skills" in p and not isinstance(p["skills"], str):
        rep.err(where, "skills must be a string")
    if "preferences" in p:
        pr = p["preferences"]
        if not isinstance(pr, dict):
            rep.err(where, "preferences must be an object")
        else:
            for k in pr:
                if k not in PREF_FIELDS:
                    rep.err(where, "preferences.%s is not in the contract" % k)
            if "jobs" in pr and not isinstance(pr["jobs"], str):
                rep.err(where, "preferences.jobs must be a string")
            if "workModes" in pr and (not isinstance(pr["workModes"], list) or not pr["workModes"]
                                      or any(m not in WORK_MODES for m in pr["workModes"])):
                rep.err(where, "preferences.workModes must be a non-empty list of work modes")
            if "maxDistanceKm" in pr and (not is_num(pr["maxDistanceKm"]) or pr["maxDistanceKm"] <= 0):
                rep.err(where, "preferences.maxDistanceKm must be a positive number")
            if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool):
                rep.err(where, "preferences.willingToMigrate must be a bool")
            if "minWage" in pr and (not is_int(pr["minWage"]) or pr["minWage"] < 0):
                rep.err(where, "preferences.minWage must be a non-negative int")
    ok = check_location(rep, where, p, p.get("township"))
    if p.get("township") in OUTSIDE:
        rep.err(where, "persons must live in 兰考县")
    return ok


def main(argv):
    base = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    rep = Report()
    vac_rows = load_ndjson(base / "vacancies.ndjson", rep)
    per_rows = load_ndjson(base / "persons.ndjson", rep)
    lab_rows = load_ndjson(base / "labels.ndjson", rep)

    # ---- ids and formats
    for n, v in vac_rows:
        check_vacancy(rep, n, v)
    person_ok = {}
    for n, p in per_rows:
        person_ok[p.get("id")] = check_person(rep, n, p)
    vids = [v.get("id") for _, v in vac_rows]
    pids = [p.get("id") for _, p in per_rows]
    if vids != ["E5-V-%03d" % i for i in range(1, N_VAC + 1)]:
        rep.err("vacancies.ndjson", "ids must be E5-V-001 .. E5-V-%03d, in order, once each" % N_VAC)
    if pids != ["E5-P-%02d" % i for i in range(1, N_PERS + 1)]:
        rep.err("persons.ndjson", "ids must be E5-P-01 .. E5-P-%02d, in order, once each" % N_PERS)
    id_numbers = [p["idNumber"] for _, p in per_rows if "idNumber" in p]
    if len(id_numbers) != len(set(id_numbers)):
        rep.err("persons.ndjson", "duplicate idNumber")
    if rep.errors:
        return finish(rep, None)

    vacs = {v["id"]: v for _, v in vac_rows}
    persons = [p for _, p in per_rows]
    facts = {p["id"]: person_facts(p, persons) for p in persons}

    # ---- labels
    labels = {}
    for n, lab in lab_rows:
        where = "labels.ndjson:%d" % n
        if set(lab) != LABEL_FIELDS:
            rep.err(where, "fields must be exactly %s" % sorted(LABEL_FIELDS))
            continue
        pid = lab["personId"]
        if pid not in facts:
            rep.err(where, "unknown personId %r" % pid)
            continue
        if pid in labels:
            rep.err(where, "second label for %s" % pid)
        labels[pid] = lab
        rel = lab["relevant"]
        if not isinstance(rel, list) or any(not isinstance(r, str) for r in rel):
            rep.err(where, "relevant must be a list of vacancy ids")
            continue
        if len(set(rel)) != len(rel):
            rep.err(where, "duplicate vacancy in relevant")
        for r in rel:
            if r not in vacs:
                rep.err(where, "unknown vacancy %r" % r)
        if not isinstance(lab["expectEmpty"], bool):
            rep.err(where, "expectEmpty must be a bool")
        if lab["expectEmpty"] != (len(rel) == 0):
            rep.err(where, "expectEmpty must be true exactly when relevant is empty")
        if len(rel) > 5:
            rep.err(where, "more than 5 relevant vacancies")
        if not isinstance(lab["why"], str) or not has_cjk(lab["why"]):
            rep.err(where, "why must be a Chinese sentence")
    if [lab["personId"] for _, lab in lab_rows] != pids:
        rep.err("labels.ndjson", "one line per person, in the order of persons.ndjson")
    if rep.errors:
        return finish(rep, None)

    # ---- hard rules on every relevant vacancy (strict reading)
    for pid, lab in labels.items():
        pf = facts[pid]
        for r in lab["relevant"]:
            ok, fails, d = passes(pf, vacs[r], strict=True)
            if not ok:
                rep.err("labels %s -> %s" % (pid, r), "breaks hard rules: %s" % "; ".join(fails))
        if lab["relevant"] and len(lab["relevant"]) < 3:
            n_pass = sum(passes(pf, v, strict=True)[0] for v in vacs.values())
            rep.warn(pid, "only %d relevant (%d vacancies pass the rules)" % (len(lab["relevant"]), n_pass))
        emps = [vacs[r]["employer"] for r in lab["relevant"]]
        if len(set(emps)) < min(3, len(emps)):
            rep.warn(pid, "relevant vacancies come from only %d employers" % len(set(emps)))
    # ---- expectEmpty persons: nothing may pass (lenient reading)
    n_empty = 0
    for pid, lab in labels.items():
        if not lab["expectEmpty"]:
            continue
        n_empty += 1
        pf = facts[pid]
        if pf["status"] in ("EMPLOYED", "NOT_SEEKING"):
            continue
        leaking = [v["id"] for v in vacs.values() if passes(pf, v, strict=False)[0]]
        if leaking:
            rep.err("labels %s" % pid, "expectEmpty but these pass the rules: %s" % leaking)
    if not 2 <= n_empty <= 4:
        rep.err("labels.ndjson", "%d expectEmpty persons, expected 2 to 4" % n_empty)
    # a person whose status forbids recommendations must be expectEmpty
    for pid, pf in facts.items():
        if pf["status"] in ("EMPLOYED", "NOT_SEEKING") and not labels[pid]["expectEmpty"]:
            rep.err("labels %s" % pid, "status %s but not expectEmpty" % pf["status"])

    # ---- composition
    src = Counter(v["source"] for v in vacs.values())
    shares = {"ENTERPRISE": (0.50, 0.60), "WORKSHOP": (0.12, 0.18), "WELFARE_POST": (0.17, 0.23),
              "FLEXIBLE": (0.08, 0.12)}
    for s, (lo, hi) in shares.items():
        if not lo <= src[s] / len(vacs) <= hi:
            rep.err("composition", "%s is %d of %d" % (s, src[s], len(vacs)))
    closed = [v["id"] for v in vacs.values()
              if v["openings"] == 0 or (v.get("validUntil") and parse_date(v["validUntil"]) < EVAL_DAY)]
    if not 3 <= len(closed) <= 12:
        rep.err("composition", "%d closed vacancies, expected a few" % len(closed))

    return finish(rep, (vacs, persons, facts, labels, src, closed))


def finish(rep, data):
    if data is not None:
        vacs, persons, facts, labels, src, closed = data
        print("E5 evaluation set, evaluation day %s" % EVAL_DAY.isoformat())
        print("vacancies: %d  %s" % (len(vacs), dict(src)))
        print("persons:   %d  (with idNumber: %d)" % (len(persons), sum("idNumber" in p for p in persons)))
        rel = [len(l["relevant"]) for l in labels.values()]
        print("labels:    %d persons, %d relevant pairs, %d expectEmpty" % (
            len(labels), sum(rel), sum(1 for l in labels.values() if l["expectEmpty"])))
        print("closed vacancies: %s" % ", ".join(closed))
        print("vacancies by township: %s" % dict(Counter(v["township"] for v in vacs.values())))
        print("persons by township:   %s" % dict(Counter(p["township"] for p in persons)))
        gc = Counter(g for p in persons for g in p.get("groups", []))
        print("person groups: %s; 4050 on the day: %d" % (dict(gc), sum(f["is4050"] for f in facts.values())))
    for w in rep.warnings:
        print("WARNING", w)
    for e in rep.errors:
        print("ERROR", e)
    print("RESULT: %s (%d errors, %d warnings)" % ("PASS" if not rep.errors else "FAIL",
                                                  len(rep.errors), len(rep.warnings)))
    return 0 if not rep.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
