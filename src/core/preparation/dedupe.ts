/**
 * Removal of repeated sentences within ONE report: scraped pages repeat the
 * headline, and put a teaser or lead at the top that the body repeats word for
 * word or nearly so. Left in, each copy would count as a separate statement.
 *
 * Which copy survives: the LAST one. The top copies are page furniture (teaser,
 * headline block); the body copy sits among its context and carries the
 * dateline.
 *
 * Cost: exact copies are found through a hash of the normalised text; near
 * copies through an inverted index of content words, probing only each
 * sentence's rarest words (prefix filtering), so 1,000+ sentences stay
 * near-linear.
 */
import { DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import { datelineLength } from './clean';
import type { Removal, Span } from '../types';

/** Share of the shorter sentence's content words the longer one must contain. */
const NEAR_CONTAINMENT = 0.85;
/**
 * Shorter / longer content-word count. Below it the longer sentence says
 * substantially more (a headline inside a paragraph is not a copy of it).
 */
const NEAR_SIZE_RATIO = 0.5;
/** Fewer content words than this and overlap is coincidence, not copying. */
const NEAR_MIN_CONTENT = 6;
/**
 * Most postings of one word examined per probe. Bounds pathological text (the
 * rarest words still in every sentence) at the cost of missing very distant
 * copies there.
 */
const MAX_POSTINGS_SCAN = 128;
/** Exact copies shorter than this ("No.", "Why?") can be genuine repeated speech. */
const EXACT_MIN_WORDS = 3;


interface Prepared {
  span: Span;
  /** Normalised text: the exact-copy key. */
  key: string;
  words: number;
  content: Set<string>;
  numbers: string;
  negated: boolean;
}

/** Drop a leading dash (dash-led speech, bullet) and a wire dateline: teasers carry neither. */
function stripLead(s: string): string {
  const t = s.replace(/^[-–—•]\s+/u, '');
  return t.slice(datelineLength(t));
}

/** What `prepare` needs of one token, computed once per distinct token and profile: with two expressions per token, this preparation was ~4 % of a 3 × 1,000 profile. */
interface TokenInfo {
  lower: string;
  negation: boolean;
  number: boolean;
  content: boolean;
}
const TOKEN_MEMO_LIMIT = 200_000;
const tokenMemos = new WeakMap<LanguageProfile, Map<string, TokenInfo>>();

function tokenInfo(tok: string, profile: LanguageProfile, memo: Map<string, TokenInfo>): TokenInfo {
  let info = memo.get(tok);
  if (info) return info;
  const lower = tok.toLowerCase();
  // "US" is not "us": an all-capital acronym is a name even when its
  // lowercase form is a stopword.
  const acronym = tok.length >= 2 && /^\p{Lu}+$/u.test(tok);
  // "don't" splits into "don" + "t".
  info = { lower, negation: profile.negations.has(lower) || tok === 't', number: /\p{N}/u.test(tok), content: acronym || !profile.functionWords.has(lower) };
  if (memo.size >= TOKEN_MEMO_LIMIT) memo.clear();
  memo.set(tok, info);
  return info;
}

function prepare(text: string, span: Span, profile: LanguageProfile): Prepared {
  let memo = tokenMemos.get(profile);
  if (!memo) tokenMemos.set(profile, (memo = new Map()));
  const raw = stripLead(text.slice(span.start, span.end)).normalize('NFKC');
  // Quotes, dashes and punctuation vary between copies (straight vs curly
  // quotes, "—" vs "-", a dropped final period); letters and digits do not.
  const tokens = raw.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  const key = tokens.join(' ').toLowerCase();
  const content = new Set<string>();
  const numbers: string[] = [];
  let negated = false;
  for (const tok of tokens) {
    const x = tokenInfo(tok, profile, memo);
    if (x.negation) negated = true;
    if (x.number) numbers.push(x.lower);
    if (x.content) content.add(x.lower);
  }
  return { span, key, words: tokens.length, content, numbers: [...new Set(numbers)].sort().join(' '), negated };
}

function nearCopy(a: Prepared, b: Prepared): number {
  const [short, long] = a.content.size <= b.content.size ? [a, b] : [b, a];
  if (short.content.size < NEAR_MIN_CONTENT) return 0;
  if (short.content.size / long.content.size < NEAR_SIZE_RATIO) return 0;
  // Different figures or a negation on one side only: a different statement
  // that happens to reuse the wording ("killed 5" / "killed 50").
  if (a.numbers !== b.numbers || a.negated !== b.negated) return 0;
  let shared = 0;
  for (const w of short.content) if (long.content.has(w)) shared++;
  const containment = shared / short.content.size;
  return containment >= NEAR_CONTAINMENT ? containment : 0;
}

/** `profile`: its function words and negations (stopwords.json). */
export function dedupeSentences(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE): { kept: Span[]; removed: Removal[] } {
  const prepared = sentences.map((s) => prepare(text, s, profile));

  // Document frequency of each content word: probes start from the rarest.
  const df = new Map<string, number>();
  for (const p of prepared) for (const w of p.content) df.set(w, (df.get(w) ?? 0) + 1);
  const shared = new Int32Array(prepared.length);

  const keptAt = new Array<number>(prepared.length).fill(-1);
  const removedAs = new Array<'duplicate' | 'near-duplicate' | undefined>(prepared.length);
  const byKey = new Map<string, number>();
  const postings = new Map<string, number[]>();

  // Walk backwards so every sentence is compared with the LATER sentences
  // already kept; an earlier copy is then removed in favour of the later one.
  for (let i = prepared.length - 1; i >= 0; i--) {
    const p = prepared[i]!;
    if (p.words >= EXACT_MIN_WORDS) {
      const same = byKey.get(p.key);
      if (same !== undefined) {
        keptAt[i] = same;
        removedAs[i] = 'duplicate';
        continue;
      }
    }
    if (p.content.size >= NEAR_MIN_CONTENT) {
      // Prefix filter: a near copy shares at least `need` words with this
      // sentence (its partner has >= NEAR_MIN_CONTENT words and, if shorter,
      // >= NEAR_SIZE_RATIO of this one's), so by pigeonhole it contains one
      // of the (size - need + 1) rarest words. Probing only those is exact and
      // skips the common words that would make everything a candidate.
      const size = p.content.size;
      const need = Math.ceil(NEAR_CONTAINMENT * Math.max(NEAR_MIN_CONTENT, Math.ceil(NEAR_SIZE_RATIO * size)));
      const probe = [...p.content].sort((x, y) => df.get(x)! - df.get(y)!).slice(0, size - need + 1);
      const unprobed = size - probe.length;
      const touched: number[] = [];
      for (const w of probe) {
        const list = postings.get(w) ?? [];
        // Lists grow backwards through the text: the end holds the nearest
        // later sentences. Bounded, so pathological text stays linear.
        for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_POSTINGS_SCAN; k--) {
          const j = list[k]!;
          if (shared[j] === 0) touched.push(j);
          shared[j]!++;
        }
      }
      let best = -1;
      let bestScore = 0;
      for (const j of touched) {
        const count = shared[j]!;
        shared[j] = 0;
        const other = prepared[j]!;
        // Even if every unprobed word were shared, too few: skip the full check.
        if (count + unprobed < Math.ceil(NEAR_CONTAINMENT * Math.min(size, other.content.size))) continue;
        const score = nearCopy(p, other);
        // Ties go to the nearest later copy.
        if (score > bestScore || (score === bestScore && score > 0 && j < best)) {
          best = j;
          bestScore = score;
        }
      }
      if (best !== -1) {
        keptAt[i] = best;
        removedAs[i] = 'near-duplicate';
        continue;
      }
    }
    if (p.words >= EXACT_MIN_WORDS) byKey.set(p.key, i);
    if (p.content.size >= NEAR_MIN_CONTENT) {
      for (const w of p.content) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    }
  }

  const kept: Span[] = [];
  const removed: Removal[] = [];
  prepared.forEach((p, i) => {
    const reason = removedAs[i];
    if (reason === undefined) {
      kept.push(p.span);
      return;
    }
    const target = prepared[keptAt[i]!]!.span;
    removed.push({
      text: text.slice(p.span.start, p.span.end),
      start: p.span.start,
      end: p.span.end,
      reason,
      detail: reason === 'duplicate' ? 'repeats a later sentence' : 'near copy of a later sentence (teaser or lead)',
      keptAt: { start: target.start, end: target.end },
    });
  });
  return { kept, removed };
}
