/**
 * Language knowledge is data (data/lang/<tag>/): no word list of 15 or more
 * entries may sit in the core's code — neither an array or Set literal of
 * strings nor a regular-expression alternation of words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'testing' ? [] : sources(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

/** The longest run of string literals inside one [...] and the longest word alternation (a|b|c) in a file. */
function longestLists(code: string): { strings: number; alternation: number } {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  let strings = 0;
  for (const m of noComments.matchAll(/\[([^\[\]]*)\]/g)) strings = Math.max(strings, (m[1]!.match(/'[^'\n]*'|"[^"\n]*"/g) ?? []).length);
  let alternation = 0;
  for (const m of noComments.matchAll(/(?:[\p{L}][\p{L} .'’-]*\|){2,}[\p{L}][\p{L} .'’-]*/gu)) alternation = Math.max(alternation, m[0].split('|').length);
  return { strings, alternation };
}

describe('no word lists in code', () => {
  it.each(sources(here).map((p) => [path.relative(here, p), p]))('%s', (_name, p) => {
    const { strings, alternation } = longestLists(readFileSync(p, 'utf8'));
    expect(strings).toBeLessThan(15);
    expect(alternation).toBeLessThan(15);
  });
});
