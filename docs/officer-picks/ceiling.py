# Best precision@3 a list can reach when its three jobs come from three different employers (the contract).
# usage: python3 docs/officer-picks/ceiling.py api/src/test/resources/evaluation-independent ...
import json,sys
for s in sys.argv[1:]:
    V={json.loads(l)['id']:json.loads(l) for l in open(s+'/vacancies.ndjson')}
    tot=0;n=0;capped=[]
    for l in open(s+'/labels.ndjson'):
        L=json.loads(l); n+=1
        if L.get('expectEmpty'): tot+=1; continue
        rel=L['relevant']; emps={V[v]['employer'] for v in rel}
        p=min(3,len(emps))/min(3,len(rel)); tot+=p
        if p<1: capped.append((L['personId'],round(p,2)))
    print(s, 'ceiling %.3f'%(tot/n), capped)
