"""Validate a gold case file: indices in range, r1 < r2, no duplicate links. Print counts."""
import json, sys
for path in sys.argv[1:]:
    cases = [json.loads(l) for l in open(path)]
    ids = set(); nr = ns = nl = 0
    for c in cases:
        assert c['id'] not in ids, c['id']; ids.add(c['id'])
        R = c['reports']; nr += len(R); ns += sum(len(r['sentences']) for r in R)
        seen = set()
        for l in c['links']:
            r1, s1, r2, s2 = l
            assert r1 < r2 < len(R), (c['id'], l)
            assert 0 <= s1 < len(R[r1]['sentences']) and 0 <= s2 < len(R[r2]['sentences']), (c['id'], l)
            assert tuple(l) not in seen, (c['id'], 'dup', l); seen.add(tuple(l))
        assert c['links'] == sorted(c['links']), c['id']
        nl += len(c['links'])
        print(c['id'], len(R), sum(len(r['sentences']) for r in R), len(c['links']))
    print(path, 'cases', len(cases), 'reports', nr, 'sentences', ns, 'links', nl)
