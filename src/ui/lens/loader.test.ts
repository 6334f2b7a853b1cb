import { describe, expect, it } from 'vitest';
import { createLoader } from './loader';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createLoader', () => {
  it('has the preloaded values at once, and loads the others once, on demand', async () => {
    let calls = 0;
    const gate = deferred<string>();
    const loader = createLoader(
      new Map([
        ['b', () => (calls++, gate.promise)],
      ]),
      [['a', 'A']],
    );
    expect(loader.loaded('a')).toBe('A');
    expect(loader.loaded('b')).toBeUndefined();
    let heard = 0;
    const stop = loader.subscribe(() => heard++);
    const p1 = loader.load('b');
    const p2 = loader.load('b');
    expect(p2).toBe(p1);
    expect(calls).toBe(1);
    expect(loader.loaded('b')).toBeUndefined();
    gate.resolve('B');
    await expect(p1).resolves.toBe('B');
    expect(loader.loaded('b')).toBe('B');
    expect(heard).toBe(1);
    await expect(loader.load('b')).resolves.toBe('B');
    expect(calls).toBe(1);
    stop();
    await expect(loader.load('a')).resolves.toBe('A');
    expect(heard).toBe(1);
  });

  it('a failed load rejects, leaves nothing loaded and may be tried again', async () => {
    let calls = 0;
    const loader = createLoader(new Map([['x', () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(42))]]));
    await expect(loader.load('x')).rejects.toThrow('offline');
    expect(loader.loaded('x')).toBeUndefined();
    await expect(loader.load('x')).resolves.toBe(42);
    expect(calls).toBe(2);
  });

  it('says a key failed until it is tried again, and tells the listeners each time', async () => {
    const gate = deferred<number>();
    let calls = 0;
    const loader = createLoader(new Map([['x', () => (++calls === 1 ? Promise.reject(new Error('offline')) : gate.promise)]]));
    const heard: boolean[] = [];
    loader.subscribe(() => heard.push(loader.failed('x')));
    expect(loader.failed('x')).toBe(false);
    await expect(loader.load('x')).rejects.toThrow('offline');
    expect(loader.failed('x')).toBe(true);
    const again = loader.load('x');
    expect(loader.failed('x')).toBe(false);
    gate.resolve(7);
    await expect(again).resolves.toBe(7);
    expect(loader.failed('x')).toBe(false);
    expect(heard).toEqual([true, false, false]);
  });

  it('a key with no loader rejects', async () => {
    await expect(createLoader(new Map<string, () => Promise<number>>()).load('nope')).rejects.toThrow('Nothing to load for nope');
  });
});
