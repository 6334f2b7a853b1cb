import { lazy, memo, Suspense, type ComponentType, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { ClaimKind, KindCounts, Removal, ReportResult, Sentence } from '../../core/index';
import type { ManifestReport } from '../data';
import { formatDate, KINDS, kindStyle, languageName, removalLabel } from '../kinds';
import { blockHeight, blocks, paragraphs, type Block } from './layout';
import type { CoverageSegment } from '../lens/coverage';
import type { SentenceLens } from '../lens/marks';
import { lensTipId } from '../lens/panelIds';
import type { LensText } from '../lens/types';
import { focusInColumn } from './scrollInColumn';
import { TranslateIcon } from '../components/icons';

/**
 * The coverage strip is a chunk of its own, loaded with the first comparison: the columns are read
 * before it is used, and it was 1.1 KiB gzip of the startup bundle (#16). Until it arrives — or if its
 * chunk cannot be fetched (offline, a new deploy) — the header shows the strip's empty box, so nothing
 * moves when it draws; the columns work without it.
 */
const CoverageStrip = lazy(
  (): Promise<{ default: ComponentType<StripProps> }> =>
    import('../lens/CoverageStrip').then(
      (m) => ({ default: m.CoverageStrip }),
      () => ({ default: StripBox }),
    ),
);

interface StripProps {
  segments: readonly CoverageSegment[];
  outlet: string;
  report: number;
}

/** The strip's empty box (CoverageStrip draws into the same box). */
function StripBox() {
  return (
    <div className="mt-2" aria-hidden="true">
      <div className="h-3.5 rounded-sm bg-stone-50 ring-1 ring-stone-200" />
    </div>
  );
}

export interface ActiveSentence {
  claim: string;
  report: number;
  sentence: number;
}

export interface SentenceHandlers {
  onActivate: (a: ActiveSentence) => void;
  onDeactivate: (a: ActiveSentence) => void;
  /** A sentence chosen (click, Enter, Space): its claim, and where it is (for picking a sentence to link). */
  onSelect: (claim: string, at?: { report: number; sentence: number }) => void;
}

export interface ColumnProps extends SentenceHandlers {
  report: ReportResult;
  reportIndex: number;
  meta: ManifestReport | undefined;
  counts: KindCounts | undefined;
  kindOf: ReadonlyMap<string, ClaimKind>;
  /** How many reports state each claim. */
  spreadOf: ReadonlyMap<string, number>;
  reportCount: number;
  active: ActiveSentence | null;
  selectedClaim: string | null;
  showRemoved: boolean;
  /** A framing lens's marks, per sentence (null: the claims view). */
  lens?: readonly SentenceLens[] | null;
  /** How the lens draws its marks (its view's `text`; loaded with it): required with `lens`. */
  lensText?: LensText | null;
  /** Where the report's claims lie, for the coverage strip. */
  coverage?: readonly CoverageSegment[];
  /** Claims with a merely possible link (shown with a "?" and a double underline). */
  possible?: ReadonlySet<string>;
  /** Narrow screens: not the outlet tab on show. */
  hidden?: boolean;
  /** Claims the reader edited, and claims with a note (a mark on their sentences). */
  edited?: ReadonlySet<string>;
  noted?: ReadonlySet<string>;
  /** The element id (the outlet tabs point at it). */
  id?: string;
}

export const ReportColumn = memo(function ReportColumn(props: ColumnProps) {
  const { report, reportIndex, meta, counts, showRemoved, active, selectedClaim } = props;
  const headingId = useId();
  const paras = useMemo(() => paragraphs(report, showRemoved), [report, showRemoved]);
  const blockList = useMemo(() => blocks(paras, BLOCK_SIZE), [paras]);
  const large = report.sentences.length > EAGER_SENTENCES;
  // What the sentences are drawn from, besides the hover, selection and focus (those stay current everywhere).
  const { lens = null, lensText = null, kindOf, spreadOf, reportCount, possible, edited, noted } = props;
  const look = useMemo<Look>(
    () => ({ report, lens: lens && lensText ? lens : null, lensText, kindOf, spreadOf, reportCount, possible, edited, noted }),
    [report, lens, lensText, kindOf, spreadOf, reportCount, possible, edited, noted],
  );
  const current = useMemo(() => blockList.map((block): Snapshot => ({ block, look })), [blockList, look]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const visible = useVisibleBlocks(scrollerRef, large, blockList.length);
  // The blocks holding the selected and the hovered claim's sentences are drawn at once (their counterparts
  // are scrolled to, and a selection must show), wherever they are.
  const blockOf = useMemo(() => {
    const of = new Int32Array(report.sentences.length);
    blockList.forEach((b, bi) => {
      if (b.first >= 0) of.fill(bi, b.first, b.last + 1);
    });
    return of;
  }, [blockList, report.sentences.length]);
  const activeClaim = active?.claim ?? null;
  const forced = useMemo(() => {
    const out = new Set<number>();
    if (!large || (!selectedClaim && !activeClaim)) return out;
    report.sentences.forEach((s, i) => {
      if (s.claim === selectedClaim || s.claim === activeClaim) out.add(blockOf[i]!);
    });
    return out;
  }, [large, report, selectedClaim, activeClaim, blockOf]);
  const staged = useStagedBlocks(current, large, visible, forced);
  const language = languageName(report.language);
  const original = meta?.originalLanguage && meta.originalLanguage !== report.language ? languageName(meta.originalLanguage) : undefined;
  const date = formatDate(report.date);
  const total = counts ? counts.shared + counts.partial + counts.unique : 0;
  // Roving tabindex: the column is one Tab stop (the sentence last focused, else the selected claim's, else the first).
  const [rover, setRover] = useState<number | null>(null);
  const tabbable =
    rover !== null && rover < report.sentences.length
      ? rover
      : Math.max(0, selectedClaim ? report.sentences.findIndex((s) => s.claim === selectedClaim) : 0);

  return (
    <section
      id={props.id}
      aria-labelledby={headingId}
      data-report={reportIndex}
      hidden={props.hidden}
      className="flex min-h-0 flex-col border-stone-200 bg-white lg:row-span-2 lg:grid lg:grid-cols-[minmax(0,1fr)] lg:grid-rows-subgrid lg:border-r lg:last:border-r-0"
    >
      <header className="flex flex-col border-b border-stone-200 bg-white px-4 pt-2 pb-2 lg:px-5">
        <div className="flex min-w-0 items-baseline gap-x-3">
        <h2 id={headingId} className="shrink-0 font-serif text-lg leading-snug font-semibold tracking-tight text-stone-900">
          {report.outlet}
        </h2>
        <p className="flex min-w-0 items-center gap-x-2 overflow-hidden text-xs whitespace-nowrap text-stone-600">
          {date && <time dateTime={report.date}>{date}</time>}
          {date && language && <span aria-hidden="true">·</span>}
          {language && (
            <span>
              {language}
              {original && <span className="text-stone-500"> (from {original})</span>}
            </span>
          )}
          {report.machineTranslated && (
            <span className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 font-medium text-indigo-800 ring-1 ring-indigo-600/30 ring-inset">
              <TranslateIcon className="size-3.5" />
              Machine-translated
            </span>
          )}
        </p>
        </div>
        {counts && total > 0 && (
          <div className="mt-auto pt-1.5">
            <div className="flex h-1.5 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
              {KINDS.map((k) => (
                <div key={k} className={kindStyle(k).bar} style={{ width: `${(counts[k] / total) * 100}%` }} />
              ))}
            </div>
            <p className="mt-0.5 text-xs text-stone-600 tabular-nums">
              {KINDS.map((k, i) => (
                <span key={k}>
                  {i > 0 && <span aria-hidden="true"> · </span>}
                  {counts[k]} {kindStyle(k).label.toLowerCase()}
                </span>
              ))}
            </p>
          </div>
        )}
        {props.coverage && (
          <Suspense fallback={<StripBox />}>
            <CoverageStrip segments={props.coverage} outlet={report.outlet} report={reportIndex} />
          </Suspense>
        )}
      </header>
      <div
        ref={scrollerRef}
        data-column-scroller={reportIndex}
        className="relative scroll-smooth px-4 py-3 motion-reduce:scroll-auto lg:min-h-0 lg:overflow-y-auto lg:px-5"
      >
        {paras.length === 0 ? (
          <p className="text-sm text-stone-500 italic">No sentences were kept from this report.</p>
        ) : (
          <div className="max-w-[68ch] space-y-4 font-serif text-[1.02rem] leading-[1.8] text-stone-800">
            {blockList.map((block, bi) => (
              <SentenceBlock
                key={bi}
                index={bi}
                block={block}
                snap={staged[bi] ?? null}
                pending={staged[bi] !== current[bi]}
                large={large}
                gapAfter={!blockList[bi + 1]?.joinsPrevious}
                reportIndex={reportIndex}
                active={active}
                selectedClaim={selectedClaim}
                tabbable={tabbable}
                onRove={setRover}
                onActivate={props.onActivate}
                onDeactivate={props.onDeactivate}
                onSelect={props.onSelect}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
});

/**
 * A report longer than this is drawn block by block (#16): the first block (about a screenful) at once, then
 * the blocks on screen, the rest one block per task, nearest first; a shorter one is drawn whole in one go, as before. At 3 × 1,000 real sentences the
 * whole-column render was one main-thread task of 3.4–4.9 s on the loaded 2-core machine (19 tasks over 50 ms).
 */
const EAGER_SENTENCES = 120;
/**
 * Pieces (sentences and removed bits) per block: small enough for a block to render well under 50 ms. The first
 * result paint commits each column's first block: at 40 that task was 50–55 ms at 3 × 1,000 on the quiet
 * machine (commit, paint), at 20 it is 38–41 ms (Chromium traces, #16).
 */
const BLOCK_SIZE = 20;

/** What a block's sentences are drawn from, besides hover, selection and focus. */
interface Look {
  report: ReportResult;
  lens: readonly SentenceLens[] | null;
  lensText: LensText | null;
  kindOf: ReadonlyMap<string, ClaimKind>;
  spreadOf: ReadonlyMap<string, number>;
  reportCount: number;
  possible: ReadonlySet<string> | undefined;
  edited: ReadonlySet<string> | undefined;
  noted: ReadonlySet<string> | undefined;
}

/** A block as last drawn: its pieces and the look they were drawn with (null: not drawn yet, a placeholder). */
interface Snapshot {
  block: Block;
  look: Look;
}

/**
 * Which block each slot shows. Unstaged (a short report): the current ones. Staged: the blocks on screen (and
 * the `forced` ones) show the current snapshot at once; each other block keeps what it last showed (or its
 * placeholder) and catches up one block per task, nearest to the screen first. A lens switch, a re-analysis
 * or a first paint of a long report thus never renders more than the visible blocks in one task.
 */
function useStagedBlocks(current: readonly Snapshot[], staged: boolean, visible: ReadonlySet<number>, forced: ReadonlySet<number>): (Snapshot | null)[] {
  const [shown, setShown] = useState<readonly (Snapshot | null)[]>([]);
  const first = shown.length === 0;
  const eager = (i: number) => !staged || visible.has(i) || forced.has(i) || (first && i === 0);
  const rendered = current.map((c, i) => (eager(i) ? c : (shown[i] ?? null)));
  useEffect(() => {
    if (rendered.length !== shown.length || rendered.some((r, i) => r !== shown[i])) {
      setShown(rendered);
      return;
    }
    // The stale block nearest to the first one on screen (or to the top), below before above.
    const focus = visible.size > 0 ? Math.min(...visible) : 0;
    let next = -1;
    for (let i = 0; i < current.length; i++) {
      if (rendered[i] === current[i]) continue;
      const d = i >= focus ? i - focus : (focus - i) * 2;
      if (next < 0 || d < (next >= focus ? next - focus : (focus - next) * 2)) next = i;
    }
    if (next < 0) return;
    const t = window.setTimeout(() => {
      setShown((prev) => prev.map((p, i) => (i === next ? current[i]! : p)));
    }, 0);
    return () => window.clearTimeout(t);
  });
  return rendered;
}

/** The blocks of the column now on screen (an IntersectionObserver on the viewport: scroll containers clip it). */
function useVisibleBlocks(scrollerRef: { current: HTMLElement | null }, on: boolean, count: number): ReadonlySet<number> {
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const root = scrollerRef.current;
    if (!on || !root || typeof IntersectionObserver === 'undefined') return;
    const now = new Set<number>();
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const i = Number((e.target as HTMLElement).dataset.block);
        if (e.isIntersecting) now.add(i);
        else now.delete(i);
      }
      setVisible(new Set(now));
    });
    for (const el of root.querySelectorAll<HTMLElement>('[data-block]')) io.observe(el);
    return () => io.disconnect();
  }, [scrollerRef, on, count]);
  return visible;
}

const claimsOfBlock = new WeakMap<Block, Set<string>>();
function claimsIn(block: Block): Set<string> {
  let set = claimsOfBlock.get(block);
  if (!set) {
    set = new Set();
    for (const para of block.paras) for (const p of para) if (p.type === 'sentence') set.add(p.sentence.claim);
    claimsOfBlock.set(block, set);
  }
  return set;
}

interface BlockProps extends SentenceHandlers {
  index: number;
  /** The current block (its placeholder's height). */
  block: Block;
  /** What it shows (null: the placeholder). */
  snap: Snapshot | null;
  /** It shows an older look than the column's, or its placeholder (`data-pending`: tests and measurements wait for none). */
  pending: boolean;
  large: boolean;
  /** The gap between paragraphs after it (none when the next block goes on with its last paragraph). */
  gapAfter: boolean;
  reportIndex: number;
  active: ActiveSentence | null;
  selectedClaim: string | null;
  tabbable: number;
  onRove: (index: number) => void;
}

/** Hover, selection and focus re-render only the blocks they touch (a hover was a render of every sentence). */
function sameBlock(a: BlockProps, b: BlockProps): boolean {
  if (
    a.snap !== b.snap ||
    a.pending !== b.pending ||
    a.block !== b.block ||
    a.index !== b.index ||
    a.large !== b.large ||
    a.gapAfter !== b.gapAfter ||
    a.reportIndex !== b.reportIndex ||
    a.onActivate !== b.onActivate ||
    a.onDeactivate !== b.onDeactivate ||
    a.onSelect !== b.onSelect ||
    a.onRove !== b.onRove
  )
    return false;
  if (!b.snap) return true;
  const claims = claimsIn(b.snap.block);
  const touches = (claim: string | null | undefined) => !!claim && claims.has(claim);
  if (a.selectedClaim !== b.selectedClaim && (touches(a.selectedClaim) || touches(b.selectedClaim))) return false;
  if (a.active !== b.active && (touches(a.active?.claim) || touches(b.active?.claim))) return false;
  const { first, last } = b.snap.block;
  const inside = (i: number) => i >= first && i <= last;
  if (a.tabbable !== b.tabbable && (inside(a.tabbable) || inside(b.tabbable))) return false;
  return true;
}

const SentenceBlock = memo(function SentenceBlock(props: BlockProps) {
  const { snap, block, large, active, selectedClaim, reportIndex } = props;
  const style: CSSProperties | undefined = !snap
    ? { height: blockHeight(block) }
    : large
      ? // Off-screen blocks skip style, layout and paint; `auto` keeps the height once drawn.
        { contentVisibility: 'auto', containIntrinsicBlockSize: `auto ${blockHeight(snap.block)}` }
      : undefined;
  return (
    <div data-block={props.index} data-pending={props.pending ? 'true' : undefined} className={`space-y-4 ${props.gapAfter ? '' : '!mb-0'}`} style={style}>
      {snap?.block.paras.map((para, pi) => {
        const { look } = snap;
        return (
          <p key={pi}>
            {para.map((piece, i) => (
              <span key={piece.type === 'sentence' ? `s${piece.index}` : `r${piece.index}`}>
                {(i > 0 || (pi === 0 && snap.block.joinsPrevious)) && ' '}
                {piece.type === 'sentence' ? (
                  <SentenceButton
                    sentence={piece.sentence}
                    reportIndex={reportIndex}
                    index={piece.index}
                    kind={look.kindOf.get(piece.sentence.claim) ?? 'unique'}
                    spread={look.spreadOf.get(piece.sentence.claim) ?? 1}
                    reportCount={look.reportCount}
                    highlighted={active !== null && active.claim === piece.sentence.claim}
                    isActive={active !== null && active.report === reportIndex && active.sentence === piece.index}
                    selected={selectedClaim === piece.sentence.claim}
                    tabbable={piece.index === props.tabbable}
                    possible={look.possible?.has(piece.sentence.claim) ?? false}
                    edited={look.edited?.has(piece.sentence.claim) ?? false}
                    noted={look.noted?.has(piece.sentence.claim) ?? false}
                    onRove={props.onRove}
                    text={look.report.text}
                    lens={look.lens ? (look.lens[piece.index] ?? EMPTY_LENS) : null}
                    lensText={look.lensText}
                    onActivate={props.onActivate}
                    onDeactivate={props.onDeactivate}
                    onSelect={props.onSelect}
                  />
                ) : (
                  <RemovedText removal={piece.removal} />
                )}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}, sameBlock);

interface SentenceProps extends SentenceHandlers {
  sentence: Sentence;
  reportIndex: number;
  index: number;
  kind: ClaimKind;
  spread: number;
  reportCount: number;
  /** Same claim as the hovered/focused sentence (itself included). */
  highlighted: boolean;
  /** The hovered/focused sentence itself. */
  isActive: boolean;
  selected: boolean;
  /** The report's text (lens marks are offsets into it). */
  text: string;
  /** This sentence's lens marks, or null in the claims view. */
  lens: SentenceLens | null;
  /** Draws them (non-null with `lens`). */
  lensText: LensText | null;
  /** The column's one Tab stop. */
  tabbable: boolean;
  /** Its claim's links are only possible. */
  possible: boolean;
  /** Its claim was edited by the reader / carries a note. */
  edited: boolean;
  noted: boolean;
  onRove: (index: number) => void;
}

const EMPTY_LENS: SentenceLens = { notes: [], marks: [] };

export function kindDescriptionId(kind: ClaimKind): string {
  return `kind-description-${kind}`;
}

export const POSSIBLE_DESCRIPTION_ID = 'kind-description-possible';
export const EDITED_DESCRIPTION_ID = 'kind-description-edited';
export const NOTED_DESCRIPTION_ID = 'kind-description-noted';

/** Hidden texts the sentences point to with aria-describedby (the kind in words, not only colour). */
export function KindDescriptions() {
  return (
    <div hidden>
      {KINDS.map((k) => (
        <span key={k} id={kindDescriptionId(k)}>
          {kindStyle(k).label} claim: {kindStyle(k).description}.
        </span>
      ))}
      <span id={POSSIBLE_DESCRIPTION_ID}>Possible match — check: the link between the outlets' sentences is not certain.</span>
      <span id={EDITED_DESCRIPTION_ID}>Edited: you changed which sentences this claim holds.</span>
      <span id={NOTED_DESCRIPTION_ID}>This claim has a note.</span>
    </div>
  );
}

/** Moves focus between sentences: ↑/↓ within a column, ←/→ to the same claim (or nearest sentence) next door. */
function moveFocus(e: KeyboardEvent<HTMLElement>, claim: string): boolean {
  const el = e.currentTarget;
  const column = el.closest('section');
  if (!column) return false;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Home' || e.key === 'End') {
    const all = Array.from(column.querySelectorAll<HTMLElement>('[data-claim]'));
    const i = all.indexOf(el);
    const next = e.key === 'Home' ? all[0] : e.key === 'End' ? all[all.length - 1] : all[e.key === 'ArrowDown' ? i + 1 : i - 1];
    if (next) focusInColumn(next);
    return true;
  }
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    const columns = Array.from(document.querySelectorAll<HTMLElement>('section[data-report]'));
    const ci = columns.indexOf(column);
    const target = columns[e.key === 'ArrowRight' ? ci + 1 : ci - 1];
    if (!target) return true;
    const same = target.querySelector<HTMLElement>(`[data-claim="${CSS.escape(claim)}"]`);
    const to = same ?? target.querySelector<HTMLElement>('[data-claim]');
    if (to) focusInColumn(to, same ? 'third' : 'nearest');
    return true;
  }
  return false;
}

const SentenceButton = memo(function SentenceButton(props: SentenceProps) {
  const { sentence, kind, highlighted, isActive, selected, possible, edited, noted } = props;
  const style = kindStyle(kind);
  const a: ActiveSentence = { claim: sentence.claim, report: props.reportIndex, sentence: props.index };
  const tooltip = `${style.label}: ${kind === 'unique' ? 'only this outlet' : `${props.spread} of ${props.reportCount} outlets`}${possible ? ', possible match — check' : ''}${edited ? ', edited by you' : ''}${noted ? ', has a note' : ''} (${sentence.claim})`;
  const described = [kindDescriptionId(kind), possible ? POSSIBLE_DESCRIPTION_ID : null, edited ? EDITED_DESCRIPTION_ID : null, noted ? NOTED_DESCRIPTION_ID : null]
    .filter(Boolean)
    .join(' ');
  const lens = props.lensText ? props.lens : null;
  const Marked = props.lensText;
  const tipId = lens && (lens.notes.length > 0 || lens.marks.length > 0) ? lensTipId(props.reportIndex, props.index) : null;
  return (
    <>
      <span
        role="button"
        tabIndex={props.tabbable ? 0 : -1}
        aria-pressed={selected}
        aria-describedby={tipId ? `${described} ${tipId}` : described}
        data-possible={possible ? 'true' : undefined}
        data-edited={edited ? 'true' : undefined}
        data-noted={noted ? 'true' : undefined}
        data-claim={sentence.claim}
        data-sentence={props.index}
        data-kind={kind}
        data-highlighted={highlighted && !isActive ? 'true' : undefined}
        data-active={isActive ? 'true' : undefined}
        data-selected={selected ? 'true' : undefined}
        title={lens ? undefined : tooltip}
        className={[
          // The fade only into the pointer's own hover: a lens switch or a selection re-tints hundreds of
          // sentences at once, and a 150 ms transition on each repainted them on every frame (Paint tasks of
          // 50–175 ms per frame at 3 × 1,000 in a Chromium trace, #16); now they change in one paint.
          'cursor-pointer rounded-[3px] px-0.5 hover:transition-[background-color,box-shadow] hover:duration-150 motion-reduce:transition-none',
          lens ? '' : 'underline decoration-2 underline-offset-[5px]',
          !lens && possible ? '!decoration-double' : '',
          'outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 focus-visible:outline-solid',
          lens ? `hover:bg-stone-100 ${lens.className ?? ''}` : style.sentence,
          selected ? `${style.selected} decoration-[3px]` : '',
          highlighted ? '!bg-sky-100 shadow-[0_0_0_2px_var(--color-sky-500)]' : '',
        ].join(' ')}
        onMouseEnter={() => props.onActivate(a)}
        onMouseLeave={() => props.onDeactivate(a)}
        onFocus={() => {
          props.onActivate(a);
          props.onRove(props.index);
        }}
        onBlur={() => props.onDeactivate(a)}
        onClick={() => props.onSelect(sentence.claim, { report: props.reportIndex, sentence: props.index })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            props.onSelect(sentence.claim, { report: props.reportIndex, sentence: props.index });
          } else if (moveFocus(e, sentence.claim)) {
            e.preventDefault();
          }
        }}
      >
        {lens && Marked ? <Marked.Runs text={props.text} start={sentence.start} end={sentence.end} lens={lens} /> : sentence.text}
        {possible && !lens && (
          <sup aria-hidden="true" className="ml-0.5 inline-block font-sans text-[0.7rem] font-bold text-amber-800 no-underline">
            ?
          </sup>
        )}
        {(edited || noted) && (
          <sup aria-hidden="true" className="ml-0.5 inline-flex gap-0.5 font-sans text-[0.7rem] font-bold text-violet-800 no-underline">
            {edited && <span title="Edited by you">✎</span>}
            {noted && <span title="Has a note">¶</span>}
          </sup>
        )}
      </span>
      {tipId && lens && Marked && <Marked.Tooltip id={tipId} lens={lens} open={isActive} />}
    </>
  );
});

function RemovedText({ removal }: { removal: Removal }) {
  const label = removalLabel(removal.reason);
  return (
    <span className="text-stone-500" title={removal.detail}>
      <span className="mr-1 inline-block translate-y-[-1px] rounded bg-stone-100 px-1.5 py-px align-middle font-sans text-[0.65rem] font-semibold tracking-wide text-stone-600 uppercase ring-1 ring-stone-300 ring-inset">
        Removed · {label}
      </span>
      <del className="decoration-stone-400">
        <span className="sr-only">(removed: {removal.detail}) </span>
        {removal.text}
      </del>
    </span>
  );
}
