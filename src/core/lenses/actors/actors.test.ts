import { describe, expect, it } from 'vitest';
import { detectActors } from './detect';
import { lensSeed } from '../../testing/lensSeed';

function one(text: string) {
  return detectActors(text, [{ start: 0, end: text.length }]);
}

describe('detectActors: patterns', () => {
  it('prefers the longer label, reads possessives and keeps case rules', () => {
    const r = one("The Kiev regime and Kiev's promises; the AFU, the Ukrainian side and the kiev of old.");
    expect(r.mentions.map((m) => `${m.actor}:${m.label}:${m.tone}`)).toEqual([
      'ukraine:Kiev regime:loaded', 'ukraine:Kiev:neutral', 'ukraine:AFU:neutral', 'ukraine:Ukrainian side:neutral',
    ]);
  });

  it('does not count a capital where it reads as a place', () => {
    const text = "Shelling in Kiev's Obolon district and the Kiev region; people in Kiev slept. Kiev signed the treaty. The Washington Post wrote that Washington agreed.";
    const r = one(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Kiev', 'Washington']);
    expect(r.places.map((p) => p.reason)).toEqual(['followed by "Obolon district"', 'followed by "region"', 'after "in"']);
  });

  it('names the war and the US administration', () => {
    const r = one('The NWO zone, the special military operation and the Ukrainian crisis; the outgoing US administration and the head of the White House.');
    expect(r.actors.map((a) => [a.actor, a.labels.map((l) => `${l.label}:${l.tone}`)])).toEqual([
      ['war', ['NWO:loaded', 'special military operation:loaded', 'Ukrainian crisis:loaded']],
      ['us-administration', ['head of the White House:neutral', 'outgoing US administration:loaded']],
    ]);
  });

  it('does not match inside other words or after a hyphen', () => {
    expect(one('Russians, Ukrainians, Kievan Rus and pro-Kiev forces.').mentions).toEqual([]);
  });
});

describe('detectActors: the seed event', () => {
  const seed = lensSeed();
  const results = seed.map((r) => detectActors(r.text, r.sentences));
  const labels = (i: number, actor: string) => results[i]!.actors.find((a) => a.actor === actor)?.labels.map((l) => `${l.label}×${l.count}`);

  it("what each outlet calls Ukraine's government and army", () => {
    expect(labels(0, 'ukraine')).toEqual(['Ukraine×4', 'Kiev×1', 'Kiev regime×1']);
    expect(labels(1, 'ukraine')).toEqual(['Kiev×7', 'AFU×6', 'Ukraine×6', 'Kiev regime×1', 'Ukrainian authorities×1', 'Ukrainian side×1']);
    expect(labels(2, 'ukraine')).toEqual(['Ukraine×9', 'Kiev×2', 'Ukrainian military×1', 'Ukrainian troops×1']);
  });

  it('the US administration, Russia and the war', () => {
    expect(labels(0, 'us-administration')).toEqual(['outgoing US administration×1', 'outgoing US President Joe Biden×1', 'US administration×1']);
    expect(labels(1, 'war')).toEqual(['the conflict×5', 'NWO×1', 'Ukrainian conflict×1', 'Ukrainian crisis×1']);
    expect(labels(2, 'war')).toEqual(['special operation×1']);
    expect(labels(1, 'russia')).toEqual(['Russia×4', 'Moscow×2', 'Russian Federation×2', 'our side×1', 'Russian army×1', 'Russian side×1']);
    expect(labels(1, 'west')).toEqual(['Western countries×1', 'Western puppeteers×1']);
  });

  it('offsets read as the label', () => {
    const r = seed[1]!;
    for (const m of results[1]!.mentions) expect(r.text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ')).toBe(m.label.toLowerCase());
  });
});
