import { describe, expect, it } from 'vitest';
import { lensSeed, sentencesOf } from '../../testing/lensSeed';
import fc from 'fast-check';
import { cueMatches, detectVoices, endsMedia, findQuotes, passiveAfter, startsThe } from './detect';

function voices(text: string) {
  const sentences = sentencesOf(text);
  const v = detectVoices(text, sentences);
  return v.attributions.map((a) => ({
    kind: a.kind,
    speaker: a.speaker ? `${a.speaker.type}:${a.speaker.name}${a.speaker.role ? ` (${a.speaker.role})` : ''}${a.speaker.via ? ` via ${a.speaker.via.name}` : ''}` : undefined,
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : undefined,
    quotes: a.quoteSpans.map((q) => text.slice(q.start, q.end)),
  }));
}

describe('detectVoices: patterns', () => {
  it('reads a trailing attribution with a role, and resolves "he" and "the general"', () => {
    const v = voices('The decision is dangerous, Belarusian First Deputy Defense Minister Pavel Muraveiko said on Wednesday. This will prompt action, he added. The general warned that there was no guarantee. Muraveiko added more.');
    expect(v.map((a) => a.speaker)).toEqual([
      'person:Pavel Muraveiko (Belarusian First Deputy Defense Minister)',
      'person:Pavel Muraveiko (Belarusian First Deputy Defense Minister)',
      'person:Pavel Muraveiko (Belarusian First Deputy Defense Minister)',
      'person:Pavel Muraveiko (Belarusian First Deputy Defense Minister)',
    ]);
    expect(v.map((a) => a.cue)).toEqual(['said', 'added', 'warned', 'added']);
    expect(v.every((a) => a.kind === 'reported')).toBe(true);
  });

  it('finds quotations in "…", «…» and “…”, and leaves short scare quotes alone', () => {
    const text = '"There was a system of checks and balances," Muraveiko told reporters.\n«We will respond to this step firmly», the minister said.\nThis is a "quiet revolution" of sorts.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['There was a system of checks and balances,', 'We will respond to this step firmly']);
    const v = voices(text);
    expect(v.map((a) => [a.kind, a.speaker])).toEqual([
      // A lone surname is a person; "the minister" resolves to the last person named.
      ['quote', 'person:Muraveiko'],
      ['quote', 'person:Muraveiko'],
      ['unattributed', undefined],
    ]);
  });

  it('reads Russian-style dash-led speech, split where the speaker is named mid-quote', () => {
    const text = [
      'Kiev began using mines in 2014, military expert Roman Shkurlatov told Izvestia.',
      '- "The AFU not only planted them, but also planted entire neighborhoods," he noted. - Moreover, such mining was used in areas where civilians lived," the military expert said.',
      '- We see - everything that Ukraine signed does not play any role," continued Vladislav Shurygin.',
      '- The decision of the outgoing US administration will undermine the balance.',
    ].join('\n');
    const v = voices(text);
    expect(v.map((a) => [a.kind, a.speaker, a.quotes])).toEqual([
      ['reported', 'person:Roman Shkurlatov (military expert)', []],
      ['quote', 'person:Roman Shkurlatov (military expert)', ['The AFU not only planted them, but also planted entire neighborhoods,']],
      ['quote', 'person:Roman Shkurlatov (military expert)', ['Moreover, such mining was used in areas where civilians lived,']],
      ['quote', 'person:Vladislav Shurygin', ['We see - everything that Ukraine signed does not play any role,']],
      // A dash-led paragraph with no closing quote and attribution is a list item, not speech.
      ['unattributed', undefined, []],
    ]);
  });

  it('reads inverted, passive, "according to", "citing", "X writes" and "It is noted that"', () => {
    const v = voices(
      [
        '"I think that is a good idea for everyone," said department head Lloyd Austin.',
        'This was reported by The Washington Post on November 19, citing a source.',
        'It is noted that Kiev promised not to use mines.',
        "The publication's sources added that these mines would be used only at home.",
        'As the newspaper pointed out, Biden is contradicting his own policy.',
        'The New York Times reported on Sunday, citing unnamed US administration officials, that Biden agreed.',
        'Combined, the two tranches may have included fewer than 50 ATACMS, Forbes writes.',
        'According to the American media, the losses changed the situation.',
        'The Russian Foreign Ministry said on its website that accession is not expedient.',
        'Experts link such decisions with the failures on the battlefield.',
      ].join(' '),
    );
    expect(v.map((a) => [a.kind, a.speaker, a.cue])).toEqual([
      ['quote', 'person:Lloyd Austin (department head)', 'said'],
      ['reported', 'outlet:The Washington Post via a source', 'reported'],
      ['reported', undefined, 'It is noted that'],
      ['reported', "unnamed:The publication's sources via The Washington Post", 'added'],
      ['reported', 'outlet:The Washington Post', 'pointed out'],
      ['reported', 'outlet:The New York Times via unnamed US administration officials', 'reported'],
      ['reported', 'outlet:Forbes', 'writes'],
      ['reported', 'unnamed:the American media', 'According to'],
      ['reported', 'institution:Russian Foreign Ministry', 'said'],
      ['unattributed', undefined, undefined],
    ]);
  });

  it('takes an appositive role before the name, and resolves "the Russian diplomat" to it', () => {
    const v = voices('At the same time, the first deputy permanent representative of Russia to the UN, Dmitriy Polyanskiy, said that there were no plans. "No negotiations have been held on the UN platform," the Russian diplomat told Izvestiya.');
    expect(v.map((a) => a.speaker)).toEqual([
      'person:Dmitriy Polyanskiy (the first deputy permanent representative of Russia to the UN)',
      'person:Dmitriy Polyanskiy (the first deputy permanent representative of Russia to the UN)',
    ]);
  });

  it('leaves a pronoun unresolved when no person was named before', () => {
    // A speech verb whose speaker cannot be found is not an attribution.
    expect(voices('The mines are dangerous, he said.')[0]).toEqual({ kind: 'unattributed', speaker: undefined, cue: undefined, quotes: [] });
  });
});

describe('detectVoices: the seed event', () => {
  const seed = lensSeed();
  const summaries = seed.map((r) => detectVoices(r.text, r.sentences).summary);

  it('whom each outlet quotes or cites', () => {
    expect(summaries.map((s) => s.speakers.map((t) => `${t.type}:${t.name}`))).toEqual([
      ['person:Pavel Muraveiko', 'person:Dmitry Peskov', 'outlet:The New York Times'],
      [
        'person:Vladislav Shurygin', 'person:Roman Shkurlatov', 'person:Vladimir Brovkin', 'person:Andrei Kortunov', 'person:Dmitriy Polyanskiy',
        'outlet:Forbes', 'unnamed:information in open sources', 'person:Lloyd Austin', 'institution:Pentagon', 'institution:Russian Defense Ministry',
        'institution:Russian Foreign Ministry', 'unnamed:the American media', 'outlet:The Times', 'institution:UN', 'institution:US Department of Defense',
        'institution:White House',
      ],
      ['outlet:The Washington Post', 'person:Andrei Belousov', 'person:Mark Hiznay', 'unnamed:arms control experts', 'institution:Pentagon', "unnamed:The publication's sources"],
    ]);
  });

  it('counts, roles and the share of quotation', () => {
    expect(summaries[0]!.speakers[0]).toEqual({ name: 'Pavel Muraveiko', role: 'Belarusian First Deputy Defense Minister', type: 'person', sentences: 10, quoted: 6, quoteChars: 724 });
    expect(summaries.map((s) => s.kinds)).toEqual([
      { quote: 6, reported: 6, unattributed: 1 },
      { quote: 30, reported: 15, unattributed: 33 },
      { quote: 1, reported: 11, unattributed: 6 },
    ]);
    expect(summaries.map((s) => Math.round(s.quoteShare * 100))).toEqual([38, 31, 6]);
    const roles = Object.fromEntries(summaries[1]!.speakers.filter((t) => t.role).map((t) => [t.name, t.role]));
    expect(roles['Vladislav Shurygin']).toBe('military expert');
    expect(roles['Andrei Kortunov']).toBe('RIAC research director');
    expect(roles['Vladimir Brovkin']).toBe('an American historian and former Harvard University lecturer');
    expect(summaries[2]!.speakers[1]!.role).toBe('Russian Deputy Permanent Representative in Geneva');
  });

  it('every offset points into the original text', () => {
    for (const r of seed) {
      for (const a of detectVoices(r.text, r.sentences).attributions) {
        const s = r.sentences[a.sentence]!;
        for (const q of a.quoteSpans) expect(q.start >= s.start && q.end <= s.end).toBe(true);
        if (a.cue) expect(r.text.slice(a.cue.start, a.cue.end)).toMatch(/^[A-Za-z ]+$/);
      }
    }
  });
});

describe('detectVoices: mentions lie in their own sentence (issue 15)', () => {
  it('a sentence inside a quotation takes its speaker, but not the mention of the sentence that names them', () => {
    const text = '“We will not allow this escalation. It must stop now, and it will stop,” Smith told reporters.';
    const a = detectVoices(text, [{ start: 0, end: 35 }, { start: 36, end: text.length }]).attributions;
    // The mention [73,78) "Smith" is in sentence 1: sentence 0 used to carry it too.
    expect(a[0]!.speaker).toEqual({ name: 'Smith', type: 'person' });
    expect(a[1]!.speaker).toEqual({ name: 'Smith', type: 'person', mention: { start: 73, end: 78 } });
    expect(text.slice(73, 78)).toBe('Smith');
  });

  it('a cue written across two pre-split sentences belongs to neither', () => {
    // "pointed | out": the cue [6,17) used to run from sentence 0 into sentence 1.
    const text = 'Smith pointed\nout that the talks failed.';
    const a = detectVoices(text, [{ start: 0, end: 13 }, { start: 14, end: text.length }]).attributions;
    expect(a.map((x) => [x.kind, x.cue])).toEqual([
      ['unattributed', undefined],
      ['unattributed', undefined],
    ]);
  });
});

// cueHits tries the cue expression only at the runs of letters that open a cue phrase: the same matches as the scan.
describe('cue matches equal the one expression over the text', () => {
  const piece = fc.constantFrom('said', 'Said', 'SAID', 'saying', 'pointed', 'out', 'pointed out', 'according', 'to', 'citing', 'it', 'is', 'was', 'noted', 'that', 'ſaid', 'Éric', 'told', 'x', '5', ' ', ' ', '  ', '\n', ',', '.', '-', '"', "'");
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(cueMatches(text)).toEqual(cueMatches(text, undefined, true));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
  it('a table', () => {
    const text = 'He said, it is noted that X pointed  out; according to Y, citing Z. ſaid 5said resaid SAID.';
    expect(cueMatches(text)).toEqual(cueMatches(text, undefined, true));
    expect(cueMatches(text).length).toBe(8);
  });
});

// cueKind tries the first three alternatives only where the cue starts with their first letter in either ASCII case.
describe('cue kinds', () => {
  it('under `iu` only the two ASCII cases of "i", "a" and "c" match those letters', () => {
    for (const [letter, code] of [['i', 105], ['a', 97], ['c', 99]] as const) {
      const re = new RegExp(`^${letter}$`, 'iu');
      for (let c = 0; c < 0x10000; c++) expect(re.test(String.fromCharCode(c))).toBe((c | 32) === code);
    }
  });
  it('on random phrases, the kinds of the expression', () => {
    const piece = fc.constantFrom('it is noted that', 'It Was Known That', 'IT IS SAID THAT', 'it was stated that', 'it is', 'it  is noted that', 'according to', 'According To', 'according  to', 'citing', 'Citing', 'citings', 'said', 'claimed', 'called', 'insisted', 'it', 'a', 'c', 'ſaid', ' ', ' ', ',', '.', 'x', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(cueMatches(text)).toEqual(cueMatches(text, undefined, true));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('passiveAfter: where it says no, the passive expression finds nothing', () => {
  const re = /^\s+(?:by|in the material of|in)\s+/iu;
  it('under `iu` only the two ASCII cases of "b" match it', () => {
    for (let c = 0; c < 0x10000; c++) expect(/^b$/iu.test(String.fromCharCode(c))).toBe((c | 32) === 98);
  });
  it('on random text and positions', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\u2003', 'by', 'BY', 'in', 'In', 'in the material of', 'i', 'b', 'x', 'said', ',', ' '.repeat(29), '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(60), (parts, q) => {
        const s = parts.join('');
        const p = Math.min(q, s.length);
        if (!passiveAfter(s, p)) expect(re.exec(s.slice(p, p + 30))).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });
});

describe('startsThe is /^the\\s/i; endsMedia holds wherever /\\bmedia$/i does', () => {
  it('on every code unit in every place of the words, and on random text', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const s of [`${u}he x`, `t${u}e x`, `th${u} x`, `the${u}x`, `the${u}`]) expect(startsThe(s)).toBe(/^the\s/i.test(s));
      for (const s of [`x ${u}edia`, `x m${u}dia`, `x me${u}ia`, `x med${u}a`, `x medi${u}`]) if (/\bmedia$/i.test(s)) expect(endsMedia(s)).toBe(true);
    }
    const piece = fc.constantFrom('the', 'The', 'THE', ' ', '\u00a0', '\n', 'media', 'Media', 'MEDIA', 'social', 'x', '-', 'ſ', 'K');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(startsThe(s)).toBe(/^the\s/i.test(s));
        if (/\bmedia$/i.test(s)) expect(endsMedia(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
