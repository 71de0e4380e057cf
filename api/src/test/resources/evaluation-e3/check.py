#!/usr/bin/env python3
"""Validator for the eval3 set (启东市). Standard library only.

Checks vacancies.ndjson / persons.ndjson against the external contract (fields, types, enums,
GB 11643 ID numbers, birth date / gender consistency) and every line of labels.ndjson against
the seven hard matching rules, on the evaluation date 2026-12-01.

usage: python3 check.py            # validate, print summary; exit 1 on errors
       python3 check.py --list     # also list, per person, every vacancy passing the hard rules
"""
import datetime as dt
import json
import math
import os
import re
import sys

EVAL_DATE = dt.date(2026, 12, 1)
HERE = os.path.dirname(os.path.abspath(__file__))

# Township centroids of 启东市 (WGS84, approximate); used when a record has no location.
TOWNS = {
    "汇龙镇": (31.808, 121.657), "南阳镇": (31.858, 121.572), "北新镇": (31.935, 121.552),
    "王鲍镇": (31.968, 121.660), "合作镇": (31.918, 121.462), "海复镇": (31.958, 121.760),
    "近海镇": (31.832, 121.790), "寅阳镇": (31.720, 121.800), "惠萍镇": (31.770, 121.740),
    "东海镇": (31.900, 121.870), "吕四港镇": (32.055, 121.600), "启隆镇": (31.785, 121.470),
}
SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"}
MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"}
GROUPS = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
          "RETIRED_FISHER", "VETERAN", "GRADUATE", "RETURNED_MIGRANT", "LONG_TERM_UNEMPLOYED",
          "REGISTERED_UNEMPLOYED"}
HARD = {"DIFFICULT", "POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "ZERO_EMPLOYMENT_FAMILY", "DISABLED",
        "RETIRED_FISHER", "LONG_TERM_UNEMPLOYED"}
STATUSES = {"UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING"}
V_FIELDS = {"id", "source", "employer", "title", "description", "skills", "township", "location", "ageMin",
            "ageMax", "openings", "wageMin", "wageMax", "workMode", "accessible", "eligibleGroups", "validUntil",
            "contact"}
P_FIELDS = {"id", "name", "idNumber", "gender", "birthDate", "phone", "householdId", "township", "village",
            "location", "groups", "employmentStatus", "skills", "preferences"}
PREF_FIELDS = {"jobs", "workModes", "maxDistanceKm", "willingToMigrate", "minWage"}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"
CJK = re.compile(r"[\u4e00-\u9fff]")

errors, warnings = [], []
BAD = set()  # ids of records too broken to evaluate the hard rules on
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)
def is_num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

def parse_date(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None

def load(name):
    rows = []
    with open(os.path.join(HERE, name), "rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{name}:{n}: not UTF-8"); continue
            if n == 1 and line.startswith("\ufeff"):
                err(f"{name}:1: BOM present")
            if not line.strip():
                err(f"{name}:{n}: empty line"); continue
            try:
                o = json.loads(line)
            except ValueError as e:
                err(f"{name}:{n}: bad JSON ({e})"); continue
            if not isinstance(o, dict):
                err(f"{name}:{n}: not an object"); continue
            rows.append((n, o))
    return rows

def check_loc(where, loc):
    if not isinstance(loc, dict) or set(loc) != {"lat", "lon"} or not all(is_num(loc[k]) for k in ("lat", "lon")):
        err(f"{where}: location must be {{lat, lon}} numbers"); return
    if not (31.55 <= loc["lat"] <= 32.15 and 121.35 <= loc["lon"] <= 122.0):
        err(f"{where}: location outside 启东市 bounding box")

def check_str(where, o, k, required, lo=1, hi=None):
    if k not in o:
        if required: err(f"{where}: missing {k}")
        return
    v = o[k]
    if not isinstance(v, str) or len(v) < lo or (hi and len(v) > hi):
        err(f"{where}: {k} must be a string of length {lo}..{hi or '∞'}")

# ---------------------------------------------------------------- vacancies
def check_vacancies(rows):
    vs = {}
    for n, o in rows:
        w = f"vacancies.ndjson:{n}"
        for k in o:
            if k not in V_FIELDS: err(f"{w}: unknown field {k}")
        check_str(w, o, "id", True, 1, 64)
        vid = o.get("id")
        if isinstance(vid, str):
            if not re.fullmatch(r"E3-V-\d{3}", vid): err(f"{w}: id {vid} not E3-V-NNN")
            if vid in vs: err(f"{w}: duplicate id {vid}")
        if o.get("source") not in SOURCES: err(f"{w}: bad source {o.get('source')!r}")
        for k in ("employer", "title", "township"): check_str(w, o, k, True)
        check_str(w, o, "description", False, 0)
        if "skills" in o and (not isinstance(o["skills"], list) or not all(isinstance(s, str) and s for s in o["skills"])):
            err(f"{w}: skills must be a list of non-empty strings")
        if o.get("township") not in TOWNS: err(f"{w}: township {o.get('township')!r} not a 启东市 township")
        if "location" in o: check_loc(w, o["location"])
        for k in ("ageMin", "ageMax", "wageMin", "wageMax"):
            if k in o and (not is_int(o[k]) or o[k] < 0): err(f"{w}: {k} must be a non-negative int")
        if is_int(o.get("ageMin")) and is_int(o.get("ageMax")) and o["ageMin"] > o["ageMax"]: err(f"{w}: ageMin > ageMax")
        if is_int(o.get("wageMin")) and is_int(o.get("wageMax")) and o["wageMin"] > o["wageMax"]: err(f"{w}: wageMin > wageMax")
        if not is_int(o.get("openings")) or o["openings"] < 0: err(f"{w}: openings must be an int >= 0")
        if "workMode" in o and o["workMode"] not in MODES: err(f"{w}: bad workMode")
        if "accessible" in o and not isinstance(o["accessible"], bool): err(f"{w}: accessible must be bool")
        if "eligibleGroups" in o:
            g = o["eligibleGroups"]
            if not isinstance(g, list) or not g or any(x not in GROUPS for x in g): err(f"{w}: bad eligibleGroups")
        if "validUntil" in o and parse_date(o["validUntil"]) is None: err(f"{w}: validUntil not an ISO date")
        if "contact" in o:
            c = o["contact"]
            if not isinstance(c, dict) or set(c) - {"name", "phone"} or not all(isinstance(x, str) for x in c.values()):
                err(f"{w}: bad contact")
        if isinstance(vid, str):
            ok = (o.get("source") in SOURCES and o.get("township") in TOWNS and is_int(o.get("openings"))
                  and all(is_int(o[k]) for k in ("ageMin", "ageMax", "wageMax") if k in o)
                  and ("validUntil" not in o or parse_date(o["validUntil"]))
                  and ("location" not in o or (isinstance(o["location"], dict) and all(is_num(o["location"].get(k)) for k in ("lat", "lon")))))
            if ok: vs[vid] = o
            else: BAD.add(vid)  # reported above; excluded from rule checks
    return vs

# ---------------------------------------------------------------- persons
def id_ok(idn):
    if not isinstance(idn, str) or not re.fullmatch(r"\d{17}[\dX]", idn): return "format"
    if CK[sum(int(c) * w for c, w in zip(idn[:17], W)) % 11] != idn[17]: return "check digit"
    return None

def birth_gender(o):
    if "idNumber" in o and id_ok(o["idNumber"]) is None:
        i = o["idNumber"]
        return parse_date(f"{i[6:10]}-{i[10:12]}-{i[12:14]}"), ("M" if int(i[16]) % 2 else "F")
    return parse_date(o.get("birthDate")), o.get("gender")

def age_on(b, day=EVAL_DATE):
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

def check_persons(rows):
    ps = {}
    for n, o in rows:
        w = f"persons.ndjson:{n}"
        for k in o:
            if k not in P_FIELDS: err(f"{w}: unknown field {k}")
        check_str(w, o, "id", True, 1, 64)
        pid = o.get("id")
        if isinstance(pid, str):
            if not re.fullmatch(r"E3-P-\d{2}", pid): err(f"{w}: id {pid} not E3-P-NN")
            if pid in ps: err(f"{w}: duplicate id {pid}")
        check_str(w, o, "name", True)
        check_str(w, o, "township", True)
        check_str(w, o, "village", False)
        if o.get("township") not in TOWNS: err(f"{w}: township {o.get('township')!r} not a 启东市 township")
        if "idNumber" in o:
            why = id_ok(o["idNumber"])
            if why: err(f"{w}: idNumber {why}")
            else:
                i = o["idNumber"]
                b = parse_date(f"{i[6:10]}-{i[10:12]}-{i[12:14]}")
                if b is None: err(f"{w}: idNumber birth date invalid")
                if not i.startswith("3206"): err(f"{w}: idNumber not a 南通 area code")
                if "birthDate" in o and parse_date(o["birthDate"]) != b: err(f"{w}: birthDate disagrees with idNumber")
                if "gender" in o and o["gender"] != ("M" if int(i[16]) % 2 else "F"): err(f"{w}: gender disagrees with idNumber")
        else:
            if o.get("gender") not in ("M", "F"): err(f"{w}: gender required without idNumber")
            if parse_date(o.get("birthDate")) is None: err(f"{w}: birthDate required without idNumber")
        b, g = birth_gender(o)
        if b and not (16 <= age_on(b) <= 75): err(f"{w}: implausible age {age_on(b)}")
        if "phone" in o and not (isinstance(o["phone"], str) and re.fullmatch(r"1[3-9]\d{9}", o["phone"])):
            err(f"{w}: phone not an 11-digit mobile number")
        if "householdId" in o: check_str(w, o, "householdId", False)
        if "location" in o: check_loc(w, o["location"])
        gr = o.get("groups", [])
        if not isinstance(gr, list) or any(x not in GROUPS for x in gr) or len(set(gr)) != len(gr): err(f"{w}: bad groups")
        if o.get("employmentStatus", "UNEMPLOYED") not in STATUSES: err(f"{w}: bad employmentStatus")
        if "skills" in o and not isinstance(o["skills"], str): err(f"{w}: skills must be a string")
        pr = o.get("preferences", {})
        if not isinstance(pr, dict): err(f"{w}: preferences must be an object"); pr = {}
        for k in pr:
            if k not in PREF_FIELDS: err(f"{w}: unknown preference {k}")
        if "jobs" in pr and not isinstance(pr["jobs"], str): err(f"{w}: preferences.jobs must be a string")
        if "workModes" in pr and (not isinstance(pr["workModes"], list) or any(m not in MODES for m in pr["workModes"])):
            err(f"{w}: bad preferences.workModes")
        if "maxDistanceKm" in pr and (not is_num(pr["maxDistanceKm"]) or pr["maxDistanceKm"] < 0): err(f"{w}: bad maxDistanceKm")
        if "willingToMigrate" in pr and not isinstance(pr["willingToMigrate"], bool): err(f"{w}: bad willingToMigrate")
        if "minWage" in pr and (not is_int(pr["minWage"]) or pr["minWage"] < 0): err(f"{w}: bad minWage")
        if isinstance(pid, str):
            if b is None or o.get("township") not in TOWNS or not isinstance(pr, dict):
                BAD.add(pid)  # reported above; excluded from rule checks
            else:
                ps[pid] = o
    # zero-employment family: explicit group must agree with the household rule where a household is given
    hh = {}
    for o in ps.values():
        if "householdId" in o: hh.setdefault(o["householdId"], []).append(o)
    for o in ps.values():
        if "householdId" in o:
            derived = all(m.get("employmentStatus", "UNEMPLOYED") != "EMPLOYED" for m in hh[o["householdId"]])
            if derived != ("ZERO_EMPLOYMENT_FAMILY" in o.get("groups", [])):
                err(f"persons {o['id']}: ZERO_EMPLOYMENT_FAMILY group disagrees with household {o['householdId']}")
    return ps

# ---------------------------------------------------------------- hard rules
def haversine(a, b):
    R = 6371.0088
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))

def where(o):
    if "location" in o: return (o["location"]["lat"], o["location"]["lon"]), False
    return TOWNS[o["township"]], True

def person_groups(p, ps):
    g = set(p.get("groups", []))
    if "householdId" in p and all(m.get("employmentStatus", "UNEMPLOYED") != "EMPLOYED"
                                  for m in ps.values() if m.get("householdId") == p["householdId"]):
        g.add("ZERO_EMPLOYMENT_FAMILY")
    return g

def failures(p, v, ps):
    """list of hard rules the pair fails (empty = the vacancy may be recommended)."""
    f = []
    pr = p.get("preferences", {})
    if v["openings"] <= 0: f.append("1 无空缺")
    if "validUntil" in v and parse_date(v["validUntil"]) < EVAL_DATE: f.append("1 已过期")
    b, _ = birth_gender(p)
    a = age_on(b)
    if not (v.get("ageMin", 18) <= a <= v.get("ageMax", 55)): f.append(f"2 年龄{a}")
    elig = v.get("eligibleGroups") or (sorted(HARD) if v["source"] == "WELFARE_POST" else None)
    if elig and not (person_groups(p, ps) & set(elig)): f.append("3 群体")
    d = distance(p, v)
    if not pr.get("willingToMigrate", False) and d > pr.get("maxDistanceKm", 30): f.append(f"4 距离{d:.1f}")
    if "workModes" in pr and v.get("workMode", "FULL_TIME") not in pr["workModes"]: f.append("5 工作方式")
    if "minWage" in pr and "wageMax" in v and v["wageMax"] < pr["minWage"]: f.append("6 工资")
    if p.get("employmentStatus", "UNEMPLOYED") in ("EMPLOYED", "NOT_SEEKING"): f.append("7 已就业/无意愿")
    return f

def distance(p, v):
    return haversine(where(p)[0], where(v)[0])

# ---------------------------------------------------------------- labels
def check_labels(rows, ps, vs):
    seen = set()
    stats = []
    for n, o in rows:
        w = f"labels.ndjson:{n}"
        if set(o) != {"personId", "relevant", "expectEmpty", "why"}: err(f"{w}: fields must be personId, relevant, expectEmpty, why")
        pid = o.get("personId")
        if pid in BAD: err(f"{w}: person {pid} is invalid, labels not checked"); seen.add(pid); continue
        if pid not in ps: err(f"{w}: unknown person {pid}"); continue
        if pid in seen: err(f"{w}: duplicate person {pid}")
        seen.add(pid)
        p = ps[pid]
        rel = o.get("relevant")
        if not isinstance(rel, list) or len(set(rel)) != len(rel): err(f"{w}: relevant must be a list without repeats"); continue
        if not isinstance(o.get("expectEmpty"), bool): err(f"{w}: expectEmpty must be bool")
        if not isinstance(o.get("why"), str) or not CJK.search(o["why"]): err(f"{w}: why must be a Chinese sentence")
        passing = [vid for vid, v in vs.items() if not failures(p, v, ps)]
        if o.get("expectEmpty"):
            if rel: err(f"{w}: expectEmpty but relevant not empty")
            if passing: err(f"{w}: expectEmpty but {len(passing)} vacancies pass the hard rules, e.g. {passing[:3]}")
        else:
            if not rel: err(f"{w}: relevant empty but expectEmpty false")
            if p.get("employmentStatus") in ("EMPLOYED", "NOT_SEEKING"): err(f"{w}: {pid} is {p['employmentStatus']} but expectEmpty false")
        for vid in rel:
            if vid in BAD: err(f"{w}: vacancy {vid} is invalid"); continue
            if vid not in vs: err(f"{w}: unknown vacancy {vid}"); continue
            v = vs[vid]
            f = failures(p, v, ps)
            if f: err(f"{w}: {pid} -> {vid} fails hard rules {f}")
            pr = p.get("preferences", {})
            if not pr.get("willingToMigrate", False):
                lim = pr.get("maxDistanceKm", 30)
                d = distance(p, v)
                centroid = where(p)[1] or where(v)[1]
                margin = 5.0 if centroid else 1.5
                if lim - margin < d <= lim:
                    warn(f"{pid} -> {vid}: distance {d:.1f} km close to limit {lim} ({'centroid' if centroid else 'exact'})")
        stats.append((pid, rel, {vs[x]["employer"] for x in rel if x in vs}))
    for pid in list(ps) + sorted(BAD):
        if pid.startswith("E3-P") and pid not in seen: err(f"labels.ndjson: no line for person {pid}")
    return stats

def main():
    vs = check_vacancies(load("vacancies.ndjson"))
    ps = check_persons(load("persons.ndjson"))
    if sorted(set(vs) | {x for x in BAD if x.startswith("E3-V")}) != [f"E3-V-{i:03d}" for i in range(1, 121)]: err("vacancy ids must be exactly E3-V-001..E3-V-120")
    if sorted(set(ps) | {x for x in BAD if x.startswith("E3-P")}) != [f"E3-P-{i:02d}" for i in range(1, 61)]: err("person ids must be exactly E3-P-01..E3-P-60")
    stats = check_labels(load("labels.ndjson"), ps, vs) if os.path.exists(os.path.join(HERE, "labels.ndjson")) else []
    if "--list" in sys.argv:
        for pid, p in ps.items():
            b, g = birth_gender(p)
            print(f"\n{pid} {p['name']} {g} {age_on(b)}岁 {p['township']} {p.get('groups')} {p.get('employmentStatus')} "
                  f"skills={p.get('skills')!r} pref={p.get('preferences')} {'(无坐标)' if 'location' not in p else ''}")
            for vid, v in vs.items():
                if not failures(p, v, ps):
                    print(f"   {vid} {v['source'][:4]} {distance(p, v):5.1f}km {v['employer']} | {v['title']}")
    n_rel = [len(r) for _, r, _ in stats]
    active = [s for s in stats if s[1]]
    print(f"vacancies: {len(vs)}  persons: {len(ps)}  label lines: {len(stats)}")
    if stats:
        print(f"relevant pairs: {sum(n_rel)}  mean per person: {sum(n_rel)/len(stats):.2f}  "
              f"mean per non-empty person: {sum(n_rel)/max(1,len(active)):.2f}  "
              f"expectEmpty: {len(stats)-len(active)}")
        few = [pid for pid, r, e in active if len(r) < 3 or len(e) < 3]
        print(f"persons with <3 relevant or <3 employers: {len(few)} {few}")
    for w_ in warnings: print("warning:", w_)
    if errors:
        for e in errors: print("ERROR:", e)
        print(f"{len(errors)} errors"); sys.exit(1)
    print("no errors")

if __name__ == "__main__":
    main()
