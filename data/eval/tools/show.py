"""Print the sentences of ECB+ dev cases with report/sentence indices (reading aid)."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/shared/eval/ecbplus-dev.jsonl'):
    c = json.loads(l)
    if c['id'] in want:
        print('########', c['id'])
        for i, r in enumerate(c['reports']):
            print('=== R', i, r['id'])
            for j, s in enumerate(r['sentences']):
                print(i, j, s)
