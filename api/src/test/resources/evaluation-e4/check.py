#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validator for the evaluation set evaluation-e4 (英山县).  Standard library only.

Checks the formats of vacancies.ndjson, persons.ndjson, labels.ndjson and gazetteer.csv against the
external contract, the GB 11643 check digit of every ID number, and applies the contract's hard
matching rules on the evaluation day (2026-12-01):
  1. open: openings > 0 and not past validUntil;
  2. age in [ageMin, ageMax] (defaults 18 and 55);
  3. in one of eligibleGroups where given; WELFARE_POST defaults to the hard-to-employ groups;
  4. distance (haversine; township centroid where location is missing) <= maxDistanceKm (default 30)
     unless willingToMigrate;
  5. workMode (default FULL_TIME) among the person's workModes, where given;
  6. wageMax, where given, not below the person's minWage, where given;
  7. person not EMPLOYED / NOT_SEEKING.
Then verifies that every labelled relevant vacancy passes all rules for its person and that
expectEmpty persons have no eligible vacancy or are EMPLOYED / NOT_SEEKING.

It also guards the labels against ambiguity: no person-vacancy distance lies within a margin of the
person's distance limit, and the eligible sets do not change if zero-employment-family status were
derived from householdId.

Usage:  python3 check.py [--list] [--dir DIR]
"""
import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import re
import sys

EVAL_DAY = dt.date(2026, 12, 1)
SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
          "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT", "LONG_TERM_UNEMPLOYED",
          "REGISTERED_UNEMPLOYED"}
HARD = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
        "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
NO_RECO = {"EMPLOYED", "NOT_SEEKING"}
VAC_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location", "ageMin",
              "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible", "eligibleGroups",
              "validUntil", "contact"}
PER_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township", "village",
              "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"
MARGIN_KM = 0.3           # exact coordinates on both sides
MARGIN_CENTROID_KM = 2.0  # one side falls back to a township centroid

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def id_check(idn):
    """Returns (birth date, gender) or raises ValueError."""
    if not isinstance(idn, str) or not re.fullmatch(r"\d{17}[\dX]", idn):
        raise ValueError("not 17 digits + digit/X")
    s = sum(int(c) * w for c, w in zip(idn[:17], W))
    if CHK[s % 11] != idn[17]:
        raise ValueError("check digit mismatch (expected %s)" % CHK[s % 11])
    b = dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))  # raises on bad date
    if b > EVAL_DAY or b.year < 1900:
        raise ValueError("implausible birth date")
    return b, ("M" if int(idn[16]) % 2 == 1 else "F")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def haversine(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def read_ndjson(path, what):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: starts with a BOM" % what)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (what, e))
        return []
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("%s line %d: bad JSON (%s)" % (what, n, e))
            continue
        if not isinstance(obj, dict):
            err("%s line %d: not an object" % (what, n))
            continue
        out.append(obj)
    return out


def read_gazetteer(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if not lines or not lines[0].startswith("# "):
        err("gazetteer.csv: first line must be a '# ...' comment")
    body = [l for l in lines[1:] if l.strip()]
    rows = list(csv.reader(io.StringIO("\n".join(body))))
    if not rows or rows[0] != ["county", "township", "lat", "lon"]:
        err("gazetteer.csv: header must be county,township,lat,lon")
        return {}
    gaz = {}
    for r in rows[1:]:
        if len(r) != 4 or not re.fullmatch(r"\d{6}", r[0]):
            err("gazetteer.csv: bad row %r" % (r,))
            continue
        lat, lon = float(r[2]), float(r[3])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            err("gazetteer.csv: coordinates out of range %r" % (r,))
        if r[1] in gaz:
            err("gazetteer.csv: duplicate township %s" % r[1])
        gaz[r[1]] = (lat, lon)
    return gaz


def check_location(obj, where):
    loc = obj.get("location")
    if loc is None:
        return None
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"} or not is_num(loc["lat"]) or not is_num(loc["lon"]):
        err("%s: location must be {lat, lon} numbers" % where)
        return None
    if not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
        err("%s: location out of range" % where)
        return None
    return (float(loc["lat"]), float(loc["lon"]))


def check_vacancy(v, gaz):
    vid = v.get("id")
    w = "vacancy %s" % vid
    if not isinstance(vid, str) or not (1 <= len(vid) <= 64):
        err("%s: id must be a string of 1-64 characters" % w)
    for k in set(v) - VAC_FIELDS:
        warn("%s: field %s is not in the contract" % (w, k))
    if v.get("source") not in SOURCES:
        err("%s: bad source %r" % (w, v.get("source")))
    for k in ("employer", "title", "township"):
        if not isinstance(v.get(k), str) or not v.get(k).strip():
            err("%s: %s is required (non-empty string)" % (w, k))
    if "description" in v and not isinstance(v["description"], str):
        err("%s: description must be a string" % w)
    if "skills" in v and (not isinstance(v["skills"], list) or not all(isinstance(s, str) for s in v["skills"])):
        err("%s: skills must be a list of strings" % w)
    if not is_int(v.get("openings")) or v["openings"] < 0:
        err("%s: openings must be an int >= 0" % w)
    for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
        if k in v and not is_int(v[k]):
            err("%s: %s must be an int" % (w, k))
    if is_int(v.get("ageMin")) and is_int(v.get("ageMax")) and v["ageMin"] > v["ageMax"]:
        err("%s: ageMin > ageMax" % w)
    if is_int(v.get("wageMin")) and is_int(v.get("wageMax")) and v["wageMin"] > v["wageMax"]:
        err("%s: wageMin > wageMax" % w)
    if "workMode" in v and v["workMode"] not in MODES:
        err("%s: bad workMode %r" % (w, v["workMode"]))
    if "accessible" in v and not isinstance(v["accessible"], bool):
        err("%s: accessible must be a bool" % w)
    if "eligibleGroups" in v:
        eg = v["eligibleGroups"]
        if not isinstance(eg, list) or not eg or any(g not in GROUPS for g in eg):
            err("%s: bad eligibleGroups %r" % (w, eg))
    if "validUntil" in v and parse_date(v["validUntil"]) is None:
        err("%s: validUntil must be an ISO date" % w)
    if "contact" in v:
        c = v["contact"]
        if not isinstance(c, dict) or set(c) - {"name", "phone"} or not all(isinstance(x, str) for x in c.values()):
            err("%s: contact must be {name, phone} strings" % w)
    loc = check_location(v, w)
    if loc is None and v.get("township") not in gaz:
        err("%s: no location and township %r not in the gazetteer" % (w, v.get("township")))
    return loc if loc is not None else gaz.get(v.get("township")), loc is None


def check_person(p, gaz):
    pid = p.get("id")
    w = "person %s" % pid
    if not isinstance(pid, str) or not (1 <= len(pid) <= 64):
        err("%s: id must be a string of 1-64 characters" % w)
    for k in set(p) - PER_FIELDS:
        warn("%s: field %s is not in the contract" % (w, k))
    if not isinstance(p.get("name"), str) or not p["name"].strip():
        err("%s: name is required" % w)
    birth = gender = None
    if "idNumber" in p:
        try:
            birth, gender = id_check(p["idNumber"])
        except ValueError as e:
            err("%s: idNumber invalid: %s" % (w, e))
        if "gender" in p and p["gender"] != gender:
            err("%s: gender disagrees with idNumber" % w)
        if "birthDate" in p and parse_date(p["birthDate"]) != birth:
            err("%s: birthDate disagrees with idNumber" % w)
    else:
        if p.get("gender") not in ("M", "F"):
            err("%s: gender M|F required when no idNumber" % w)
        gender = p.get("gender")
        birth = parse_date(p.get("birthDate"))
        if birth is None:
            err("%s: birthDate (ISO) required when no idNumber" % w)
    for k in ("phone", "householdId", "village", "skills"):
        if k in p and not isinstance(p[k], str):
            err("%s: %s must be a string" % (w, k))
    if not isinstance(p.get("township"), str) or not p["township"].strip():
        err("%s: township is required" % w)
    if "groups" in p and (not isinstance(p["groups"], list) or any(g not in GROUPS for g in p["groups"])):
        err("%s: bad groups %r" % (w, p.get("groups")))
    if "employmentStatus" in p and p["employmentStatus"] not in STATUSES:
        err("%s: bad employmentStatus" % w)
    pr = p.get("preferences", {})
    if not isinstance(pr, dict):
        err("%s: preferences must be an object" % w)
        pr = {}
    for k in set(pr) - PREF_FIELDS:
        warn("%s: preference %s is not in the contract" % (w, k))
    if "jobs" in pr and not isinstance(pr["jobs"], str):
        err("%s: preferences.jobs must be a string" % w)
    if "workModes" in pr and (not isinstance(pr["workModes"], list) or not pr["workModes"]
                              or any(m not in MODES for m in pr["workModes"])):
        err("%s: bad preferences.workModes" % w)
    if "maxDistanceKm" in pr and (not is_num(pr["maxDistanceKm"]) or pr["maxDistanceKm"] <= 0):
        err("%s: bad preferences.maxDistanceKm" % w)
    if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool):
        err("%s: preferences.willingToMigrate must be a bool" % w)
    if "minWage" in pr and not is_int(pr["minWage"]):
        err("%s: preferences.minWage must be an int" % w)
    loc = check_location(p, w)
    if loc is None and p.get("township") not in gaz:
        err("%s: no location and township %r not in the gazetteer" % (w, p.get("township")))
    return {"birth": birth, "gender": gender, "age": age_on(birth, EVAL_DAY) if birth else None,
            "loc": loc if loc is not None else gaz.get(p.get("township")), "centroid": loc is None}


def rule_failures(p, pi, v, vi, groups):
    """Names of the hard rules that vacancy v fails for person p (empty list = eligible)."""
    fails = []
    until = parse_date(v.get("validUntil")) if "validUntil" in v else None
    if v.get("openings", 0) <= 0 or (until is not None and until < EVAL_DAY):
        fails.append("1-closed")
    age = pi["age"]
    if age is None or not (v.get("ageMin", 18) <= age <= v.get("ageMax", 55)):
        fails.append("2-age")
    elig = v.get("eligibleGroups")
    if elig is None and v.get("source") == "WELFARE_POST":
        elig = sorted(HARD)
    if elig is not None and not (set(groups) & set(elig)):
        fails.append("3-group")
    pr = p.get("preferences", {})
    d = haversine(pi["loc"], vi["loc"])
    if not pr.get("willingToMigrate", False) and d > pr.get("maxDistanceKm", 30):
        fails.append("4-distance")
    if "workModes" in pr and v.get("workMode", "FULL_TIME") not in pr["workModes"]:
        fails.append("5-workMode")
    if "minWage" in pr and "wageMax" in v and v["wageMax"] < pr["minWage"]:
        fails.append("6-wage")
    if p.get("employmentStatus", "UNEMPLOYED") in NO_RECO:
        fails.append("7-status")
    return fails, d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true", help="print every eligible vacancy per person")
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    j = lambda n: os.path.join(a.dir, n)  # noqa: E731

    gaz = read_gazetteer(j("gazetteer.csv") if os.path.exists(j("gazetteer.csv")) else j("../gazetteer/421124-yingshan.csv"))
    vacs = read_ndjson(j("vacancies.ndjson"), "vacancies.ndjson")
    pers = read_ndjson(j("persons.ndjson"), "persons.ndjson")
    labs = read_ndjson(j("labels.ndjson"), "labels.ndjson")

    vids = [v.get("id") for v in vacs]
    pids = [p.get("id") for p in pers]
    if vids != ["E4-V-%03d" % i for i in range(1, 121)]:
        err("vacancy ids must be E4-V-001 .. E4-V-120 in order")
    if pids != ["E4-P-%02d" % i for i in range(1, 61)]:
        err("person ids must be E4-P-01 .. E4-P-60 in order")

    vinfo = {v["id"]: {"loc": None, "centroid": False} for v in vacs if "id" in v}
    for v in vacs:
        loc, cen = check_vacancy(v, gaz)
        vinfo[v.get("id")] = {"loc": loc, "centroid": cen}
    pinfo = {}
    for p in pers:
        pinfo[p.get("id")] = check_person(p, gaz)
    if errors:
        report(None, None, None, None, a.list)
        return 1

    # household-derived zero-employment status, two readings of "employed"
    households = {}
    for p in pers:
        if "householdId" in p:
            households.setdefault(p["householdId"], []).append(p.get("employmentStatus", "UNEMPLOYED"))

    def groups_variant(p, variant):
        g = set(p.get("groups", []))
        if variant and "householdId" in p:
            employed = {"EMPLOYED"} if variant == 1 else {"EMPLOYED", "FLEXIBLE"}
            if not any(s in employed for s in households[p["householdId"]]):
                g.add("ZERO_EMPLOYMENT_FAMILY")
        return g

    eligible = {}
    fails_of = {}
    dist = {}
    for p in pers:
        pid = p["id"]
        pi = pinfo[pid]
        eligible[pid] = []
        sets = []
        for variant in (0, 1, 2):
            g = groups_variant(p, variant)
            s = []
            for v in vacs:
                f, d = rule_failures(p, pi, v, vinfo[v["id"]], g)
                if variant == 0:
                    fails_of[(pid, v["id"])] = f
                    dist[(pid, v["id"])] = d
                if not f:
                    s.append(v["id"])
            sets.append(s)
        eligible[pid] = sets[0]
        if not (sets[0] == sets[1] == sets[2]):
            err("%s: eligible set depends on deriving ZERO_EMPLOYMENT_FAMILY from householdId" % pid)
        # distance margins: the decision must not hinge on centroid or rounding details
        pr = p.get("preferences", {})
        if not pr.get("willingToMigrate", False):
            lim = pr.get("maxDistanceKm", 30)
            for v in vacs:
                f = fails_of[(pid, v["id"])]
                if set(f) - {"4-distance"}:
                    continue  # fails on something else anyway
                d = dist[(pid, v["id"])]
                m = MARGIN_CENTROID_KM if (pi["centroid"] or vinfo[v["id"]]["centroid"]) else MARGIN_KM
                if abs(d - lim) < m:
                    err("%s / %s: distance %.2f km within %.1f km of the limit %s" % (pid, v["id"], d, m, lim))

    # labels
    lab_by = {}
    for l in labs:
        pid = l.get("personId")
        if pid in lab_by:
            err("labels: duplicate personId %s" % pid)
        lab_by[pid] = l
        if set(l) != {"personId", "relevant", "expectEmpty", "why"}:
            err("labels %s: keys must be personId, relevant, expectEmpty, why" % pid)
        if not isinstance(l.get("relevant"), list) or not isinstance(l.get("expectEmpty"), bool) \
                or not isinstance(l.get("why"), str) or not l.get("why").strip() or l.get("why") == "TODO":
            err("labels %s: bad types or missing why" % pid)
    if sorted(lab_by) != sorted(pids):
        err("labels: must have exactly one line per person")
    vac_by = {v["id"]: v for v in vacs}
    per_by = {p["id"]: p for p in pers}
    for pid, l in lab_by.items():
        if pid not in per_by:
            continue
        rel = l.get("relevant", [])
        if len(set(rel)) != len(rel):
            err("labels %s: duplicate vacancy in relevant" % pid)
        status = per_by[pid].get("employmentStatus", "UNEMPLOYED")
        for vid in rel:
            if vid not in vac_by:
                err("labels %s: unknown vacancy %s" % (pid, vid))
            elif fails_of[(pid, vid)]:
                err("labels %s: relevant %s fails hard rules %s" % (pid, vid, fails_of[(pid, vid)]))
        if l.get("expectEmpty"):
            if rel:
                err("labels %s: expectEmpty but relevant is not empty" % pid)
            if status not in NO_RECO and eligible[pid]:
                err("labels %s: expectEmpty but %d vacancies are eligible" % (pid, len(eligible[pid])))
        else:
            if not rel:
                err("labels %s: not expectEmpty but relevant is empty" % pid)
            if status in NO_RECO:
                err("labels %s: person is %s, must be expectEmpty" % (pid, status))
            emps = {vac_by[x]["employer"] for x in rel if x in vac_by}
            if len(rel) >= 3 and len(emps) < 3:
                warn("%s: %d relevant vacancies but only %d employers" % (pid, len(rel), len(emps)))
            if len(eligible[pid]) < 3:
                warn("%s: only %d eligible vacancies" % (pid, len(eligible[pid])))
            if len(eligible[pid]) == len(rel):
                warn("%s: every eligible vacancy is relevant (ranking not tested)" % pid)
    report(pers, vac_by, eligible, (lab_by, dist, pinfo), a.list)
    return 1 if errors else 0


def report(pers, vac_by, eligible, extra, do_list):
    if do_list and pers is not None:
        lab_by, dist, pinfo = extra
        for p in pers:
            pid = p["id"]
            rel = set(lab_by.get(pid, {}).get("relevant", []))
            pi = pinfo[pid]
            print("== %s %s %s age %s %s %s status=%s groups=%s" % (
                pid, p["name"], pi["gender"], pi["age"], p["township"], "(centroid)" if pi["centroid"] else "",
                p.get("employmentStatus", "UNEMPLOYED"), ",".join(p.get("groups", []))))
            print("   skills: %s | prefs: %s" % (p.get("skills", ""), json.dumps(p.get("preferences", {}),
                                                                                  ensure_ascii=False)))
            for vid in eligible[pid]:
                v = vac_by[vid]
                print("   %s %s %-12s %5.1fkm %-28s | %s | %s %s-%s %s%s" % (
                    "R" if vid in rel else " ", vid, v["source"], dist[(pid, vid)], v["title"], v["employer"],
                    v.get("workMode", "FULL_TIME"), v.get("wageMin", ""), v.get("wageMax", ""),
                    "acc " if v.get("accessible") else "", ",".join(v.get("eligibleGroups", []))))
            missing = rel - set(eligible[pid])
            if missing:
                print("   !! relevant but not eligible: %s" % sorted(missing))
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    if pers is not None:
        n_el = sum(len(x) for x in eligible.values())
        print("checked %d persons, %d vacancies, %d eligible pairs on %s: %s" % (
            len(pers), len(vac_by), n_el, EVAL_DAY.isoformat(),
            "OK" if not errors else "%d error(s)" % len(errors)))
    else:
        print("format errors: %d" % len(errors))


if __name__ == "__main__":
    sys.exit(main())
