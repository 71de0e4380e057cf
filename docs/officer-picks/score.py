import json,sys
# usage: score.py labels.ndjson picks.ndjson  -> precision@3 of the picks against the labels, EvaluationIT's formula
labels={}
for l in open(sys.argv[1]):
    L=json.loads(l); labels[L['personId']]=L
picks={}
for l in open(sys.argv[2]):
    if l.strip():
        P=json.loads(l); picks[P['personId']]=P['top3']
total=0
for pid,L in labels.items():
    got=picks.get(pid,[])[:3]
    rel=set(L['relevant'])
    if L['expectEmpty']:
        p=1.0 if not got else 0.0
    else:
        p=len([g for g in got if g in rel])/min(3,len(rel))
    total+=p
print('%s: precision@3 = %.3f over %d persons'%(sys.argv[2],total/len(labels),len(labels)))
