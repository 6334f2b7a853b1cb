/**
 * The main thread imports nothing from src/core at run time except
 * src/core/defaults.ts and the corrections' data modules src/core/edits/format.ts
 * and notes.ts (dependency-free: the page builds, encodes and attaches edits
 * and notes without the analysis); type-only imports are erased. The analysis
 * runs in the worker, and its code stays out of the main bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Files that end up in the main bundle (the worker's own modules do not). */
const MAIN = [
  ...files(join(SRC, 'ui')),
  ...files(join(SRC, 'share')),
  join(SRC, 'main.tsx'),
  join(SRC, 'worker', 'client.ts'),
  join(SRC, 'worker', 'protocol.ts'),
  // The exports run on the main thread too (the Export menu and the handout load them on demand):
  // a lazily loaded chunk still must not bring the analysis with it.
  ...files(join(SRC, 'export')),
];

describe('main-thread boundary', () => {
  it('only type imports from src/core, except core/defaults and core/edits/{format,notes}', () => {
    const offenders: string[] = [];
    for (const file of MAIN) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/gms)) {
        const spec = m[3]!;
        if (!/(^|\/)core(\/|$)/.test(spec) || /core\/(defaults|edits\/format|edits\/notes)$/.test(spec)) continue;
        // `import { type A, type B }` is erased too.
        const names = /\{([^}]*)\}/.exec(m[2]!)?.[1];
        if (names && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
        offenders.push(`${relative(SRC, file)}: ${spec}`);
      }
      if (/import\(\s*['"][^'"]*core\//.test(text)) offenders.push(`${relative(SRC, file)}: dynamic import of core`);
    }
    expect(offenders).toEqual([]);
  });

  it('the allowed core modules import nothing but each other and types', () => {
    for (const name of ['edits/format.ts', 'edits/notes.ts']) {
      const text = readFileSync(join(SRC, 'core', name), 'utf8');
      const imports = [...text.matchAll(/^\s*import\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/gms)].map((m) => m[2]);
      expect(imports.every((spec) => spec === './format'), `${name}: ${imports.join(', ')}`).toBe(true);
    }
  });
});
