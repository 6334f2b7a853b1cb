import { describe, expect, it } from 'vitest';
import type { Comparison, ReportInput } from '../core/index';
import { createAnalysisClient, ModelUnavailableError, type WorkerLike } from './client';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { packDiffs } from './packDiffs';
import { splitForPosting } from './split';

/** A Worker double: records requests; the test answers them by hand. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  received: AnalysisRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: AnalysisRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: AnalysisResponse) {
    this.onmessage?.({ data: response } as MessageEvent<AnalysisResponse>);
  }
  answerLast(comparison: Comparison) {
    const req = this.received.at(-1)!;
    this.answer({ id: req.id, ok: true, comparison, actors: [], ms: 1 });
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

const reports: ReportInput[] = [
  { id: 'a', outlet: 'A', text: 'One.' },
  { id: 'b', outlet: 'B', text: 'Two.' },
];
const fakeComparison = (tag: string) => ({ claims: [], tag }) as unknown as Comparison;

function setup() {
  FakeWorker.made = [];
  return createAnalysisClient(() => new FakeWorker());
}

describe('analysis client', () => {
  it('posts the reports and options and resolves with the comparison', async () => {
    const client = setup();
    const p = client.run(reports, { sensitivity: 0.3 });
    const w = FakeWorker.made[0]!;
    expect(w.received[0]).toMatchObject({ reports, options: { sensitivity: 0.3 } });
    w.answerLast(fakeComparison('x'));
    await expect(p).resolves.toMatchObject({ tag: 'x' });
  });

  it('a comparison sent in parts comes back whole; a missing part fails the run', async () => {
    const client = setup();
    const whole = { tag: 'big', claims: Array.from({ length: 9 }, (_, i) => ({ id: `c${i + 1}` })) } as unknown as Comparison;
    const { head, parts } = splitForPosting(whole, 40);
    expect(parts.length).toBe(3);
    const p = client.run(reports);
    const w = FakeWorker.made[0]!;
    const id = w.received[0]!.id;
    for (const part of parts) w.answer({ id, ok: true, part });
    w.answer({ id, ok: true, comparison: head, actors: [], ms: 1, parts: parts.length });
    await expect(p).resolves.toEqual(whole);

    const again = client.run(reports);
    const id2 = w.received.at(-1)!.id;
    w.answer({ id: id2, ok: true, part: parts[0]! });
    w.answer({ id: id2, ok: true, comparison: head, actors: [], ms: 1, parts: parts.length });
    await expect(again).rejects.toThrow('The analysis failed: 1 of the result\'s 3 parts arrived.');
  });

  it('puts the word diffs sent as typed arrays back on the claims', async () => {
    const client = setup();
    const diff = [{ report: 0, sentence: 0, tokens: [{ start: 0, end: 3, kind: 'common' as const }, { start: 3, end: 4, kind: 'neutral' as const }] }];
    const whole = { tag: 'd', claims: [{ id: 'c1', diff }, { id: 'c2' }] } as unknown as Comparison;
    const { comparison, packed } = packDiffs(whole);
    const p = client.run(reports);
    const w = FakeWorker.made[0]!;
    w.answer({ id: w.received[0]!.id, ok: true, comparison, actors: [], ms: 1, diffs: packed });
    const got = await p;
    expect(JSON.stringify(got)).toBe(JSON.stringify(whole));
  });

  it('analyse gives the actors the worker sends along', async () => {
    const client = setup();
    const p = client.analyse(reports);
    const w = FakeWorker.made[0]!;
    const actors = [{ id: 'ukraine', name: 'Ukraine', labels: [] }];
    w.answer({ id: w.received[0]!.id, ok: true, comparison: fakeComparison('a'), actors, ms: 1 });
    await expect(p).resolves.toEqual({ comparison: fakeComparison('a'), actors });
  });

  it('reuses one worker for runs that follow each other', async () => {
    const client = setup();
    const p1 = client.run(reports);
    FakeWorker.made[0]!.answerLast(fakeComparison('1'));
    await p1;
    const p2 = client.run(reports);
    FakeWorker.made[0]!.answerLast(fakeComparison('2'));
    await expect(p2).resolves.toMatchObject({ tag: '2' });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('aborting a run terminates its worker, rejects with AbortError, and ignores a late answer', async () => {
    const client = setup();
    const ac = new AbortController();
    const stale = client.run(reports, {}, ac.signal);
    const first = FakeWorker.made[0]!;
    ac.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect(first.terminated).toBe(true);
    const fresh = client.run(reports, { sensitivity: 0.9 });
    const second = FakeWorker.made[1]!;
    expect(second).toBeDefined();
    first.answer({ id: first.received[0]!.id, ok: true, comparison: fakeComparison('late'), actors: [], ms: 1 });
    second.answerLast(fakeComparison('new'));
    await expect(fresh).resolves.toMatchObject({ tag: 'new' });
  });

  it('an already aborted signal never reaches the worker', async () => {
    const client = setup();
    const ac = new AbortController();
    ac.abort();
    await expect(client.run(reports, {}, ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('aborting one run re-sends the other pending run to a fresh worker', async () => {
    const client = setup();
    const ac = new AbortController();
    const a = client.run(reports, {}, ac.signal);
    const b = client.run(reports, { sensitivity: 1 });
    ac.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    const second = FakeWorker.made[1]!;
    expect(second.received).toHaveLength(1);
    expect(second.received[0]).toMatchObject({ options: { sensitivity: 1 } });
    second.answerLast(fakeComparison('b'));
    await expect(b).resolves.toMatchObject({ tag: 'b' });
  });

  it('a failed analysis rejects with its message', async () => {
    const client = setup();
    const p = client.run(reports);
    const w = FakeWorker.made[0]!;
    w.answer({ id: w.received[0]!.id, ok: false, message: 'boom' });
    await expect(p).rejects.toThrow('The analysis failed: boom');
  });

  it('a crashed worker rejects what it held and is replaced on the next run', async () => {
    const client = setup();
    const p = client.run(reports);
    FakeWorker.made[0]!.crash('');
    await expect(p).rejects.toThrow('The analysis failed: the analysis worker could not run.');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const q = client.run(reports);
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]!.answerLast(fakeComparison('ok'));
    await expect(q).resolves.toMatchObject({ tag: 'ok' });
  });

  it('stats go to their own worker, and aborting them does not terminate it', async () => {
    const client = setup();
    const run = client.run(reports);
    const ac = new AbortController();
    const s1 = client.stats('First text.', ac.signal);
    const statsWorker = FakeWorker.made[1]!;
    expect(statsWorker.received[0]).toMatchObject({ kind: 'stats', text: 'First text.' });
    ac.abort();
    await expect(s1).rejects.toMatchObject({ name: 'AbortError' });
    expect(statsWorker.terminated).toBe(false);
    const s2 = client.stats('Second.');
    const req = statsWorker.received[1]!;
    statsWorker.answer({ id: statsWorker.received[0]!.id, ok: true, stats: { bytes: 1, sentences: 9, removed: [] }, ms: 1 });
    statsWorker.answer({ id: req.id, ok: true, stats: { bytes: 7, sentences: 1, removed: [] }, ms: 1 });
    await expect(s2).resolves.toEqual({ bytes: 7, sentences: 1, removed: [] });
    FakeWorker.made[0]!.answerLast(fakeComparison('r'));
    await expect(run).resolves.toMatchObject({ tag: 'r' });
  });

  it('dispose terminates the workers and rejects what is pending', async () => {
    const client = setup();
    const p = client.run(reports);
    client.dispose();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('refine runs in its own worker; a model failure is a ModelUnavailableError', async () => {
    const client = setup();
    const p = client.refine(reports, { sensitivity: 0.5 });
    const w = FakeWorker.made[0]!;
    expect(w.received[0]).toMatchObject({ kind: 'refine', reports, options: { sensitivity: 0.5 } });
    w.answer({ id: w.received[0]!.id, ok: false, message: 'the sentence model is missing (HTTP 404)', model: true });
    await expect(p).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(p).rejects.toThrow('the sentence model is missing (HTTP 404)');
  });

  it('cancelling a refine asks its worker to stop, and keeps the worker (and its model)', async () => {
    const client = setup();
    const controller = new AbortController();
    const p = client.refine(reports, {}, controller.signal);
    const w = FakeWorker.made[0]!;
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.received.at(-1)).toMatchObject({ kind: 'cancel', target: w.received[0]!.id });
    expect(w.terminated).toBe(false);
    const again = client.refine(reports);
    expect(FakeWorker.made).toHaveLength(1);
    w.answerLast(fakeComparison('r'));
    await expect(again).resolves.toMatchObject({ comparison: { tag: 'r' } });
  });

  it('warm starts the model worker without waiting for an answer', () => {
    const client = setup();
    client.warm();
    expect(FakeWorker.made[0]!.received).toEqual([{ kind: 'warm', id: 1 }]);
  });
});
