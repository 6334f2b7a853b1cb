/**
 * The claim panel's corrections: "Link a sentence", "Merge with another
 * claim", "Split claim" and the claim's note. Sentences are picked by a click
 * in their column (the page routes it here while picking) or, keyboard first,
 * in a list. Every action is one edit (core/edits/format.ts) the worker
 * replays; Undo / Redo are in the corrections bar.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Claim, Comparison } from '../../core/index';
import { buttonClass } from '../components/PageHeader';
import { splitEdit } from './corrections';
import type { CorrectionsState } from './useCorrections';

const MAX_SNIPPET = 90;
const snippet = (text: string) => (text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1).trimEnd()}…` : text);

interface Props {
  comparison: Comparison;
  claim: Claim;
  corrections: CorrectionsState;
  /** Split mode: members are shown with checkboxes (the panel lists them). */
  splitting: ReadonlySet<number> | null;
  onSplitting: (picked: ReadonlySet<number> | null) => void;
}

export function ClaimEdits({ comparison, claim, corrections, splitting, onSplitting }: Props) {
  const picking = corrections.picking?.claim === claim.id ? corrections.picking.mode : null;
  const small = `${buttonClass.secondary} !px-2.5 !py-1 !text-xs`;
  // After an edit made here the picker goes away: focus comes back to "Link a sentence" rather than the page's start.
  const linkButton = useRef<HTMLButtonElement>(null);
  const refocus = () => window.setTimeout(() => linkButton.current?.focus(), 0);
  return (
    <section aria-label="Correct this claim" className="space-y-3 rounded-lg border border-violet-200 bg-violet-50/50 p-3">
      <div className="flex flex-wrap items-center gap-1.5">
        <h3 className="mr-1 text-xs font-semibold tracking-wide text-violet-900 uppercase">Correct</h3>
        <button
          ref={linkButton}
          type="button"
          className={small}
          aria-pressed={picking === 'link'}
          onClick={() => (picking === 'link' ? corrections.cancelPicking() : corrections.startPicking('link', claim.id))}
        >
          Link a sentence
        </button>
        <button
          type="button"
          className={small}
          aria-pressed={picking === 'merge'}
          onClick={() => (picking === 'merge' ? corrections.cancelPicking() : corrections.startPicking('merge', claim.id))}
        >
          Merge with another claim
        </button>
        {claim.members.length >= 2 && (
          <button
            type="button"
            className={small}
            aria-pressed={splitting !== null}
            onClick={() => {
              corrections.cancelPicking();
              onSplitting(splitting ? null : new Set());
            }}
          >
            Split claim
          </button>
        )}
      </div>
      {picking === 'link' && <LinkPicker comparison={comparison} claim={claim} corrections={corrections} onDone={refocus} />}
      {picking === 'merge' && <MergePicker comparison={comparison} claim={claim} corrections={corrections} onDone={refocus} />}
      {splitting && (
        <div className="space-y-2 text-sm text-stone-700">
          <p>Tick the sentences that state another fact: they leave this claim together, as a claim of their own.</p>
          <div className="flex gap-2">
            <button
              type="button"
              className={buttonClass.primary}
              disabled={splitEdit(corrections.source ?? comparison, claim, [...splitting]) === null}
              onClick={() => {
                const stay = claim.members.find((_, i) => !splitting.has(i));
                corrections.edit(
                  splitEdit(corrections.source ?? comparison, claim, [...splitting]),
                  `Split ${splitting.size} ${splitting.size === 1 ? 'sentence' : 'sentences'} off into a claim of their own.`,
                  stay && { report: stay.report, sentence: stay.sentence },
                );
                onSplitting(null);
                refocus();
              }}
            >
              Split off {splitting.size || ''} {splitting.size === 1 ? 'sentence' : 'sentences'}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => onSplitting(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <NoteField key={claim.id} claim={claim} corrections={corrections} />
    </section>
  );
}

interface PickerProps {
  comparison: Comparison;
  claim: Claim;
  corrections: CorrectionsState;
  /** Called after the edit (or a cancel): where focus goes next. */
  onDone: () => void;
}

function LinkPicker({ comparison, claim, corrections, onDone }: PickerProps) {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState('');
  useEffect(() => ref.current?.focus(), []);
  const inClaim = new Set(claim.members.map((m) => `${m.report}.${m.sentence}`));
  const reportsIn = new Set(claim.members.map((m) => m.report));
  // Outlets that do not state the claim yet come first: the missed link is most often there.
  const order = comparison.reports.map((_, i) => i).sort((a, b) => Number(reportsIn.has(a)) - Number(reportsIn.has(b)) || a - b);
  const submit = () => {
    const [r, s] = value.split('.').map(Number);
    if (r === undefined || s === undefined || Number.isNaN(r) || Number.isNaN(s)) return;
    corrections.pick(claim, r, s);
    onDone();
  };
  return (
    <div className="space-y-2 text-sm">
      <p className="text-stone-700">
        Click the sentence in its column, or choose it here and press <kbd className="font-sans">Link</kbd>. <kbd className="font-sans">Esc</kbd> cancels.
      </p>
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        Sentence to link
      </label>
      <select
        id={id}
        ref={ref}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && value) {
            e.preventDefault();
            submit();
          }
        }}
        className="w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        <option value="">Choose a sentence…</option>
        {order.map((ri) => {
          const report = comparison.reports[ri]!;
          return (
            <optgroup key={ri} label={report.outlet}>
              {report.sentences.map((s, si) =>
                inClaim.has(`${ri}.${si}`) ? null : (
                  <option key={si} value={`${ri}.${si}`}>
                    {snippet(s.text)}
                  </option>
                ),
              )}
            </optgroup>
          );
        })}
      </select>
      <div className="flex gap-2">
        <button type="button" className={buttonClass.primary} disabled={!value} onClick={submit}>
          Link
        </button>
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => {
            corrections.cancelPicking();
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

function MergePicker({ comparison, claim, corrections, onDone }: PickerProps) {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState('');
  useEffect(() => ref.current?.focus(), []);
  const submit = () => {
    const other = comparison.claims.find((c) => c.id === value);
    const first = other?.members[0];
    if (first) corrections.pick(claim, first.report, first.sentence);
    onDone();
  };
  return (
    <div className="space-y-2 text-sm">
      <p className="text-stone-700">
        Click a sentence of the other claim in its column, or choose the claim here. <kbd className="font-sans">Esc</kbd> cancels.
      </p>
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        Claim to merge with
      </label>
      <select
        id={id}
        ref={ref}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && value) {
            e.preventDefault();
            submit();
          }
        }}
        className="w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        <option value="">Choose a claim…</option>
        {comparison.claims
          .filter((c) => c.id !== claim.id)
          .map((c) => {
            const m = c.members[0]!;
            const report = comparison.reports[m.report]!;
            return (
              <option key={c.id} value={c.id}>
                {c.id} · {report.outlet}: {snippet(report.sentences[m.sentence]?.text ?? '')}
              </option>
            );
          })}
      </select>
      <div className="flex gap-2">
        <button type="button" className={buttonClass.primary} disabled={!value} onClick={submit}>
          Merge
        </button>
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => {
            corrections.cancelPicking();
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * The claim's note: plain text, kept in the view when typing pauses or the
 * field is left (not on every key: each change rewrites the address).
 */
function NoteField({ claim, corrections }: { claim: Claim; corrections: CorrectionsState }) {
  const id = useId();
  const saved = claim.note ?? '';
  const [text, setText] = useState(saved);
  const dirty = useRef(false);
  // The note changed elsewhere (a link opened, another tab): show what is saved, unless typing.
  useEffect(() => {
    if (!dirty.current) setText(saved);
  }, [saved]);
  const { setNote } = corrections;
  const commit = useRef<() => void>(() => {});
  commit.current = () => {
    if (!dirty.current) return;
    dirty.current = false;
    if (text !== saved) setNote(claim, text);
  };
  useEffect(() => {
    if (!dirty.current) return;
    const t = window.setTimeout(() => commit.current(), 600);
    return () => window.clearTimeout(t);
  }, [text]);
  // Leaving the claim (keyed by claim id: this instance unmounts) keeps what was typed.
  useEffect(() => () => commit.current(), []);
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-semibold tracking-wide text-violet-900 uppercase">
        Note
      </label>
      <textarea
        id={id}
        value={text}
        rows={text ? 3 : 2}
        maxLength={2000}
        placeholder="Why these sentences are (or are not) the same fact, what to check…"
        onChange={(e) => {
          dirty.current = true;
          setText(e.target.value);
        }}
        onBlur={() => commit.current()}
        className="mt-1 w-full resize-y rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-800 placeholder:text-stone-400 focus-visible:outline-2 focus-visible:outline-sky-700"
      />
      <p className="text-xs text-stone-500">Plain text. It travels with the link and the exports.</p>
    </div>
  );
}
