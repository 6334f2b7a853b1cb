import { describe, expect, it } from 'vitest';
import { decodeMappings, groupOf, gzip9, gzipShares, startupScripts } from './bundles';

describe('startupScripts', () => {
  it('the module script, then each modulepreload, once; not stylesheets, data: or other origins', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-AbC.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-x1.js">
      <link rel="stylesheet" crossorigin href="/assets/index-Z.css">
      <link rel="icon" href="data:image/svg+xml,x">
      <link rel="modulepreload" href="./assets/data-q.js">
      <link rel="modulepreload" href="/assets/react-x1.js">
      <script src="https://example.org/x.js"></script>
    </head>`;
    expect(startupScripts(html)).toEqual(['assets/index-AbC.js', 'assets/react-x1.js', 'assets/data-q.js']);
  });
});

describe('decodeMappings', () => {
  it('VLQ segments: columns relative within a line, sources relative across lines', () => {
    // "AAAA" = [0,0,0,0]; "KACA" = [5,0,1,0]; "CCAA": col +1, source +1; "A": an unmapped segment.
    expect(decodeMappings('AAAA,KAAA;CCAA,A')).toEqual([
      [
        [0, 0],
        [5, 0],
      ],
      [
        [1, 1],
        [1, -1],
      ],
    ]);
    // 16 = "gB" (continuation), -1 = "D".
    expect(decodeMappings('gBDAA')).toEqual([[[16, -1]]]);
  });
});

describe('groupOf', () => {
  it.each([
    ['../node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['/x/node_modules/@tanstack/query-core/build/modern/query.js', '@tanstack/query-core'],
    ['../../work/wt/src/ui/comparison/ReportColumn.tsx', 'src/ui/comparison'],
    ['../src/ui/App.tsx', 'src/ui/App.tsx'],
    ['../src/core/edits/format.ts', 'src/core/edits/format.ts'],
    ['', '(runtime)'],
  ])('%s', (source, group) => expect(groupOf(source)).toBe(group));
});

describe('gzipShares', () => {
  it('the shares add up to the gzip -9 size, and each source gets about its own part', async () => {
    const a = 'function alpha(){return "' + 'a'.repeat(2000) + '"}';
    const b = 'function beta(){return [' + Array.from({ length: 400 }, (_, i) => (i * 7919) % 1000).join(',') + ']}';
    const code = `${a}\n${b}\n`;
    // Line 0 from source 0, line 1 from source 1.
    const shares = await gzipShares(code, { sources: ['../src/ui/a.ts', '../node_modules/b/index.js'], mappings: 'AAAA;ACAA' });
    const total = [...shares.values()].reduce((x, y) => x + y, 0);
    expect(Math.round(total)).toBe(gzip9(Buffer.from(code)));
    expect(shares.get('b')!).toBeGreaterThan(shares.get('src/ui/a.ts')!);
  });
});
