import { describe, expect, it } from 'vitest';
import { bundledProfile } from '../language/bundled';
import { leastShared, nearVerbatim, quotations, ruleFloor, sameQuotation } from './rules';

const en = bundledProfile('en')!;
const polarity = new Set([...en.negations, ...en.denials]);

describe('nearVerbatim', () => {
  it.each([
    ['Police arrested the suspect on Tuesday night.', 'Police arrested the suspect on Tuesday night.', true],
    ['T - Mobile cut prices on Monday.', 'T-Mobile cut prices on Monday', true],
    ['The storm killed 12 people in the north of the country.', 'The storm killed 12 people in the north of the country, officials said.', true],
    ['He said no.', 'He said yes.', false],
    ['The ministry confirmed that troops had crossed the border.', 'The ministry denied that troops had crossed the border.', false],
    ['The ministry on Monday confirmed that Russian troops had crossed the border near the town.', 'The ministry on Monday denied that Russian troops had crossed the border near the town.', false],
    ['The plane landed safely in Denver on Sunday after the storm.', 'The plane did not land safely in Denver on Sunday after the storm.', false],
    ['The ministry on Monday confirmed that Russian troops had crossed the border near the town.', 'On Monday the ministry confirmed that Russian troops had crossed the border near the town.', true],
    ['Shares in the bank fell 5% on Monday.', 'The festival will open with a concert in the park.', false],
    ['', '', false],
  ])('%s | %s → %s', (a, b, expected) => {
    expect(nearVerbatim(a, b, polarity)).toBe(expected);
  });
});

describe('quotations and sameQuotation', () => {
  it('finds quoted passages of six words or more', () => {
    expect(quotations('"We appreciate your respect to her privacy," the rep said. "Thanks."')).toEqual(['we appreciate your respect to her privacy']);
    expect(quotations('He called it “a very serious and dangerous escalation of the war”.')).toEqual(['a very serious and dangerous escalation of the war']);
  });
  it.each([
    ['"We appreciate your respect to her privacy at this time," her rep said.', 'Her representative told the magazine: "We appreciate your respect to her privacy at this time."', true],
    ['"This is a reckless and dangerous decision," the minister said.', 'The minister said the decision was "reckless and dangerous".', false],
    ['"We will respond to this in due course," he said.', '"We have nothing to add to what was said," he said.', false],
  ])('%s | %s → %s', (a, b, expected) => {
    expect(sameQuotation(a, b)).toBe(expected);
  });
});

describe('ruleFloor', () => {
  it.each([
    ['Police arrested the suspect on Tuesday night.', 'Police arrested the suspect on Tuesday night.', 0.99],
    ['"We appreciate your respect to her privacy at this time," her rep said.', 'A statement read: "We appreciate your respect to her privacy at this time."', 0.9],
    ['Russia accused Ukraine.', 'Ukraine accused Russia.', 0],
  ])('%s | %s → %d', (a, b, floor) => {
    expect(ruleFloor(a, b, polarity)).toBe(floor);
  });
});

describe('leastShared', () => {
  it('is the least shared count that passes the Jaccard test of nearVerbatim, for every pair of set sizes up to 120', () => {
    for (let wa = 0; wa <= 120; wa++) {
      for (let wb = 0; wb <= 120; wb++) {
        let least = -1;
        for (let s = 0; s <= Math.min(wa, wb) && least < 0; s++) if (s / (wa + wb - s) >= 0.8) least = s;
        expect(leastShared(wa, wb)).toBe(least);
      }
    }
    expect([leastShared(5, 5), leastShared(9, 10), leastShared(10, 10), leastShared(4, 5), leastShared(0, 0)]).toEqual([5, 9, 9, 4, -1]);
  });
});
