"""Reading aid: list ECB+ event-coreference links and high word-overlap pairs that the hand annotation did not mark, for a second look."""
import json, re, sys
dev = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/ecbplus-dev.jsonl')}
tok = lambda s: set(re.findall(r'[a-z0-9]+', s.lower()))
for l in open(sys.argv[1]):
    c = json.loads(l); R = c['reports']; mine = set(map(tuple, c['links']))
    src = dev.get(c['id'].replace('ecb+facts-own/', 'ecb+/'))
    ecb = set(map(tuple, src['links'])) if src else set()
    print('##', c['id'], 'mine', len(mine), 'ecb', len(ecb), 'both', len(mine & ecb))
    for x in sorted(ecb - mine):
        print('  ECB-only', x, '|', R[x[0]]['sentences'][x[1]][:90], '||', R[x[2]]['sentences'][x[3]][:90])
    for i in range(len(R)):
        for k in range(i + 1, len(R)):
            for a, s in enumerate(R[i]['sentences']):
                for b, t in enumerate(R[k]['sentences']):
                    A, B = tok(s), tok(t)
                    j = len(A & B) / max(1, len(A | B))
                    if j >= 0.3 and (i, a, k, b) not in mine:
                        print('  overlap %.2f' % j, (i, a, k, b), '|', s[:90], '||', t[:90])
