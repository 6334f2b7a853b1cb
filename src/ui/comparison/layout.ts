/**
 * Pure helpers that turn a Comparison into what the page draws.
 */
import type { Claim, Comparison, Removal, ReportResult, Sentence } from '../../core/index';

export type Piece =
  | { type: 'sentence'; index: number; sentence: Sentence }
  | { type: 'removal'; index: number; removal: Removal };

/**
 * The report's kept sentences and removed pieces in text order, grouped into
 * paragraphs: a newline in the original text between two pieces starts a new
 * paragraph. Removed pieces are left out when `withRemoved` is false (empty
 * paragraphs dropped).
 */
export function paragraphs(report: ReportResult, withRemoved: boolean): Piece[][] {
  const pieces: Piece[] = [
    ...report.sentences.map((sentence, index): Piece => ({ type: 'sentence', index, sentence })),
    ...report.removed.map((removal, index): Piece => ({ type: 'removal', index, removal })),
  ];
  const startOf = (p: Piece) => (p.type === 'sentence' ? p.sentence.start : p.removal.start);
  const endOf = (p: Piece) => (p.type === 'sentence' ? p.sentence.end : p.removal.end);
  pieces.sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b));

  const out: Piece[][] = [];
  let current: Piece[] = [];
  let prevEnd = -1;
  for (const p of pieces) {
    const start = startOf(p);
    const gap = prevEnd >= 0 && start > prevEnd ? report.text.slice(prevEnd, start) : '';
    if (current.length > 0 && gap.includes('\n')) {
      out.push(current);
      current = [];
    }
    current.push(p);
    prevEnd = Math.max(prevEnd, endOf(p));
  }
  if (current.length > 0) out.push(current);
  if (withRemoved) return out;
  return out.map((para) => para.filter((p) => p.type === 'sentence')).filter((para) => para.length > 0);
}

export function indexClaims(comparison: Comparison): Map<string, Claim> {
  return new Map(comparison.claims.map((c) => [c.id, c]));
}

/** How many distinct reports state a claim. */
export function reportsInClaim(claim: Claim): number {
  return new Set(claim.members.map((m) => m.report)).size;
}

/**
 * A run of paragraphs the page renders as one unit (#16: a 1,000-sentence report rendered in one go was a
 * main-thread task of seconds; in blocks, the first screenful paints at once and the rest follow a block per
 * task). `joinsPrevious`: its first paragraph goes on from the previous block's last one (a paragraph longer
 * than a block is cut, and drawn without the gap between paragraphs).
 */
export interface Block {
  paras: Piece[][];
  /** Sentence indices [first, last] of the block (-1, -1 for a block of removed text only). */
  first: number;
  last: number;
  /** Characters of text in the block (for the height of its placeholder). */
  chars: number;
  joinsPrevious: boolean;
}

/** Cuts paragraphs into blocks of about `size` pieces: whole paragraphs, a paragraph longer than `size` in parts. */
export function blocks(paras: readonly Piece[][], size: number): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  let count = 0;
  const close = () => {
    if (current) out.push(current);
    current = null;
    count = 0;
  };
  const add = (para: Piece[], joinsPrevious: boolean) => {
    if (!current) current = { paras: [], first: -1, last: -1, chars: 0, joinsPrevious };
    current.paras.push(para);
    for (const p of para) {
      if (p.type === 'sentence') {
        if (current.first < 0) current.first = p.index;
        current.last = Math.max(current.last, p.index);
        current.chars += p.sentence.text.length + 1;
      } else current.chars += p.removal.text.length + 1;
    }
    count += para.length;
    if (count >= size) close();
  };
  for (const para of paras) {
    if (para.length <= size) {
      add(para, false);
      continue;
    }
    // A paragraph longer than a block: its own blocks, the later ones going on from the first.
    close();
    for (let i = 0; i < para.length; i += size) {
      add(para.slice(i, i + size), i > 0);
      close();
    }
  }
  close();
  return out;
}

/** About how tall a block is before it is drawn (a CSS length): lines of ~55 characters at the text's 1.8 line height, 1 em between paragraphs. */
export function blockHeight(block: Block): string {
  let lines = 0;
  for (const para of block.paras) {
    let chars = 0;
    for (const p of para) chars += (p.type === 'sentence' ? p.sentence.text.length : p.removal.text.length) + 1;
    lines += Math.max(1, Math.ceil(chars / 55));
  }
  return `${(lines * 1.8 + Math.max(0, block.paras.length - 1)).toFixed(1)}em`;
}
