/**
 * The whole-comparison budget (MAX_TOTAL_SENTENCES, MAX_TOTAL_BYTES): a cheap
 * sentence estimate on the main thread (no core code: the segmenter lives in
 * the worker) and the check shared by the editor, links and files. Pure.
 */
import { MAX_TOTAL_BYTES, MAX_TOTAL_SENTENCES } from './limits';
import { formatSize, utf8Length } from './validate';

const END = /[.!?…。！？؟।]+["'”’»)\]]*(?=\s|$)/g;

/**
 * About how many sentences a text has: sentence-ending punctuation followed by
 * white space or the end, plus every non-empty line that does not end with one
 * (a headline, a list item). Within a few per cent of the segmenter on prose.
 */
export function estimateSentences(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    END.lastIndex = 0;
    let m = 0;
    let endsWithStop = false;
    for (let x = END.exec(t); x !== null; x = END.exec(t)) {
      m += 1;
      endsWithStop = x.index + x[0].length === t.length;
    }
    n += m + (endsWithStop ? 0 : 1);
  }
  return n;
}

// Texts repeat from keystroke to keystroke (only the edited report changes): remember the last few.
const cache = new Map<string, { sentences: number; bytes: number }>();
function measure(text: string): { sentences: number; bytes: number } {
  const hit = cache.get(text);
  if (hit) return hit;
  const m = { sentences: estimateSentences(text), bytes: utf8Length(text) };
  cache.set(text, m);
  if (cache.size > 24) cache.delete(cache.keys().next().value!);
  return m;
}

export interface BudgetProblem {
  sentences: number;
  bytes: number;
  /** What is over and what to do, naming the limit. */
  message: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Null when the texts fit in one comparison; else what is over the limit. */
export function checkBudget(texts: readonly string[]): BudgetProblem | null {
  let sentences = 0;
  let bytes = 0;
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const m = measure(t);
    sentences += m.sentences;
    bytes += m.bytes;
  }
  const reports = texts.length === 1 ? 'This report holds' : `These ${texts.length} reports hold`;
  if (sentences > MAX_TOTAL_SENTENCES)
    return {
      sentences,
      bytes,
      message: `${reports} about ${fmt(sentences)} sentences in all; Parallax compares at most ${fmt(MAX_TOTAL_SENTENCES)} sentences at once (more would exhaust the browser’s memory). Compare fewer or shorter reports.`,
    };
  if (bytes > MAX_TOTAL_BYTES)
    return {
      sentences,
      bytes,
      message: `${reports} ${formatSize(bytes)} of text in all; Parallax compares at most ${formatSize(MAX_TOTAL_BYTES)} at once. Compare fewer or shorter reports.`,
    };
  return null;
}
