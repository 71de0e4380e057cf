#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checker for the E7 evaluation set (元谋县), written from the external contract only.

Checks
  1. vacancies.ndjson / persons.ndjson follow the contract's Vacancy and Person formats
     (required fields, types, enum values, GB 11643 check digit, dates), plus the set's own rules
     (ids E7-V-001..120 / E7-P-01..60, explicit location everywhere, 元谋县 area code 532328);
  2. labels.ndjson has one well-formed line per person;
  3. every labelled relevant vacancy passes the contract's hard rules for its person on the
     evaluation day 2026-12-01;
  4. every expectEmpty person really has no vacancy passing the hard rules (checked with the most
     permissive group set, so that no derivation of groups could make a vacancy appear).
Standard library only.  Usage: python3 check.py   (exit status 0 = pass)
"""
import datetime
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DAY = datetime.date(2026, 12, 1)
AREA_CODE = "532328"  # 云南省楚雄彝族自治州元谋县

SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
WORK_MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
          "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT", "LONG_TERM_UNEMPLOYED",
          "REGISTERED_UNEMPLOYED"}
HARD_TO_EMPLOY = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
                  "DISABLED", "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
DEFAULT_AGE_MIN, DEFAULT_AGE_MAX = 18, 55
DEFAULT_MAX_KM = 30.0

VAC_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location", "ageMin",
              "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible", "eligibleGroups",
              "validUntil", "contact"}
PER_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township", "village",
              "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_str(x, lo=1, hi=None):
    return isinstance(x, str) and len(x) >= lo and (hi is None or len(x) <= hi)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def read_ndjson(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "starts with a BOM")
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, "not UTF-8: %s" % e)
        return rows
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("%s:%d" % (name, i), "not JSON: %s" % e)
            continue
        if not isinstance(obj, dict):
            err("%s:%d" % (name, i), "not a JSON object")
            continue
        rows.append(obj)
    return rows


# ---------------------------------------------------------------- GB 11643 resident ID
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def check_id_number(s):
    """Returns (birth_date, gender) or raises ValueError."""
    if not isinstance(s, str) or not re.fullmatch(r"\d{17}[\dX]", s):
        raise ValueError("must be 17 digits + digit/X")
    total = sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS))
    if ID_CHECK[total % 11] != s[17]:
        raise ValueError("check digit mismatch")
    try:
        birth = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise ValueError("invalid birth date")
    gender = "M" if int(s[16]) % 2 == 1 else "F"
    return birth, gender


def check_location(where, loc):
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"}:
        err(where, "location must be {lat, lon}")
        return False
    if not (is_num(loc["lat"]) and -90 <= loc["lat"] <= 90 and is_num(loc["lon"]) and -180 <= loc["lon"] <= 180):
        err(where, "location out of range")
        return False
    return True


# ---------------------------------------------------------------- vacancies
def check_vacancy(v):
    w = "vacancy %s" % v.get("id", "?")
    for k in v:
        if k not in VAC_FIELDS:
            err(w, "unknown field %s" % k)
    for k in ("id", "source", "employer", "title", "township", "openings"):
        if k not in v:
            err(w, "missing required field %s" % k)
    if "id" in v and not is_str(v["id"], 1, 64):
        err(w, "id must be a string of 1-64 chars")
    if "source" in v and v["source"] not in SOURCES:
        err(w, "bad source %r" % v["source"])
    for k in ("employer", "title", "township"):
        if k in v and not is_str(v[k]):
            err(w, "%s must be a non-empty string" % k)
    if "description" in v and not isinstance(v["description"], str):
        err(w, "description must be a string")
    if "skills" in v and not (isinstance(v["skills"], list) and all(is_str(s) for s in v["skills"])):
        err(w, "skills must be an array of strings")
    if "location" in v:
        check_location(w, v["location"])
    else:
        err(w, "this set requires an explicit location on every vacancy")
    for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
        if k in v and not (is_int(v[k]) and v[k] >= 0):
            err(w, "%s must be a non-negative int" % k)
    if is_int(v.get("ageMin")) and is_int(v.get("ageMax")) and v["ageMin"] > v["ageMax"]:
        err(w, "ageMin > ageMax")
    if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
        err(w, "wageMin > wageMax")
    if "openings" in v and not (is_int(v["openings"]) and v["openings"] >= 0):
        err(w, "openings must be an int >= 0")
    if "workMode" in v and v["workMode"] not in WORK_MODES:
        err(w, "bad workMode %r" % v["workMode"])
    if "accessible" in v and not isinstance(v["accessible"], bool):
        err(w, "accessible must be a bool")
    if "eligibleGroups" in v:
        eg = v["eligibleGroups"]
        if not (isinstance(eg, list) and eg and all(g in GROUPS for g in eg)):
            err(w, "eligibleGroups must be a non-empty array of group enums (4050 is derived, never listed)")
    if "validUntil" in v and parse_date(v["validUntil"]) is None:
        err(w, "validUntil must be an ISO date")
    if "contact" in v:
        c = v["contact"]
        if not (isinstance(c, dict) and set(c) <= {"name", "phone"} and all(isinstance(x, str) for x in c.values())):
            err(w, "contact must be {name, phone} strings")


# ---------------------------------------------------------------- persons
def check_person(p):
    w = "person %s" % p.get("id", "?")
    for k in p:
        if k not in PER_FIELDS:
            err(w, "unknown field %s" % k)
    for k in ("id", "name", "township"):
        if k not in p:
            err(w, "missing required field %s" % k)
    if "id" in p and not is_str(p["id"], 1, 64):
        err(w, "id must be a string of 1-64 chars")
    for k in ("name", "township"):
        if k in p and not is_str(p[k]):
            err(w, "%s must be a non-empty string" % k)
    for k in ("phone", "householdId", "village", "skills"):
        if k in p and not isinstance(p[k], str):
            err(w, "%s must be a string" % k)
    if "phone" in p and not re.fullmatch(r"1[3-9]\d{9}", p["phone"]):
        err(w, "phone is not an 11-digit mobile number")
    if "idNumber" in p:
        try:
            birth, gender = check_id_number(p["idNumber"])
            if not p["idNumber"].startswith(AREA_CODE):
                err(w, "idNumber is not from area code %s" % AREA_CODE)
            if "gender" in p and p["gender"] != gender:
                err(w, "gender disagrees with idNumber")
            if "birthDate" in p and parse_date(p["birthDate"]) != birth:
                err(w, "birthDate disagrees with idNumber")
        except ValueError as e:
            err(w, "idNumber: %s" % e)
    else:
        if p.get("gender") not in ("M", "F"):
            err(w, "gender M|F required when there is no idNumber")
        if parse_date(p.get("birthDate")) is None:
            err(w, "birthDate (ISO date) required when there is no idNumber")
    if "location" in p:
        check_location(w, p["location"])
    else:
        err(w, "this set requires an explicit location on every person")
    if "groups" in p and not (isinstance(p["groups"], list) and all(g in GROUPS for g in p["groups"])):
        err(w, "groups must be an array of group enums")
    if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
        err(w, "bad employmentStatus %r" % p["employmentStatus"])
    if "preferences" in p:
        pr = p["preferences"]
        if not isinstance(pr, dict):
            err(w, "preferences must be an object")
            return
        for k in pr:
            if k not in PREF_FIELDS:
                err(w, "unknown preferences field %s" % k)
        if "jobs" in pr and not isinstance(pr["jobs"], str):
            err(w, "preferences.jobs must be a string")
        if "workModes" in pr and not (isinstance(pr["workModes"], list) and pr["workModes"]
                                      and all(m in WORK_MODES for m in pr["workModes"])):
            err(w, "preferences.workModes must be a non-empty array of work modes")
        if "maxDistanceKm" in pr and not (is_num(pr["maxDistanceKm"]) and pr["maxDistanceKm"] > 0):
            err(w, "preferences.maxDistanceKm must be a positive number")
        if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool):
            err(w, "preferences.willingToMigrate must be a bool")
        if "minWage" in pr and not (is_int(pr["minWage"]) and pr["minWage"] >= 0):
            err(w, "preferences.minWage must be a non-negative int")


def birth_of(p):
    if "idNumber" in p:
        return check_id_number(p["idNumber"])[0]
    return parse_date(p["birthDate"])


def age_on(p, day):
    b = birth_of(p)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def haversine_km(a, b):
    r = 6371.0088
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def hard_rule_failures(p, v, day, groups=None):
    """The contract's seven hard constraints; returns the list of broken ones (empty = may recommend)."""
    out = []
    # 1. open
    if v["openings"] <= 0:
        out.append("no openings")
    if "validUntil" in v and parse_date(v["validUntil"]) < day:
        out.append("past validUntil %s" % v["validUntil"])
    # 2. age
    a = age_on(p, day)
    lo, hi = v.get("ageMin", DEFAULT_AGE_MIN), v.get("ageMax", DEFAULT_AGE_MAX)
    if not (lo <= a <= hi):
        out.append("age %d not in [%d,%d]" % (a, lo, hi))
    # 3. groups
    g = set(p.get("groups", [])) if groups is None else set(groups)
    eligible = v.get("eligibleGroups")
    if not eligible and v["source"] == "WELFARE_POST":
        eligible = sorted(HARD_TO_EMPLOY)
    if eligible and not (g & set(eligible)):
        out.append("not in eligible groups %s" % ",".join(eligible))
    # 4. distance
    pr = p.get("preferences") or {}
    d = haversine_km(p["location"], v["location"])
    if not pr.get("willingToMigrate", False):
        limit = pr.get("maxDistanceKm", DEFAULT_MAX_KM)
        if d > limit:
            out.append("distance %.1f km > %.1f" % (d, limit))
    # 5. work mode
    if pr.get("workModes") and v.get("workMode", "FULL_TIME") not in pr["workModes"]:
        out.append("workMode %s not accepted" % v.get("workMode", "FULL_TIME"))
    # 6. wage
    if "wageMax" in v and "minWage" in pr and v["wageMax"] < pr["minWage"]:
        out.append("wageMax %d < minWage %d" % (v["wageMax"], pr["minWage"]))
    # 7. status
    if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "NOT_SEEKING"):
        out.append("person is %s" % p["employmentStatus"])
    return out


def main():
    vacs = read_ndjson("vacancies.ndjson")
    pers = read_ndjson("persons.ndjson")
    labels = read_ndjson("labels.ndjson")

    for v in vacs:
        check_vacancy(v)
    for p in pers:
        check_person(p)

    vids = [v.get("id") for v in vacs]
    pids = [p.get("id") for p in pers]
    if vids != ["E7-V-%03d" % i for i in range(1, 121)]:
        err("vacancies.ndjson", "ids must be E7-V-001..E7-V-120 in order, each once")
    if pids != ["E7-P-%02d" % i for i in range(1, 61)]:
        err("persons.ndjson", "ids must be E7-P-01..E7-P-60 in order, each once")
    if errors:
        return report(vacs, pers, labels)

    V = {v["id"]: v for v in vacs}
    P = {p["id"]: p for p in pers}

    # household consistency: a person tagged ZERO_EMPLOYMENT_FAMILY must not share a household with an employed one
    employed_hh = {p.get("householdId") for p in pers if p.get("employmentStatus") == "EMPLOYED"}
    for p in pers:
        if "ZERO_EMPLOYMENT_FAMILY" in p.get("groups", []) and p.get("householdId") in employed_hh:
            err("person %s" % p["id"], "tagged ZERO_EMPLOYMENT_FAMILY but a household member is EMPLOYED")

    # labels
    seen = set()
    for i, lab in enumerate(labels, 1):
        w = "labels.ndjson:%d" % i
        if set(lab) != {"personId", "relevant", "expectEmpty", "why"}:
            err(w, "fields must be personId, relevant, expectEmpty, why")
            continue
        pid = lab["personId"]
        if pid not in P:
            err(w, "unknown person %r" % pid)
            continue
        if pid in seen:
            err(w, "duplicate label for %s" % pid)
        seen.add(pid)
        rel = lab["relevant"]
        if not (isinstance(rel, list) and all(isinstance(x, str) for x in rel)) or len(set(rel)) != len(rel):
            err(w, "relevant must be a list of distinct vacancy ids")
            continue
        if not isinstance(lab["expectEmpty"], bool):
            err(w, "expectEmpty must be a bool")
        if not is_str(lab["why"]):
            err(w, "why must be a non-empty string")
        if lab["expectEmpty"] != (len(rel) == 0):
            err(w, "expectEmpty must be true exactly when relevant is empty")
        p = P[pid]
        for vid in rel:
            if vid not in V:
                err(w, "unknown vacancy %s" % vid)
                continue
            broken = hard_rule_failures(p, V[vid], EVAL_DAY)
            if broken:
                err(w, "%s -> %s breaks hard rules: %s" % (pid, vid, "; ".join(broken)))
        if lab["expectEmpty"]:
            for v in vacs:
                if not hard_rule_failures(p, v, EVAL_DAY, groups=GROUPS):
                    err(w, "%s is expectEmpty but %s passes the hard rules" % (pid, v["id"]))
    missing = set(P) - seen
    if missing:
        err("labels.ndjson", "no label for %s" % ", ".join(sorted(missing)))
    return report(vacs, pers, labels)


def report(vacs, pers, labels):
    if errors:
        for e in errors:
            print("FAIL", e)
        print("check.py: %d problem(s)" % len(errors))
        return 1
    n_rel = sum(len(l["relevant"]) for l in labels)
    n_empty = sum(1 for l in labels if l["expectEmpty"])
    src = {}
    for v in vacs:
        src[v["source"]] = src.get(v["source"], 0) + 1
    print("check.py: OK - %d vacancies %s, %d persons, %d labels (%d relevant pairs, %d expectEmpty), "
          "evaluation day %s" % (len(vacs), json.dumps(src, sort_keys=True), len(pers), len(labels), n_rel,
                                 n_empty, EVAL_DAY.isoformat()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
