"""Counts for README: cases, reports, sentences, links, cross-report pairs, sentences with a link, overlap with ECB+ links."""
import json, sys
dev = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/ecbplus-dev.jsonl')}
for path in sys.argv[1:]:
    nc = nr = ns = nl = pairs = linked = both = ecb = 0
    for l in open(path):
        c = json.loads(l); R = c['reports']; nc += 1; nr += len(R)
        n = [len(r['sentences']) for r in R]; ns += sum(n)
        pairs += sum(n[i] * n[k] for i in range(len(n)) for k in range(i + 1, len(n)))
        nl += len(c['links'])
        linked += len({(a, b) for x in c['links'] for a, b in ((x[0], x[1]), (x[2], x[3]))})
        src = dev.get(c['id'].replace('ecb+facts-own/', 'ecb+/'))
        if src:
            e = set(map(tuple, src['links'])); ecb += len(e); both += len(e & set(map(tuple, c['links'])))
    print(f'{path}: cases {nc} reports {nr} sentences {ns} links {nl} pairs {pairs} positive {nl/pairs:.1%} '
          f'linked sentences {linked} ({linked/ns:.1%}) ecb-links {ecb} shared-with-ecb {both}')
