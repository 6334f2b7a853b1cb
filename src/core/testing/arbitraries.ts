/** fast-check inputs shared by the tests that hold hand-written scanners to the expressions they replace. */
import fc from 'fast-check';

/** Text made of the pieces the capitalised-run expressions turn on: capitals, dots, apostrophes, hyphens, spaces. */
export const capitalRunText = fc
  .array(
    fc.constantFrom(
      'Sen', 'Sen.', 'Rosa', 'Delgado', 'McDonald', "O'Brien", 'Smith-Jones', 'USA', 'NATO', 'ACLU', 'ABCDEFG', 'NATOs', 'Él', 'Жуков', 'жуков', 'of', 'the', 'for', 'and',
      'ofAmerica', 'theWorld', 'said', 'x', '9', '(ACLU)', '(AB)', '(ABCDEFG)', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '.', ',', '-', "'", '’', '(', ')', 'É', 'é', '𝒳',
    ),
    { maxLength: 30 },
  )
  .map((p) => p.join(''));

type Span = { start: number; end: number };

/** `s` with each span's units replaced by `by` (quotations by '"', tags by ' ', as the voices lens masks them). */
export function blankSpans(s: string, spans: readonly Span[], by: string): string {
  let out = s;
  for (const x of spans) out = out.slice(0, x.start) + by.repeat(x.end - x.start) + out.slice(x.end);
  return out;
}

/**
 * Random cut points (`fc.nat()`s) made into sorted, disjoint spans of `s`, dealt alternately to quotations and
 * tags, and the text masked as the voices lens masks it: the runs-over-masked-text properties' input.
 */
export function maskedAtCuts(s: string, cuts: readonly number[]): { quotes: Span[]; tags: Span[]; masked: string } {
  const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((x, y) => x - y);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < at.length; i += 2) spans.push({ start: at[i]!, end: at[i + 1]! });
  const quotes = spans.filter((_, i) => i % 2 === 0);
  const tags = spans.filter((_, i) => i % 2 === 1);
  return { quotes, tags, masked: blankSpans(blankSpans(s, quotes, '"'), tags, ' ') };
}
