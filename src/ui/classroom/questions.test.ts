import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from './questions';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('parseQuestions', () => {
  it.each([
    [{ schema: 'parallax.questions/1', questions: ['  Who   speaks? ', '', 7, 'Line\nbreak\u0007'] }, ['Who speaks?', 'Line break']],
    [{ schema: 'parallax.questions/1', questions: [] }, []],
    [{ schema: 'parallax.questions/1', questions: ['x'.repeat(500)] }, [`${'x'.repeat(399)}…`]],
  ])('%j', (json, out) => expect(parseQuestions(json)).toEqual(out));

  it.each([
    [null, 'The questions file is not a JSON object.'],
    [[], 'The questions file is not a JSON object.'],
    [{ questions: [] }, 'The questions file is not a “parallax.questions/1” file.'],
    [{ schema: 'parallax.questions/1', questions: 'Who?' }, 'The questions file has no “questions” list.'],
  ])('%j is refused', (json, message) => expect(() => parseQuestions(json)).toThrow(message));

  it('caps the list at 30', () => {
    expect(parseQuestions({ schema: 'parallax.questions/1', questions: Array.from({ length: 40 }, (_, i) => `Q${i}?`) })).toHaveLength(30);
  });
});

describe('the shipped questions', () => {
  const raw = readFileSync(join(ROOT, 'data', 'classroom', 'questions.en.json'), 'utf8');
  const questions = parseQuestions(JSON.parse(raw));

  it('are read whole: nine questions, each one sentence', () => {
    expect(questions).toHaveLength(9);
    for (const q of questions) expect(q).toMatch(/[?.]$/);
  });

  it('are generic: no word of the bundled event, its outlets or its people', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'data', 'manifest.json'), 'utf8')) as {
      events: { title: string; summary?: string; reports: { outlet: string }[] }[];
    };
    const stop = new Set(['the', 'for', 'and', 'of', 'to', 'a', 'days', 'after', 'into', 'outlet', 'unnamed', 'supply', 'allowing', 'approves', 'outgoing']);
    const words = new Set(
      manifest.events
        .flatMap((e) => [e.title, e.summary ?? '', ...e.reports.map((r) => r.outlet)])
        .flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        .filter((w) => w.length > 2 && !stop.has(w)),
    );
    for (const w of ['mines', 'ukraine', 'sputnik', 'izvestia', 'biden', 'atacms', 'russia', 'russian']) expect(words.has(w)).toBe(true);
    const used = raw.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    expect(used.filter((w) => words.has(w))).toEqual([]);
  });
});
