/**
 * Random news-like reports for the offset invariant (testing/offsets.ts): the
 * property test (offsets.property.test.ts) and the long-run script
 * (scripts/fuzz-offsets.ts) draw from the same arbitrary.
 *
 * Sentences are built from templates of English news prose — names with
 * titles, organisations, places, counts, money, dates, percentages, quotations
 * with every kind of mark, "said"/"according to"/"citing", dash-led speech,
 * loaded words and actor labels — so every lens finds something. The text
 * between and inside words is then roughed up the way pasted text is: CRLF,
 * double spaces, tabs, NBSP, zero-width characters (U+200B, U+200D, U+FEFF),
 * surrogate pairs (emoji, mathematical letters), combining marks and
 * right-to-left words. Reports come as raw text or as pre-split `sentences`.
 */
import fc from 'fast-check';
import type { ReportInput } from '../types';

const PEOPLE = ['Joe Biden', 'Biden', 'Vladimir Putin', 'Putin', 'Zelensky', 'Mark Hiznay', 'Lloyd Austin', 'Jane Smith', 'Smith', 'Rosa Delgado', 'Thomas Hale', 'Hale', "Sean O'Brien", 'Zoë Müller', 'José García', 'Jose\u0301 Garci\u0301a', 'Ana\u00a0Lima', 'Dana Whitfield', 'Andrei Belousov', 'Mary-Jane Watson'];
const TITLES = ['President', 'Sen.', 'Defense Minister', 'US President', 'Secretary of State', 'Gen.', 'Majority Leader', 'Foreign Minister', 'Rep.', 'Mr.', 'Dr.'];
const ORGS = ['the United Nations', 'the UN', 'NATO', 'the Pentagon', 'the Department of Homeland Security', 'the American Civil Liberties Union (ACLU)', 'the ACLU', 'the Foreign Ministry', 'the Kremlin', 'the White House', 'Reuters', 'The Washington Post', 'the Congressional Budget Office', 'the EU', 'the Biden administration', 'the Kiev regime', 'the Russian Federation', 'the collective West', 'the AFU'];
const PLACES = ['Kiev', 'Kyiv', 'Moscow', 'Ukraine', 'Russia', 'the Kursk Region', 'Geneva', 'Washington', 'Kharkiv', 'Donbass', 'the Obolon district', 'Kiev region', 'U.S.', 'the West'];
const OUTLETS = ['Reuters', 'The New York Times', 'the Associated Press', 'RIA Novosti', 'CNN', 'the BBC', 'Sputnik', 'the newspaper'];
const SOURCES = ['unnamed officials', 'sources', 'a senior official', 'US officials', 'the publication', 'diplomatic sources'];
const COUNTS = ['160', '24,000', 'four', 'a thousand', 'more than 160', 'fewer than 50', 'about 300', 'at least 12', 'up to 1,500', '2.5', 'one', 'dozens of', 'two hundred', '32'];
const NOUNS = ['states', 'troops', 'missiles', 'artillery pieces', 'HIMARS launchers', 'civilians', 'mines', 'drones', 'people', 'ATACMS', 'soldiers', 'villages'];
const MONEY = ['$625 million', '$1.5 billion', '€20', '£3,000', '500 million dollars', '$ 40', 'about $7 billion', '$10bn'];
const DATES = ['December 3, 1997', 'November 19', 'in 2005', 'February 24, 2022', '20.11.2024', 'the 1990s', 'March 2014', '3 December 1997', 'in the 1980s', 'Nov. 20, 2024', 'July 4th'];
const PERCENTS = ['12%', '12.5 %', '40 percent', '3 per cent', '99.9%'];
const VERBS = ['said', 'told reporters', 'added', 'noted', 'warned', 'wrote', 'stated', 'claimed', 'insisted', 'admitted', 'reported', 'slammed', 'pointed out', 'pointed to', 'summed up'];
const PREDICATES = ['signed the treaty', 'ratified the convention', 'authorized the transfer', 'approved the package', 'launched an offensive', 'denied the report', 'met officials', 'condemned the strike', 'supplied weapons', 'joined the alliance'];
const LOADED = ['reportedly', 'allegedly', 'so-called', 'literally', 'obviously', 'deliberately', 'reckless', 'terrorists', 'mercenaries', 'the regime', 'escalation', 'provocations', 'aggression', 'of course', 'self-proclaimed', 'neo-Nazis', 'brutal', 'disaster', 'great', 'hero'];
const QUOTE_WORDS = ['we', 'will', 'not', 'allow', 'this', 'escalation', 'to', 'continue', 'the', 'mines', 'are', 'a', 'threat', 'civilians', 'must', 'be', 'protected', 'nobody', 'wants', 'war', 'peace', 'is', 'possible', 'it', 'was', 'a', 'mistake'];
const FILLER = ['the', 'and', 'but', 'in', 'on', 'of', 'for', 'with', 'that', 'which', 'also', 'has', 'was', 'were', 'after', 'before', 'officials', 'decision', 'region', 'weapons', 'anti-personnel', 'reports', 'week', 'Monday', 'Last', 'The', 'However', 'Combined'];
/** Characters pasted text carries that the ASCII paths of the code never see. */
const ODD = ['\u200b', '\u200d', '\ufeff', '\u00a0', '😀', '👍🏽', '👨‍👩‍👧', '𝐀', '𝐁𝐢𝐝𝐞𝐧', '\u0301', 'e\u0301', 'שלום', 'مرحبا', '\u202e', '\u2028', '…', '–', '—', '\t', '\r', '\r\n', '  ', '\u3000', '\u0085', '\u2029', '\v', 'Ω', 'ﬁ', 'İ', 'ß'];
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\u00a0', '\r\n', '\n', '\t', ' \u200b', '\u200b ', '\ufeff', ' \u200d'];
const SENTENCE_SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r\n\r\n', ' \u200b', '\u2028'];

const pick = (list: readonly string[]) => fc.constantFrom(...list);
const quoteArb = fc.array(pick(QUOTE_WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
const person = fc.oneof(pick(PEOPLE), fc.tuple(pick(TITLES), pick(PEOPLE)).map(([t, p]) => `${t} ${p}`));
const anyName = fc.oneof(person, pick(ORGS), pick(PLACES), pick(OUTLETS));
const count = fc.tuple(pick(COUNTS), pick(NOUNS)).map(([c, n]) => `${c} ${n}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of news prose (words separated by single spaces; roughened later). */
const sentenceArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(person, pick(VERBS), count, pick(PREDICATES), pick(PLACES), pick(DATES)).map(([p, v, c, pr, pl, d]) => `${p} ${v} ${c} ${pr} in ${pl} ${d}.`),
  fc.tuple(quoteArb, person, pick(VERBS)).map(([q, p, v]) => `“${cap(q)},” ${p} ${v}.`),
  fc.tuple(quoteArb, pick(VERBS), person, pick(['senator', 'president', 'general', 'Arizona Republican'])).map(([q, v, p, r]) => `"${cap(q)}," ${v} ${p}, the ${r}.`),
  fc.tuple(pick(ORGS), pick(PERCENTS), pick(NOUNS), pick(LOADED)).map(([o, pc, n, l]) => `According to ${o}, ${pc} of ${n} were ${l} affected.`),
  fc.tuple(pick(OUTLETS), pick(SOURCES), person, pick(PREDICATES), pick(MONEY)).map(([o, s, p, pr, m]) => `${cap(o)} reported, citing ${s}, that ${p} ${pr} worth ${m}.`),
  fc.tuple(quoteArb, pick(TITLES), person).map(([q, t, p]) => `- ${cap(q)}, - ${t.toLowerCase()} ${p} noted.`),
  fc.tuple(pick(LOADED), quoteArb, anyName).map(([l, q, n]) => `The ${l} "${q.split(' ')[0]}" of ${n} was 'criticised' by ${n}.`),
  fc.tuple(anyName, pick(DATES), anyName, count).map(([a, d, b, c]) => `${cap(a)} and ${b} ${d} sent ${c}.`),
  fc.tuple(quoteArb, quoteArb).map(([a, b]) => `“${cap(a)} «${b}» ${a}”, he said.`),
  fc.tuple(person, pick(VERBS)).map(([p, v]) => `It is noted that ${p} ${v} nothing.`),
  fc.array(fc.oneof(pick(FILLER), anyName, pick(LOADED), count, pick(DATES), pick(MONEY), pick(PERCENTS), pick(VERBS), pick(ODD)), { minLength: 1, maxLength: 14 }).map(
    (w) => `${cap(w.join(' '))}${['.', '!', '?', '', '…', ':', '."', '.”'][w.length % 8]}`,
  ),
);

/**
 * Rough up a sentence: replace some single spaces by other white space or
 * invisible characters, and insert odd characters at some positions (inside
 * words too: a zero-width joiner in a name is what pasted text does).
 */
const roughen = (s: string, separators = SEPARATORS, odds = ODD) =>
  fc.tuple(fc.array(pick(separators), { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), pick(odds)), { maxLength: 3 })).map(([seps, odd]) => {
    let k = 0;
    let out = s.replace(/ /g, () => seps[k++ % seps.length]!);
    for (const [at, ch] of odd) {
      let i = at % (out.length + 1);
      // Insert between code points only: the input is valid UTF-16 (a lone surrogate is not text).
      if (i > 0 && i < out.length && /[\udc00-\udfff]/.test(out[i]!)) i--;
      out = out.slice(0, i) + ch + out.slice(i);
    }
    return out;
  });

const roughSentence = sentenceArb.chain((s) => roughen(s));
/** Roughened, but on one line: many of them make one long block. */
const LINE_BREAK = /[\r\n\u2028\u2029\u0085\v]/;
const flatSentence = sentenceArb.chain((s) => roughen(s, SEPARATORS.filter((x) => !LINE_BREAK.test(x)), ODD.filter((x) => !LINE_BREAK.test(x))));

const rawText = (id: number, min: number, max: number, separators = SENTENCE_SEPARATORS, sentence = roughSentence): fc.Arbitrary<ReportInput> =>
  fc
    .tuple(fc.array(sentence, { minLength: min, maxLength: max }), fc.array(pick(separators), { minLength: 1, maxLength: 10 }), fc.boolean())
    .map(([ss, seps, header]) => ({
      id: `r${id}`,
      outlet: `Outlet ${id}`,
      text: (header ? '20.11.2024 12:42 - World\r\n' : '') + ss.map((s, i) => (i === 0 ? s : seps[i % seps.length] + s)).join(''),
    }));

/** How often each shape of report is drawn, relative to the others. */
export interface ReportWeights {
  text: number;
  /** A long paragraph: costly to analyse, so a bounded run may want fewer. */
  long: number;
  sentences: number;
}
const DEFAULT_WEIGHTS: ReportWeights = { text: 12, long: 1, sentences: 7 };

const reportArb = (id: number, w: ReportWeights): fc.Arbitrary<ReportInput> =>
  fc.oneof(
    // Raw text: sentences joined by spaces or line breaks (CRLF too), sometimes a header line first.
    { arbitrary: rawText(id, 1, 10), weight: w.text },
    // Now and then a long paragraph: a block of over 5,000 characters is segmented in chunks (segment.ts).
    { arbitrary: rawText(id, 70, 90, [' ', '  ', ' \u200b', '\u00a0'], flatSentence), weight: w.long },
    // Pre-split sentences, used exactly as given: some cut in the middle (an
    // evaluation set's split need not follow punctuation), some empty or blank.
    {
      weight: w.sentences,
      arbitrary: fc
      .tuple(fc.array(roughSentence, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'cut', 'empty', 'blank')), { maxLength: 2 }))
      .map(([sentences, edits]) => {
        const out = [...sentences];
        for (const [at, edit] of edits) {
          const i = at % out.length;
          const s = out[i]!;
          const space = s.indexOf(' ', at % (s.length + 1));
          if (edit === 'cut' && space > 0) out.splice(i, 1, s.slice(0, space), s.slice(space + 1));
          else out.splice(i, 0, edit === 'blank' ? ' \r\n\u200b' : '');
        }
        return { id: `r${id}`, outlet: `Outlet ${id}`, sentences: out };
      }),
    },
  );

/** One comparison's input: 1–6 reports, some repeating another's sentences (so claims and word diffs form). */
export const reportsArbitrary = (weights: ReportWeights = DEFAULT_WEIGHTS): fc.Arbitrary<ReportInput[]> => fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => reportArb(i, weights))).chain((reports) =>
    fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }).map((copies) => {
      // fast-check may hand the same generated value out again (shrinking): copy before changing.
      const out = reports.map((r) => ({ ...r, ...(r.sentences ? { sentences: [...r.sentences] } : {}) }));
      // Copy a sentence of one report into another, so that claims link across reports.
      for (const [a, b] of copies) {
        const from = out[a % out.length]!;
        const to = out[b % out.length]!;
        const line = from.sentences?.[0] ?? from.text?.split(/(?<=[.!?])\s/)[0] ?? '';
        if (to.sentences) to.sentences.push(line);
        else to.text = `${to.text ?? ''} ${line}`;
      }
      return out;
    }),
  ),
);

/** The default mix: what `npm run fuzz:offsets` draws. */
export const reportsArb = reportsArbitrary();
