import { describe, expect, it } from 'vitest';
import { detectFacts, factMatrix } from './detect';
import { lensSeed } from '../../testing/lensSeed';

function facts(text: string) {
  return detectFacts(text, [{ start: 0, end: text.length }]).facts.map((f) => `${f.kind}:${text.slice(f.start, f.end)}=${f.value}${f.qualifier ? `[${f.qualifier}]` : ''}${f.what ? `{${f.what}}` : ''}`);
}

describe('detectFacts: patterns', () => {
  it('counts with what they count, qualifiers, money', () => {
    expect(facts('The package has four HIMARS multiple rocket launchers, 32 artillery pieces, a thousand 155mm rounds and fewer than 50 ATACMS, worth $625 million; more than 160 states and 24,000 troops.')).toEqual([
      'count:four HIMARS multiple rocket launchers=4{himars multiple rocket launcher}',
      'count:32 artillery pieces=32{artillery piece}',
      'count:a thousand 155mm rounds=1000{155mm round}',
      'count:fewer than 50 ATACMS=50[fewer-than]{atacms}',
      'money:$625 million=625000000{usd}',
      'count:more than 160 states=160[more-than]{state}',
      'count:24,000 troops=24000{troop}',
    ]);
  });

  it('dates: a number inside a date is not a count', () => {
    expect(facts('Signed on December 3, 1997, ratified in 2005, begun on February 24, 2022, reported on November 19, at 20.11.2024 and in the 1990s.')).toEqual([
      'date:December 3, 1997=1997-12-03{sign}',
      'date:2005=2005{ratifi}',
      'date:February 24, 2022=2022-02-24',
      'date:November 19=--11-19{report}',
      'date:20.11.2024=2024-11-20',
      'date:1990s=1990s',
    ]);
  });

  it('negative cases: model numbers, times and bare "one" are not counts', () => {
    expect(facts('PFM-1 mines were seen at 12:42 and one must look for the cause.').filter((f) => f.startsWith('count'))).toEqual([]);
  });

  it('people, organisations and places', () => {
    expect(facts('Last November, Mark Hiznay of the UN Institute for Disarmament Research said Russian Deputy Permanent Representative in Geneva Andrei Belousov met officials in the Kursk Region and the Pentagon.')).toEqual([
      'person:Mark Hiznay=Mark Hiznay',
      'organization:UN Institute for Disarmament Research=UN Institute for Disarmament Research',
      'person:Andrei Belousov=Andrei Belousov',
      'place:Kursk Region=Kursk Region',
      'organization:Pentagon=Pentagon',
    ]);
  });
});

describe('factMatrix', () => {
  it('groups the same fact and flags different numbers for the same thing', () => {
    const a = 'More than 160 states joined in 1997. Kiev got 50 ATACMS.';
    const b = 'The treaty, signed on December 3, 1997, has 160 states. Kiev got 40 ATACMS.';
    const span = (t: string) => [{ start: 0, end: t.length }];
    const m = factMatrix([
      { report: 'A', facts: detectFacts(a, span(a)).facts },
      { report: 'B', facts: detectFacts(b, span(b)).facts },
    ]);
    const row = (key: string) => m.rows.find((r) => r.key === key)?.cells.map((c) => c.length);
    expect(row('count:160:state')).toEqual([1, 1]);
    // Issue 13 fix: states joining in 1997 and the treaty signed in 1997 are two dated facts, not one.
    expect(row('date:1997@states')).toEqual([1, 0]);
    expect(row('date:1997@treaty')).toEqual([0, 1]);
    expect(m.discrepancies).toEqual([{ kind: 'count', what: 'atacms', values: [{ report: 'A', values: ['50'] }, { report: 'B', values: ['40'] }] }]);
  });
});

describe('factMatrix: a date disagreement needs the same predicate and subject', () => {
  const span = (t: string) => [{ start: 0, end: t.length }];
  const mk = (...ts: string[]) => factMatrix(ts.map((t, i) => ({ report: 'ABC'[i]!, facts: detectFacts(t, span(t)).facts })));
  const dates = (m: ReturnType<typeof mk>) => m.rows.filter((r) => r.kind === 'date').map((r) => `${r.key} ${r.cells.map((c) => c.length).join(',')}`);
  it.each([
    ['same subject (alias: Kiev = Ukraine) and verb, different years', ['Kiev signed the treaty in 1999.', 'Ukraine signed the treaty in 1997.'], [{ kind: 'date', what: 'sign', subject: 'ukraine', values: [{ report: 'A', values: ['1999'] }, { report: 'B', values: ['1997'] }] }]],
    ['different subjects: Kiev signed in 1999, the treaty was signed in 1997', ['Kiev signed the treaty in 1999.', 'The treaty was signed in 1997.'], []],
    ['different events on one day', ['The Senate voted on November 19.', 'Missiles were intercepted on November 19.'], []],
    ['a subject only one report names', ['The bill was passed in 2023.', 'Lawmakers passed it in 2024.'], []],
  ])('%s', (_, texts, expected) => {
    expect(mk(...texts).discrepancies).toEqual(expected);
  });
  it('different events on one day are two rows, not an agreement', () => {
    expect(dates(mk('The Senate voted on November 19.', 'Missiles were intercepted on November 19.'))).toEqual(['date:--11-19@missiles 0,1', 'date:--11-19@senate 1,0']);
  });
});

describe('detectFacts: the seed event', () => {
  const seed = lensSeed();
  const all = seed.map((r) => ({ report: r.outlet, facts: detectFacts(r.text, r.sentences).facts }));
  const m = factMatrix(all);
  const figures = m.rows.filter((r) => ['count', 'money', 'date'].includes(r.kind)).map((r) => `${r.key} ${r.cells.map((c) => c.length).join(',')}`);

  it('which figures appear in which outlet (Sputnik, Izvestia, unnamed)', () => {
    expect(figures).toEqual([
      // Issue 13 fix: dates keyed by subject. 1997 is the Ottawa Convention's year in both outlets; the two
      // "November 19" are two events (missiles intercepted; The Washington Post's report), so two rows.
      'date:1997@ottawa-convention 0,2,1', 'date:2005@ukraine 0,1,1', 'date:2022 0,2,2', 'date:2023 0,2,1',
      'count:1000:155mm round 0,0,1', 'count:160:state 0,0,1', 'count:2:delivery 0,1,0', 'count:2:month 0,1,0', 'count:2:tranch 0,1,0',
      'count:200:armored vehicle 0,0,1', 'count:32:artillery piece 0,0,1', 'count:4:himars multiple rocket launcher 0,0,1', 'count:50:atacms 0,1,0',
      'money:625000000:usd 0,0,1',
      'date:--10-04 0,0,1', 'date:--11-18@ban 0,1,0', 'date:--11-19 0,0,1', 'date:--11-19@type 0,1,0', 'date:--11-20 0,1,0', 'date:1990s 0,1,0',
      'date:1999@ukraine 0,1,0', 'date:2014 0,1,0',
    ]);
  });

  // "US" is a place (data/lang/en/places.json); before, a seed-fitted NOT_NAMES list dropped it.
  it('names all three outlets share, and no date discrepancy (issue 13 fix: "Kiev signed in 1999" and "the treaty, signed on December 3, 1997" have different subjects)', () => {
    expect(m.rows.filter((r) => r.reports === 3).map((r) => r.key)).toEqual(['person:biden', 'place:kiev', 'place:russia', 'place:ukraine', 'place:us']);
    expect(m.discrepancies).toEqual([]);
  });
});

describe('detectFacts: offsets into the original text (issue 15)', () => {
  const spans = (text: string, sentences = [{ start: 0, end: text.length }]) =>
    detectFacts(text, sentences).facts.map((f) => `${f.kind}:${JSON.stringify(text.slice(f.start, f.end))}=${f.value}${f.qualifier ? `[${f.qualifier}]` : ''} [${f.start},${f.end})`);

  it('a name whose words are separated by a line break, two spaces, a tab or NBSP slices to all of it', () => {
    // Offsets were counted on the name re-written with single spaces: "Jane\r\nSmit", " United Nation".
    expect(spans('Defense Minister Jane\r\nSmith met  Joe  Biden of the United\u00a0Nations in Geneva  Mark\tHiznay and the Kursk\r\nRegion.')).toEqual([
      'person:"Jane\\r\\nSmith"=Jane Smith [17,28)',
      'person:"Joe  Biden"=Joe Biden [34,44)',
      'organization:"United\u00a0Nations"=United Nations [52,66)',
      'person:"Mark\\tHiznay"=Mark Hiznay [78,89)',
      'place:"Kursk\\r\\nRegion"=Kursk Region [98,111)',
    ]);
  });

  it('a name after a surrogate pair and ending in one never splits a pair', () => {
    // The old offsets, two spaces after "President", cut the name at " Joe Biden\ud835".
    expect(spans('😀 President  Joe Biden𝐀 met Lloyd Austin.')).toEqual(['organization:"Joe Biden𝐀"=Joe Biden𝐀 [14,25)', 'person:"Lloyd Austin"=Lloyd Austin [30,42)']);
  });

  it('a qualifier ending the sentence before is not part of a count of the next', () => {
    // "about" closes sentence 0; the count used to start there, outside its own sentence.
    const text = 'Officials said about\n300 troops left Kiev.';
    expect(spans(text, [{ start: 0, end: 20 }, { start: 21, end: text.length }])).toEqual(['count:"300 troops"=300 [21,31)', 'place:"Kiev"=Kiev [37,41)']);
    const money = 'The cost was about\r\n$7 billion.';
    expect(spans(money, [{ start: 0, end: 18 }, { start: 20, end: money.length }])).toEqual(['money:"$7 billion"=7000000000 [20,30)']);
  });
});
