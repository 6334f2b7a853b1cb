import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ClaimKind, KindCounts, Removal, ReportResult, Sentence } from '../../core/index';
import type { ManifestReport } from '../data';
import { formatDate, KINDS, kindStyle, languageName, removalLabel } from '../kinds';
import { paragraphs } from './layout';
import type { CoverageSegment } from '../lens/coverage';
import { CoverageStrip } from '../lens/CoverageStrip';
import { LensRuns, LensTooltip, lensTipId } from '../lens/LensText';
import type { SentenceLens } from '../lens/marks';
import { focusInColumn } from './scrollInColumn';
import { TranslateIcon } from '../components/icons';

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

interface ColumnProps extends SentenceHandlers {
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
        {props.coverage && <CoverageStrip segments={props.coverage} outlet={report.outlet} report={reportIndex} />}
      </header>
      <div
        data-column-scroller={reportIndex}
        className="relative scroll-smooth px-4 py-3 motion-reduce:scroll-auto lg:min-h-0 lg:overflow-y-auto lg:px-5"
      >
        {paras.length === 0 ? (
          <p className="text-sm text-stone-500 italic">No sentences were kept from this report.</p>
        ) : (
          <div className="max-w-[68ch] space-y-4 font-serif text-[1.02rem] leading-[1.8] text-stone-800">
            {paras.map((para, pi) => (
              <p key={pi}>
                {para.map((piece, i) => (
                  <span key={piece.type === 'sentence' ? `s${piece.index}` : `r${piece.index}`}>
                    {i > 0 && ' '}
                    {piece.type === 'sentence' ? (
                      <SentenceButton
                        sentence={piece.sentence}
                        reportIndex={reportIndex}
                        index={piece.index}
                        kind={props.kindOf.get(piece.sentence.claim) ?? 'unique'}
                        spread={props.spreadOf.get(piece.sentence.claim) ?? 1}
                        reportCount={props.reportCount}
                        highlighted={active !== null && active.claim === piece.sentence.claim}
                        isActive={active !== null && active.report === reportIndex && active.sentence === piece.index}
                        selected={selectedClaim === piece.sentence.claim}
                        tabbable={piece.index === tabbable}
                        possible={props.possible?.has(piece.sentence.claim) ?? false}
                        edited={props.edited?.has(piece.sentence.claim) ?? false}
                        noted={props.noted?.has(piece.sentence.claim) ?? false}
                        onRove={setRover}
                        text={report.text}
                        lens={props.lens ? (props.lens[piece.index] ?? EMPTY_LENS) : null}
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
            ))}
          </div>
        )}
      </div>
    </section>
  );
});

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
  const lens = props.lens;
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
          'cursor-pointer rounded-[3px] px-0.5 transition-[background-color,box-shadow] duration-150',
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
        {lens ? <LensRuns text={props.text} start={sentence.start} end={sentence.end} lens={lens} /> : sentence.text}
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
      {tipId && lens && <LensTooltip id={tipId} lens={lens} open={isActive} />}
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
