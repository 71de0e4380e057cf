# -*- coding: utf-8 -*-
"""Writes vacancies.ndjson, persons.ndjson, labels.ndjson and gazetteer.csv of evaluation-e4
from the hand-written records in data_vacancies.py, data_persons.py and labels.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_vacancies as dv  # noqa: E402
import data_persons as dp  # noqa: E402
import labels as lb  # noqa: E402

COUNTY_CODE = "421124"


def main():
    key2id = {}
    vac_lines = []
    for i, v in enumerate(dv.VAC, 1):
        vid = "E4-V-%03d" % i
        key2id[v["_key"]] = vid
        rec = {"id": vid}
        rec.update({k: val for k, val in v.items() if not k.startswith("_")})
        vac_lines.append(json.dumps(rec, ensure_ascii=False))
    per_lines = []
    for p in dp.PER:
        rec = {k: val for k, val in p.items() if not k.startswith("_")}
        per_lines.append(json.dumps(rec, ensure_ascii=False))
    lab_lines = []
    for p in dp.PER:
        pid = p["id"]
        n = int(pid.rsplit("-", 1)[1])
        entry = lb.LABELS.get(n)
        if entry is None:
            rel, why, empty = [], "TODO", False
        else:
            keys, why = entry
            empty = keys is None
            rel = [] if empty else [key2id[k] for k in keys]
        lab_lines.append(json.dumps({"personId": pid, "relevant": rel, "expectEmpty": empty, "why": why},
                                    ensure_ascii=False))
    for name, lines in (("vacancies.ndjson", vac_lines), ("persons.ndjson", per_lines),
                        ("labels.ndjson", lab_lines)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "gazetteer.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# 湖北省黄冈市英山县 (%s) 乡镇中心点, WGS84, approximate: for the evaluation set evaluation-e4 only.\n"
                % COUNTY_CODE)
        f.write("county,township,lat,lon\n")
        for t, (lat, lon) in dv.GAZ.items():
            f.write("%s,%s,%.4f,%.4f\n" % (COUNTY_CODE, t, lat, lon))
    with open(os.path.join(HERE, "key2id.tsv"), "w", encoding="utf-8") as f:
        for k, v in key2id.items():
            f.write("%s\t%s\n" % (v, k))
    print("wrote %d vacancies, %d persons, %d labels" % (len(vac_lines), len(per_lines), len(lab_lines)))


if __name__ == "__main__":
    main()
