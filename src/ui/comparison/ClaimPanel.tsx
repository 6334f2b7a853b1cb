import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim, ClaimMember, Comparison, MatchReason } from '../../core/index';
import { claimStrength } from './claimNav';
import { diffRuns } from './diffRuns';
import { reportsInClaim } from './layout';
import { CloseIcon } from '../components/icons';
import { KindBadge } from '../components/KindBadge';
import { ClaimEdits } from './ClaimEdits';
import { detachEdit } from './corrections';
import type { CorrectionsState } from './useCorrections';

interface Props {
  comparison: Comparison;
  claim: Claim;
  /** Narrow screens: a modal dialog; wide: a side panel. */
  modal: boolean;
  onClose: () => void;
  onStep: (delta: 1 | -1) => void;
  position: { index: number; total: number };
  /** "Next shared" / "next unique in this outlet" (null: none that way). */
  jumps?: Jumps;
  /** Narrow screens: show this sentence in its outlet's tab (the counterparts one tap away). */
  onShowIn?: (report: number, sentence: number) => void;
  /** The reader's corrections (absent: a read-only panel). */
  corrections?: CorrectionsState;
}

export interface Jumps {
  /** The outlet "this outlet" means (the one last focused or pointed at). */
  outlet: string;
  shared: { prev: string | null; next: string | null };
  unique: { prev: string | null; next: string | null };
  onJump: (claim: string) => void;
}

export function ClaimPanel({ comparison, claim, modal, onClose, onStep, position, jumps, onShowIn, corrections }: Props) {
  const titleId = useId();
  // "Split claim": the members ticked to leave together (null: not splitting).
  const [splitting, setSplitting] = useState<ReadonlySet<number> | null>(null);
  useEffect(() => setSplitting(null), [claim.id]);
  const closeRef = useRef<HTMLButtonElement>(null);
  // After "Not the same fact" the button leaves with its sentence: focus goes to the panel's title, not the page's start.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const spread = reportsInClaim(claim);
  const total = comparison.reports.length;
  const hasDiff = (claim.diff?.length ?? 0) > 0;
  const possible = claimStrength(claim) === 'possible';

  useEffect(() => {
    if (modal) closeRef.current?.focus();
  }, [modal, claim.id]);

  const body = (
    <div
      role={modal ? 'dialog' : 'complementary'}
      aria-modal={modal ? true : undefined}
      aria-labelledby={titleId}
      data-panel="claim"
      onKeyDown={modal ? trapTab : undefined}
      className={
        modal
          ? 'fixed inset-x-0 bottom-0 z-40 max-h-[80vh] overflow-y-auto overscroll-contain rounded-t-2xl bg-white shadow-2xl'
          : 'relative flex h-full flex-col overflow-y-auto'
      }
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-stone-200 bg-white/95 px-5 py-4 backdrop-blur">
        <div>
          <h2 id={titleId} ref={titleRef} tabIndex={-1} className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase focus:outline-none">
            Claim details
          </h2>
          <p className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <KindBadge kind={claim.kind} />
            <span>
              {claim.kind === 'unique' ? 'Only one outlet' : `${spread} of ${total} outlets`}
            </span>
            <span className="font-mono text-xs text-stone-500">{claim.id}</span>
            {claim.edited && (
              <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 ring-1 ring-violet-300 ring-inset">
                <span aria-hidden="true">✎ </span>Edited
              </span>
            )}
          </p>
        </div>
        <div className="flex items-center gap-1">
          <button
            type="button"
            onClick={() => onStep(-1)}
            disabled={position.index <= 0}
            className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 disabled:opacity-30"
            aria-label="Previous claim"
          >
            ‹
          </button>
          <span className="text-xs text-stone-500 tabular-nums" aria-hidden="true">
            {position.index + 1}/{position.total}
          </span>
          <button
            type="button"
            onClick={() => onStep(1)}
            disabled={position.index >= position.total - 1}
            className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 disabled:opacity-30"
            aria-label="Next claim"
          >
            ›
          </button>
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            className="ml-1 rounded-md p-1.5 text-stone-500 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
            aria-label="Close claim details"
            title="Close (Esc)"
          >
            <CloseIcon className="size-4" />
          </button>
        </div>
      </div>

      {jumps && <JumpBar jumps={jumps} />}

      <div className="space-y-5 px-5 py-5">
        {possible && (
          <p className="rounded-md border border-dashed border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <span aria-hidden="true" className="mr-1 font-semibold">?</span>
            <strong className="font-semibold">Possible match — check.</strong> At least one of these sentences is only possibly
            the same fact as the others: read them side by side before relying on the link.
          </p>
        )}
        {hasDiff && (
          <p className="text-xs leading-relaxed text-stone-600">
            <mark className="rounded-sm bg-rose-100 text-rose-950 underline decoration-rose-500 decoration-wavy decoration-1 underline-offset-2">
              Marked words
            </mark>{' '}
            are worded differently: only that outlet uses them in this claim.
          </p>
        )}
        <ol className="space-y-4">
          {groupByReport(claim).map(({ report: ri, members }) => {
            const report = comparison.reports[ri];
            if (!report) return null;
            return (
              <li key={ri} className={`rounded-lg border border-l-4 border-stone-200 bg-stone-50/60 p-4 ${borderFor(claim.kind)}`}>
                <div className="mb-2 flex items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold text-stone-900">{report.outlet}</h3>
                  {onShowIn && members[0] && (
                    <button
                      type="button"
                      onClick={() => onShowIn(ri, members[0]!.member.sentence)}
                      className="rounded-md border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700"
                    >
                      Show in text<span className="sr-only"> of {report.outlet}</span>
                    </button>
                  )}
                </div>
                <div className="space-y-3">
                  {members.map(({ member: m, index }) => {
                    const sentence = report.sentences[m.sentence];
                    if (!sentence) return null;
                    const diff = claim.diff?.find((d) => d.report === m.report && d.sentence === m.sentence);
                    const runs = diffRuns(report.text, sentence, diff?.tokens);
                    const differing = diff?.tokens.filter((t) => t.kind === 'differing').length ?? 0;
                    return (
                      <div key={m.sentence} className="border-stone-200 [&+&]:border-t [&+&]:pt-3">
                        <p className="font-serif text-[0.98rem] leading-relaxed text-stone-800" data-member={index}>
                          {runs.map((r, j) =>
                            r.kind === 'differing' ? (
                              <mark
                                key={j}
                                data-diff="differing"
                                className="rounded-sm bg-rose-100 text-rose-950 underline decoration-rose-500 decoration-wavy decoration-1 underline-offset-2"
                              >
                                <span className="sr-only">[differs: </span>
                                {r.text}
                                <span className="sr-only">]</span>
                              </mark>
                            ) : (
                              <span key={j} data-diff={r.kind === 'common' ? 'common' : undefined}>
                                {r.text}
                              </span>
                            ),
                          )}
                        </p>
                        {diff && (
                          <p className="mt-1 text-xs text-stone-500 tabular-nums">
                            {differing === 0 ? 'No differing words' : `${differing} differing word${differing === 1 ? '' : 's'}`}
                          </p>
                        )}
                        {m.linkedByUser ? (
                          <p className="mt-3 border-t border-stone-200 pt-3 text-xs text-stone-600">
                            <span className="font-medium text-violet-900">Linked by you</span>
                            {m.match && (
                              <span className="tabular-nums">
                                {' '}
                                · the matcher’s own estimate: {Math.round(m.match.score * 100)}%
                              </span>
                            )}
                          </p>
                        ) : (
                          m.match && <Reason match={m.match} comparison={comparison} claim={claim} />
                        )}
                        {corrections && claim.members.length > 1 && (
                          <div className="mt-2 flex flex-wrap items-center gap-3">
                            {splitting ? (
                              <label className="flex items-center gap-1.5 text-xs text-stone-700">
                                <input
                                  type="checkbox"
                                  checked={splitting.has(index)}
                                  onChange={(e) => {
                                    const next = new Set(splitting);
                                    if (e.target.checked) next.add(index);
                                    else next.delete(index);
                                    setSplitting(next);
                                  }}
                                />
                                Move to the new claim<span className="sr-only"> ({report.outlet})</span>
                              </label>
                            ) : (
                              <button
                                type="button"
                                onClick={() => {
                                  // Detaching the claim's first sentence: the selection stays with the rest of the claim.
                                  const stay = index === 0 ? claim.members[1] : claim.members[0];
                                  corrections.edit(
                                    detachEdit(corrections.source ?? comparison, m.report, m.sentence),
                                    `${report.outlet}’s sentence now stands alone: it is not the same fact.`,
                                    stay && { report: stay.report, sentence: stay.sentence },
                                  );
                                  window.setTimeout(() => titleRef.current?.focus(), 0);
                                }}
                                className="rounded-md border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-800 hover:border-rose-400 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-sky-700"
                              >
                                Not the same fact<span className="sr-only"> ({report.outlet})</span>
                              </button>
                            )}
                          </div>
                        )}
                      </div>
                    );
                  })}
                </div>
              </li>
            );
          })}
        </ol>
        {claim.kind === 'unique' && (
          <p className="text-sm text-stone-600">No other outlet states this. Unique claims have no word comparison.</p>
        )}
        {corrections && (
          <ClaimEdits comparison={comparison} claim={claim} corrections={corrections} splitting={splitting} onSplitting={setSplitting} />
        )}
      </div>
    </div>
  );

  if (!modal) return body;
  return (
    <>
      <div className="fixed inset-0 z-30 bg-stone-900/30" aria-hidden="true" onClick={onClose} />
      {body}
    </>
  );
}

/** Keeps Tab inside the modal dialog. */
function trapTab(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'Tab') return;
  const focusable = Array.from(
    e.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function groupByReport(claim: Claim): { report: number; members: { member: ClaimMember; index: number }[] }[] {
  const groups: { report: number; members: { member: ClaimMember; index: number }[] }[] = [];
  claim.members.forEach((member, index) => {
    const last = groups[groups.length - 1];
    if (last && last.report === member.report) last.members.push({ member, index });
    else groups.push({ report: member.report, members: [{ member, index }] });
  });
  return groups;
}

function borderFor(kind: Claim['kind']): string {
  switch (kind) {
    case 'shared':
      return 'border-l-teal-600';
    case 'partial':
      return 'border-l-amber-500';
    case 'unique':
      return 'border-l-stone-400';
  }
}

function Reason({ match, comparison, claim }: { match: MatchReason; comparison: Comparison; claim: Claim }) {
  const to = claim.members[match.to];
  const toOutlet = to ? comparison.reports[to.report]?.outlet : undefined;
  const groups: [string, string[]][] = [
    ['Names', match.names],
    ['Numbers', match.numbers],
    ['Words', match.terms],
  ];
  return (
    <div className="mt-3 border-t border-stone-200 pt-3 text-xs text-stone-600">
      <p>
        Matched to <span className="font-medium text-stone-800">{toOutlet ?? 'another sentence'}</span> ·{' '}
        <abbr title="The matcher's estimated probability that the two sentences state the same fact" className="no-underline">
          match
        </abbr>{' '}
        <span className="font-medium text-stone-800 tabular-nums">{Math.round(match.score * 100)}%</span>
      </p>
      {groups.some(([, items]) => items.length > 0) && <p className="mt-2 text-stone-500">Matched on:</p>}
      <dl className="mt-1 space-y-1.5">
        {groups
          .filter(([, items]) => items.length > 0)
          .map(([label, items]) => (
            <div key={label} className="flex flex-wrap items-baseline gap-1.5">
              <dt className="w-16 shrink-0 text-stone-500">{label}</dt>
              {items.map((t) => (
                <dd key={t} className="rounded bg-white px-1.5 py-0.5 font-medium text-stone-700 ring-1 ring-stone-200 ring-inset">
                  {t}
                </dd>
              ))}
            </div>
          ))}
      </dl>
    </div>
  );
}

/** Next / previous shared claim, and unique claim in this outlet (keys S / Shift+S, U / Shift+U). */
function JumpBar({ jumps }: { jumps: Jumps }) {
  const btn =
    'rounded-md border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 disabled:opacity-40';
  const row = (label: string, spoken: string, key: string, pair: { prev: string | null; next: string | null }) => (
    <div className="flex items-center gap-1.5">
      <span className="min-w-0 flex-1 truncate text-xs text-stone-600">{label}</span>
      <button
        type="button"
        className={btn}
        disabled={!pair.prev}
        onClick={() => pair.prev && jumps.onJump(pair.prev)}
        aria-keyshortcuts={`Shift+${key}`}
        aria-label={`Previous ${spoken}`}
        title={`Shift+${key}`}
      >
        ‹ Previous
      </button>
      <button
        type="button"
        className={btn}
        disabled={!pair.next}
        onClick={() => pair.next && jumps.onJump(pair.next)}
        aria-keyshortcuts={key}
        aria-label={`Next ${spoken}`}
        title={key}
      >
        Next ›
      </button>
    </div>
  );
  return (
    <nav aria-label="Go to another claim" className="space-y-1 border-b border-stone-200 bg-stone-50 px-5 py-2">
      {row('Shared claim', 'shared claim', 'S', jumps.shared)}
      {row(`Unique in ${jumps.outlet}`, `unique claim in ${jumps.outlet}`, 'U', jumps.unique)}
    </nav>
  );
}
