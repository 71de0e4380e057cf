#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checker for the E6 evaluation set (奉节县, evaluation day 2026-12-01).

Written from the external contract only (/work/shared/contract/README.md):
  * validates vacancies.ndjson and persons.ndjson against the contract's Vacancy and Person formats;
  * validates labels.ndjson (one line per person);
  * checks that every labelled relevant vacancy passes the contract's hard constraints 1-7 for its
    person on the evaluation day, and that every expectEmpty person has no vacancy passing them.

Standard library only.  Usage:
    python3 check.py            # validate, exit 0 when everything passes
    python3 check.py --pool     # also print, per person, every vacancy that passes the hard rules
"""
import json
import math
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DAY = date(2026, 12, 1)
COUNTY_AREA_CODE = "500236"   # 重庆市奉节县
DEFAULT_AGE_MIN, DEFAULT_AGE_MAX = 18, 55
DEFAULT_MAX_KM = 30.0
# Distances computed here use the haversine formula; the contract does not fix the formula, so a
# labelled vacancy must lie at least this far inside the person's radius (and, for expectEmpty
# persons, every vacancy excluded only by distance at least this far outside it).
DIST_MARGIN_KM = 0.5

SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
WORK_MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
          "DISABLED", "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT",
          "LONG_TERM_UNEMPLOYED", "REGISTERED_UNEMPLOYED"}
HARD_TO_EMPLOY = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY",
                  "DISABLED", "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}

VACANCY_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location",
                  "ageMin", "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible",
                  "eligibleGroups", "validUntil", "contact"}
PERSON_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township",
                 "village", "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
LABEL_FIELDS = {"personId", "relevant", "expectEmpty", "why"}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def is_str(x, allow_empty=False):
    return isinstance(x, str) and (allow_empty or x.strip() != "")


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return date(int(s[:4]), int(s[5:7]), int(s[8:10]))
    except ValueError:
        return None


def read_ndjson(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, "not UTF-8: %s" % e)
        return rows
    if text.startswith("\ufeff"):
        err(name, "starts with a BOM")
        text = text[1:]
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip() == "":
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("%s:%d" % (name, n), "invalid JSON: %s" % e)
            continue
        if not isinstance(obj, dict):
            err("%s:%d" % (name, n), "not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_location(where, loc):
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"}:
        err(where, "location must be {lat, lon}")
        return False
    if not (is_num(loc["lat"]) and -90 <= loc["lat"] <= 90 and is_num(loc["lon"]) and -180 <= loc["lon"] <= 180):
        err(where, "location out of range")
        return False
    return True


def id_number_info(s):
    """Returns (birth date, gender) or an error string (GB 11643)."""
    if not isinstance(s, str) or not re.fullmatch(r"\d{17}[\dX]", s):
        return "idNumber must be 17 digits and a digit or X"
    total = sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS))
    if ID_CHECK[total % 11] != s[17]:
        return "idNumber check digit mismatch"
    b = parse_date("%s-%s-%s" % (s[6:10], s[10:12], s[12:14]))
    if b is None:
        return "idNumber birth date invalid"
    return b, ("M" if int(s[16]) % 2 == 1 else "F")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def haversine_km(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- vacancies
def check_vacancy(where, v):
    for k in v:
        if k not in VACANCY_FIELDS:
            err(where, "unknown field %r" % k)
    for k in ("id", "source", "employer", "title", "township", "openings"):
        if k not in v:
            err(where, "missing required field %r" % k)
    if "id" in v and not (is_str(v["id"]) and 1 <= len(v["id"]) <= 64):
        err(where, "id must be a string of 1-64 characters")
    if "source" in v and v["source"] not in SOURCES:
        err(where, "bad source %r" % v["source"])
    for k in ("employer", "title", "township"):
        if k in v and not is_str(v[k]):
            err(where, "%s must be a non-empty string" % k)
    if "description" in v and not is_str(v["description"], True):
        err(where, "description must be a string")
    if "skills" in v and not (isinstance(v["skills"], list) and all(is_str(s) for s in v["skills"])):
        err(where, "skills must be a list of strings")
    if "location" in v:
        check_location(where, v["location"])
    else:
        err(where, "this set requires an explicit location on every vacancy")
    for k in ("ageMin", "ageMax"):
        if k in v and not (is_int(v[k]) and 0 <= v[k] <= 120):
            err(where, "%s must be an integer age" % k)
    amin, amax = v.get("ageMin", DEFAULT_AGE_MIN), v.get("ageMax", DEFAULT_AGE_MAX)
    if is_int(amin) and is_int(amax) and amin > amax:
        err(where, "age range empty (%s > %s)" % (amin, amax))
    if "openings" in v and not (is_int(v["openings"]) and v["openings"] >= 0):
        err(where, "openings must be an integer >= 0")
    for k in ("wageMin", "wageMax"):
        if k in v and not (is_int(v[k]) and v[k] >= 0):
            err(where, "%s must be a non-negative integer" % k)
    if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
        err(where, "wageMin > wageMax")
    if "workMode" in v and v["workMode"] not in WORK_MODES:
        err(where, "bad workMode %r" % v["workMode"])
    if "accessible" in v and not isinstance(v["accessible"], bool):
        err(where, "accessible must be a boolean")
    if "eligibleGroups" in v:
        g = v["eligibleGroups"]
        if not (isinstance(g, list) and g and all(x in GROUPS for x in g)):
            err(where, "eligibleGroups must be a non-empty list of group enums")
    if "validUntil" in v and parse_date(v["validUntil"]) is None:
        err(where, "validUntil must be an ISO date")
    if "contact" in v:
        c = v["contact"]
        if not (isinstance(c, dict) and set(c) <= {"name", "phone"} and all(is_str(x) for x in c.values())):
            err(where, "contact must be {name, phone} strings")


# ---------------------------------------------------------------- persons
def check_person(where, p):
    for k in p:
        if k not in PERSON_FIELDS:
            err(where, "unknown field %r" % k)
    for k in ("id", "name", "township"):
        if k not in p:
            err(where, "missing required field %r" % k)
    if "id" in p and not (is_str(p["id"]) and 1 <= len(p["id"]) <= 64):
        err(where, "id must be a string of 1-64 characters")
    for k in ("name", "township"):
        if k in p and not is_str(p[k]):
            err(where, "%s must be a non-empty string" % k)
    for k in ("phone", "householdId", "village", "skills"):
        if k in p and not is_str(p[k], k == "skills"):
            err(where, "%s must be a string" % k)
    if "phone" in p and not re.fullmatch(r"1[3-9]\d{9}", p["phone"]):
        err(where, "phone is not an 11-digit mobile number")
    birth = gender = None
    if "idNumber" in p:
        info = id_number_info(p["idNumber"])
        if isinstance(info, str):
            err(where, info)
        else:
            birth, gender = info
            if not p["idNumber"].startswith(COUNTY_AREA_CODE):
                err(where, "idNumber not of the county's area code %s" % COUNTY_AREA_CODE)
            if "gender" in p and p["gender"] != gender:
                err(where, "gender contradicts idNumber")
            if "birthDate" in p and parse_date(p["birthDate"]) != birth:
                err(where, "birthDate contradicts idNumber")
    else:
        if p.get("gender") not in ("M", "F"):
            err(where, "gender M|F required when there is no idNumber")
        birth = parse_date(p.get("birthDate"))
        if birth is None:
            err(where, "birthDate (ISO date) required when there is no idNumber")
        gender = p.get("gender")
    if "location" in p:
        check_location(where, p["location"])
    else:
        err(where, "this set requires an explicit location on every person")
    if "groups" in p and not (isinstance(p["groups"], list) and all(g in GROUPS for g in p["groups"])
                              and len(set(p["groups"])) == len(p["groups"])):
        err(where, "groups must be a list of distinct group enums")
    if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
        err(where, "bad employmentStatus %r" % p["employmentStatus"])
    pr = p.get("preferences")
    if pr is not None:
        if not isinstance(pr, dict):
            err(where, "preferences must be an object")
        else:
            for k in pr:
                if k not in PREF_FIELDS:
                    err(where, "unknown preference %r" % k)
            if "jobs" in pr and not is_str(pr["jobs"], True):
                err(where, "preferences.jobs must be a string")
            if "workModes" in pr and not (isinstance(pr["workModes"], list) and pr["workModes"]
                                          and all(m in WORK_MODES for m in pr["workModes"])):
                err(where, "preferences.workModes must be a non-empty list of work modes")
            if "maxDistanceKm" in pr and not (is_num(pr["maxDistanceKm"]) and pr["maxDistanceKm"] >= 0):
                err(where, "preferences.maxDistanceKm must be a non-negative number")
            if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool):
                err(where, "preferences.willingToMigrate must be a boolean")
            if "minWage" in pr and not (is_int(pr["minWage"]) and pr["minWage"] >= 0):
                err(where, "preferences.minWage must be a non-negative integer")
    return birth, gender


# ---------------------------------------------------------------- hard rules
def hard_check(p, birth, v, zero_employment_derived=False):
    """Returns (list of failed rule texts, distance km, distance-only flag)."""
    fails = []
    # 1. open
    if v["openings"] <= 0:
        fails.append("1 no openings")
    if "validUntil" in v and parse_date(v["validUntil"]) < EVAL_DAY:
        fails.append("1 expired %s" % v["validUntil"])
    # 2. age
    age = age_on(birth, EVAL_DAY)
    lo, hi = v.get("ageMin", DEFAULT_AGE_MIN), v.get("ageMax", DEFAULT_AGE_MAX)
    if not (lo <= age <= hi):
        fails.append("2 age %d not in [%d,%d]" % (age, lo, hi))
    # 3. groups
    elig = v.get("eligibleGroups")
    if elig is None and v["source"] == "WELFARE_POST":
        elig = sorted(HARD_TO_EMPLOY)
    if elig is not None:
        pg = set(p.get("groups", []))
        if zero_employment_derived:
            pg.add("ZERO_EMPLOYMENT_FAMILY")
        if not pg & set(elig):
            fails.append("3 groups %s not in %s" % (sorted(pg), elig))
    # 4. distance
    pr = p.get("preferences") or {}
    d = haversine_km(p["location"], v["location"])
    dist_only = False
    if not pr.get("willingToMigrate", False):
        mx = pr.get("maxDistanceKm", DEFAULT_MAX_KM)
        if d > mx:
            fails.append("4 distance %.1f > %.1f" % (d, mx))
            dist_only = True
    # 5. work mode
    if "workModes" in pr and v.get("workMode", "FULL_TIME") not in pr["workModes"]:
        fails.append("5 workMode %s not in %s" % (v.get("workMode", "FULL_TIME"), pr["workModes"]))
    # 6. wage
    if "minWage" in pr and "wageMax" in v and v["wageMax"] < pr["minWage"]:
        fails.append("6 wageMax %d < minWage %d" % (v["wageMax"], pr["minWage"]))
    # 7. status
    if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "NOT_SEEKING"):
        fails.append("7 status %s" % p["employmentStatus"])
    dist_only = dist_only and len(fails) == 1
    return fails, d, dist_only


def main():
    show_pool = "--pool" in sys.argv[1:]
    vac_rows = read_ndjson("vacancies.ndjson")
    per_rows = read_ndjson("persons.ndjson")
    lab_rows = read_ndjson("labels.ndjson")

    vacancies = {}
    for n, v in vac_rows:
        where = "vacancies.ndjson:%d" % n
        check_vacancy(where, v)
        if v.get("id") in vacancies:
            err(where, "duplicate id %r" % v.get("id"))
        vacancies[v.get("id")] = v
    persons, births = {}, {}
    seen_idno = set()
    for n, p in per_rows:
        where = "persons.ndjson:%d" % n
        birth, _ = check_person(where, p)
        if p.get("id") in persons:
            err(where, "duplicate id %r" % p.get("id"))
        if p.get("idNumber") in seen_idno:
            err(where, "duplicate idNumber")
        seen_idno.add(p.get("idNumber"))
        persons[p.get("id")] = p
        births[p.get("id")] = birth

    exp_v = ["E6-V-%03d" % i for i in range(1, 121)]
    exp_p = ["E6-P-%02d" % i for i in range(1, 61)]
    if sorted(vacancies) != exp_v:
        err("vacancies.ndjson", "ids must be exactly E6-V-001 .. E6-V-120")
    if sorted(persons) != exp_p:
        err("persons.ndjson", "ids must be exactly E6-P-01 .. E6-P-60")
    if errors:
        return report(None)

    # households: derived zero-employment (no member employed) used only for the lenient
    # expectEmpty check, so that a service deriving it still returns nothing there.
    household_employed = {}
    for p in persons.values():
        h = p.get("householdId")
        if h:
            household_employed.setdefault(h, False)
            if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "FLEXIBLE"):
                household_employed[h] = True

    labels = {}
    for n, l in lab_rows:
        where = "labels.ndjson:%d" % n
        for k in l:
            if k not in LABEL_FIELDS:
                err(where, "unknown field %r" % k)
        pid = l.get("personId")
        if pid not in persons:
            err(where, "unknown personId %r" % pid)
            continue
        if pid in labels:
            err(where, "duplicate label for %s" % pid)
        labels[pid] = l
        rel = l.get("relevant")
        if not (isinstance(rel, list) and all(isinstance(x, str) for x in rel)):
            err(where, "relevant must be a list of vacancy ids")
            continue
        if len(set(rel)) != len(rel):
            err(where, "duplicate vacancy in relevant")
        if not isinstance(l.get("expectEmpty"), bool):
            err(where, "expectEmpty must be a boolean")
        if not (is_str(l.get("why")) and re.search(r"[\u4e00-\u9fff]", l["why"])):
            err(where, "why must be a Chinese sentence")
        if l.get("expectEmpty") is True and rel:
            err(where, "expectEmpty person with relevant vacancies")
        if l.get("expectEmpty") is False and not rel:
            err(where, "relevant empty but expectEmpty false")
        p, birth = persons[pid], births[pid]
        pr = p.get("preferences") or {}
        mx = pr.get("maxDistanceKm", DEFAULT_MAX_KM)
        for vid in rel:
            if vid not in vacancies:
                err(where, "unknown vacancy %r" % vid)
                continue
            fails, d, _ = hard_check(p, birth, vacancies[vid])
            if fails:
                err(where, "%s -> %s fails hard rules: %s" % (pid, vid, "; ".join(fails)))
            elif not pr.get("willingToMigrate", False) and d > mx - DIST_MARGIN_KM:
                err(where, "%s -> %s distance %.2f km too close to the limit %.1f" % (pid, vid, d, mx))
        if l.get("expectEmpty") is True:
            h = p.get("householdId")
            derived = bool(h) and not household_employed.get(h, False)
            for vid, v in vacancies.items():
                for lenient in (False, derived):
                    fails, d, dist_only = hard_check(p, birth, v, zero_employment_derived=lenient)
                    if not fails:
                        err(where, "%s is expectEmpty but %s passes the hard rules%s"
                            % (pid, vid, " (with derived zero-employment)" if lenient else ""))
                        break
                    if dist_only and d <= mx + DIST_MARGIN_KM:
                        err(where, "%s expectEmpty: %s excluded only by %.2f km vs limit %.1f (too close)"
                            % (pid, vid, d, mx))
                        break
    missing = [pid for pid in exp_p if pid not in labels]
    if missing:
        err("labels.ndjson", "no label for %s" % ", ".join(missing))

    pools = None
    if show_pool:
        pools = {}
        for pid in exp_p:
            p = persons[pid]
            rows = []
            for vid in exp_v:
                fails, d, _ = hard_check(p, births[pid], vacancies[vid])
                if not fails:
                    rows.append((vid, d))
            pools[pid] = rows
    return report((pools, persons, vacancies, labels, births))


def report(extra):
    if extra is not None and extra[0] is not None:
        pools, persons, vacancies, labels, births = extra
        for pid, rows in pools.items():
            p = persons[pid]
            l = labels.get(pid, {})
            rel = set(l.get("relevant", []))
            print("== %s %s age %d %s %s | %s | %s" % (pid, p["name"], age_on(births[pid], EVAL_DAY), p["township"],
                  ",".join(p.get("groups", [])), p.get("skills", ""), json.dumps(p.get("preferences", {}), ensure_ascii=False)))
            for vid, d in rows:
                v = vacancies[vid]
                print("   %s %-4s %5.1fkm %-12s %s | %s" % ("*" if vid in rel else " ", vid[-3:], d,
                      v["source"][:8], v["title"], v["employer"]))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("check.py: %d problem(s)" % len(errors))
        return 1
    print("check.py: OK - formats valid; every labelled vacancy passes the hard rules on %s; "
          "expectEmpty persons have no passing vacancy" % EVAL_DAY.isoformat())
    return 0


if __name__ == "__main__":
    sys.exit(main())
