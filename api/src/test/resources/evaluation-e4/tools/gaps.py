# helper: for each person with a distance-margin problem, show distances of otherwise-eligible vacancies and gaps
import sys, json, importlib.util, os
sys.argv=[sys.argv[0]]
spec=importlib.util.spec_from_file_location("chk", os.path.join("..","check.py")); chk=importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
gaz=chk.read_gazetteer("../gazetteer.csv")
vacs=chk.read_ndjson("../vacancies.ndjson","v"); pers=chk.read_ndjson("../persons.ndjson","p")
vi={v["id"]:{"loc":(chk.check_vacancy(v,gaz))[0],"centroid":"location" not in v} for v in vacs}
for p in pers:
    pi=chk.check_person(p,gaz); pr=p.get("preferences",{})
    if pr.get("willingToMigrate"): continue
    lim=pr.get("maxDistanceKm",30); ds=[]
    for v in vacs:
        f,d=chk.rule_failures(p,pi,v,vi[v["id"]],p.get("groups",[]))
        if set(f)-{"4-distance"}: continue
        m=2.0 if (pi["centroid"] or vi[v["id"]]["centroid"]) else 0.3
        ds.append((d,m,v["id"]))
    ds.sort()
    bad=[x for x in ds if abs(x[0]-lim)<x[1]]
    if not bad: continue
    # find gaps: candidate limits L (integers 3..45) with no conflicts
    ok=[L for L in range(3,46) if all(abs(d-L)>=m for d,m,_ in ds)]
    within=lambda L: sum(1 for d,m,_ in ds if d<=L)
    print(p["id"],p["township"],"lim",lim,"bad",[(round(d,1),i) for d,m,i in bad])
    print("   ok limits:",[(L,within(L)) for L in ok])
