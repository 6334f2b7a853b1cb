/**
 * The semantic matcher with the REAL model (data/models/all-MiniLM-L6-v2),
 * on small inputs; and the lexical fallback when the model cannot load.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddingCache, readVectorPack, type Comparison, type ReportInput, type SentenceEncoder } from '../core/index';
import { seedReports } from '../core/testing/seeds';
import { BUNDLED_PACK } from './bundledVectors';
import { compareWithFallback, createNodeAnalyzer, loadNodeEncoder, ModelLoadError, MODEL_ID } from './model';

const cache = new EmbeddingCache(MODEL_ID);
const analyzer = createNodeAnalyzer({ cache });
let encoder: SentenceEncoder;
let seed: Comparison;

beforeAll(async () => {
  encoder = await loadNodeEncoder();
  seed = await analyzer.compareAsync(seedReports(), { matcher: 'semantic' });
}, 120_000);

const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, k) => s + x * b[k]!, 0);

describe('the sentence encoder', () => {
  it('gives unit vectors of 384 dimensions; the same text the same vector', async () => {
    const [a, b, c] = await encoder.encode(['Police arrested the suspect on Tuesday night.', 'Police arrested the suspect on Tuesday night.', 'Shares in the bank fell 5% on Monday.']);
    expect(encoder.dimensions).toBe(384);
    expect(cos(a!, a!)).toBeCloseTo(1, 4);
    expect(cos(a!, b!)).toBeCloseTo(1, 4);
    expect(cos(a!, c!)).toBeLessThan(0.3);
  });

  it('hears a paraphrase that shares few words', async () => {
    const [a, b, c] = await encoder.encode(['Police arrested the suspect on Tuesday night.', 'The suspect was taken into custody by officers late Tuesday.', 'The festival will open with a concert in the park.']);
    expect(cos(a!, b!)).toBeGreaterThan(0.6);
    expect(cos(a!, c!)).toBeLessThan(0.2);
  });

  it('encodes each sentence once per cache: a second run encodes nothing', async () => {
    const local = new EmbeddingCache(MODEL_ID);
    const texts = ['One sentence.', 'Another sentence.', 'One sentence.'];
    expect(await local.fill(encoder, texts)).toBe(2);
    expect(await local.fill(encoder, texts)).toBe(0);
  });
});

const fillerA = ['Officials in Brussels met on Monday to discuss the budget for next year.', 'The weather in Minsk was cold and wet, with heavy snow expected.', 'Shares in London rose after strong retail figures.'];
const fillerB = ['Farmers protested in Paris against new import rules.', 'A train strike disrupted travel across Germany on Thursday.', 'The central bank held interest rates steady.'];
async function together(a: string, b: string): Promise<boolean> {
  const c = await analyzer.compareAsync([{ id: 'a', outlet: 'A', sentences: [...fillerA, a] }, { id: 'b', outlet: 'B', sentences: [b, ...fillerB] }]);
  return c.reports[0]!.sentences[3]!.claim === c.reports[1]!.sentences[0]!.claim;
}

describe('the bundled vector pack (data/embeddings/bundled.json)', () => {
  it('holds the vectors this model computes for the seed, bit for bit', () => {
    // The seed was encoded into `cache` above by the model itself.
    const read = readVectorPack(JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')), MODEL_ID);
    if (!read.ok) throw new Error(read.reason);
    const { texts, vectors, dimensions } = read.pack;
    const off = texts.filter((t, i) => {
      const mine = cache.get(t);
      return !mine || mine.some((x, d) => x !== vectors[i * dimensions + d]);
    });
    expect(off).toEqual([]);
  });
});

describe('the semantic matcher: claims that are facts', () => {
  it.each([
    ['Police arrested the suspect on Tuesday night.', 'Police arrested the suspect on Tuesday night.'],
    ['A magnitude 6.1 earthquake struck northern California early Sunday, injuring 120 people.', 'About 120 people were hurt when a 6.1-magnitude quake hit northern California on Sunday morning.'],
    ['Police arrested the suspect on Tuesday night.', 'The suspect was taken into custody by officers late Tuesday.'],
    ['"We appreciate your respect to her privacy at this time," her rep told the magazine.', 'A statement from her representative said: "We appreciate your respect to her privacy at this time."'],
    ['The earthquake killed 30 people.', 'The earthquake killed 40 people.'],
  ])('links: %s / %s', async (a, b) => {
    expect(await together(a, b)).toBe(true);
  });

  it.each([
    ['The ministry confirmed that troops had crossed the border.', 'The ministry denied that troops had crossed the border.'],
    ['Russia accused Ukraine of shelling the plant.', 'Ukraine accused Russia of shelling the plant.'],
    ['Ukraine ratified the treaty in 2005.', 'Belarus ratified the treaty in 2003.'],
    ['The US will send 32 artillery pieces to Ukraine.', 'The US will send 500 artillery shells to Ukraine.'],
    ['The earthquake killed 12 people in Chile on Monday.', 'The earthquake killed 3 people in Peru on Friday.'],
    ['The weather in Kyiv was cold on Friday.', 'The markets in London were cold on Monday.'],
  ])('keeps apart: %s / %s', async (a, b) => {
    expect(await together(a, b)).toBe(false);
  });

  it('explains a link by its shared terms and the encoder cosine', async () => {
    const c = await analyzer.compareAsync([{ id: 'a', outlet: 'A', sentences: [...fillerA, 'Police arrested the suspect on Tuesday night.'] }, { id: 'b', outlet: 'B', sentences: ['The suspect was taken into custody by officers late Tuesday.', ...fillerB] }]);
    const claim = c.claims.find((x) => x.members.length > 1)!;
    expect(c.options.matcher).toBe('semantic');
    expect(claim.members[1]!.match!.meaning).toBeGreaterThan(0.6);
    expect(claim.members[1]!.match!.terms).toEqual(['suspect']);
  });
});

describe('the seed event with the semantic matcher', () => {
  const claimOf = (report: number, opening: string) => {
    const found = seed.reports[report]!.sentences.filter((s) => s.text.startsWith(opening));
    expect(found, `report ${report}: "${opening}"`).toHaveLength(1);
    return found[0]!.claim;
  };
  const claim = (id: string) => seed.claims.find((c) => c.id === id)!;

  it.each([
    ['the two headlines', 0, 'Belarus Blasts US Move', 1, 'US to transfer anti-personnel mines to Ukraine'],
    ['the Ottawa Treaty', 1, 'The Ottawa Treaty, or, as it is also called', 2, 'The Ottawa Treaty, or the Convention'],
    ['the 2005 ratification', 1, 'Kiev signed the agreement back in 1999', 2, 'More than 160 states are parties'],
    ['Biden goes against his own policy', 1, "Biden's actions go against his own policy.", 2, 'As the newspaper pointed out'],
    ['the 2022 reversal', 1, 'In 2022, he established new rules', 2, 'In 2022, he actually reversed'],
    ['the promise about civilians', 1, 'The Pentagon noted that Ukraine has promised', 2, 'It is noted that Kiev promised'],
    ['the Lepestok mines', 1, 'Before that, the Ukrainian side had already been seen using Lepestok', 2, 'He noted that the Ukrainian military was purposefully mining'],
  ])('links %s', (_, ra, a, rb, b) => {
    expect(claimOf(rb, b)).toBe(claimOf(ra, a));
  });

  it('leaves what only Sputnik says unique: the CSTO’s response', () => {
    expect(claim(claimOf(0, 'This move will prompt the Collective Security Treaty Organization')).kind).toBe('unique');
  });

  it('calls a claim shared only when its links are strong', () => {
    for (const c of seed.claims) {
      if (c.kind === 'shared') expect(c.strength).toBe('strong');
      if (c.members.length > 1 && new Set(c.members.map((m) => m.report)).size > 1) expect(['strong', 'possible']).toContain(c.strength);
    }
  });
});

describe('the lexical fallback', () => {
  it('a missing model file is a ModelLoadError naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-model-'));
    await expect(loadNodeEncoder(dir)).rejects.toThrow(ModelLoadError);
    await expect(loadNodeEncoder(dir)).rejects.toThrow(/model_quantized\.onnx is missing/);
  });

  it('a damaged model file is a ModelLoadError too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-model-'));
    mkdirSync(path.join(dir, 'onnx'));
    writeFileSync(path.join(dir, 'onnx/model_quantized.onnx'), 'not a model');
    writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
    writeFileSync(path.join(dir, 'tokenizer_config.json'), '{}');
    await expect(loadNodeEncoder(dir)).rejects.toThrow(ModelLoadError);
  });

  it('gives the lexical result, with a notice, when the model is missing', async () => {
    const broken = createNodeAnalyzer({ dir: mkdtempSync(path.join(tmpdir(), 'parallax-model-')) });
    const notices: string[] = [];
    const reports: ReportInput[] = [{ id: 'a', outlet: 'A', sentences: ['Police arrested the suspect on Tuesday night.'] }, { id: 'b', outlet: 'B', sentences: ['Police arrested the suspect on Tuesday night.'] }];
    const c = await compareWithFallback(broken, reports, {}, (m) => notices.push(m));
    expect(c.options.matcher).toBe('lexical');
    expect(c.claims).toHaveLength(1);
    expect(notices).toEqual([expect.stringMatching(/is missing; using the lexical matcher instead$/)]);
  });
});
