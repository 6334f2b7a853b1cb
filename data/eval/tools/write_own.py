"""Copy the chosen ECB+ dev cases verbatim and attach the hand-made links from links-own.txt."""
import json
dev = {json.loads(l)['id']: json.loads(l) for l in open('/work/shared/eval/ecbplus-dev.jsonl')}
cases, cur = [], None
for line in open('tools/links-own.txt'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    if line.startswith('case '):
        src = dev[line.split()[1]]
        cur = {'id': src['id'].replace('ecb+/', 'ecb+facts-own/', 1), 'reports': src['reports'], 'links': []}
        cases.append(cur)
    else:
        cur['links'].append([int(x) for x in line.split()])
for c in cases:
    c['links'].sort()
with open('ecbplus-facts-own.jsonl', 'w') as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
