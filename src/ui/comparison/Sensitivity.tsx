import { useId, useRef } from 'react';
import { DEFAULT_SENSITIVITY, resolveOptions } from '../../core/defaults';

export const SENSITIVITY_STEP = 0.05;

/** The link probability (0–100) a sensitivity asks for. */
export function thresholdPercent(sensitivity: number): number {
  return Math.round(resolveOptions({ sensitivity }).threshold * 100);
}

/**
 * What a sensitivity does for a reader, in plain words: "Links only near-certain matches" at
 * the strict end to "Links loose matches too" at the loose end (the link probability it needs
 * is in the slider's spoken value and tooltip, for analysts).
 */
export function thresholdText(sensitivity: number): string {
  const t = resolveOptions({ sensitivity }).threshold;
  if (t >= 0.7) return 'Links only near-certain matches';
  if (t >= 0.4) return 'Links only clear matches';
  if (t >= 0.2) return 'Links likely matches';
  if (t >= 0.1) return 'Links loose matches too';
  return 'Links even loose, doubtful matches';
}

/**
 * The matching sensitivity, strict to loose: a native range input (arrow keys,
 * Page Up/Down, Home/End work), the link threshold it means, a Reset to the
 * tuned default, and a polite status while the comparison is re-run.
 */
export function SensitivityControl({
  value,
  onChange,
  busy,
  compact = false,
}: {
  value: number;
  onChange: (value: number) => void;
  /** The shown comparison is older than `value` (re-analysing). */
  busy: boolean;
  /** One line (the summary strip is folded). */
  compact?: boolean;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const atDefault = Math.abs(value - DEFAULT_SENSITIVITY) < 1e-9;
  const threshold = thresholdText(value);
  return (
    <div className={`min-w-0 lg:shrink-0 ${compact ? 'flex flex-wrap items-center gap-x-4 gap-y-1' : ''}`}>
      <div className="flex items-baseline gap-3">
        <label htmlFor={`${id}-input`} className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
          Sensitivity
          <span className="sr-only">: how sure a match must be to link sentences, strict to loose</span>
        </label>
        {!atDefault && (
          <button
            type="button"
            onClick={() => {
              onChange(DEFAULT_SENSITIVITY);
              inputRef.current?.focus();
            }}
            className="rounded text-xs text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            Reset
          </button>
        )}
      </div>
      <div className={`flex items-center gap-2 text-xs text-stone-600 ${compact ? '' : 'mt-1.5'}`}>
        <span aria-hidden="true">Strict</span>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="range"
          min={0}
          max={1}
          step={SENSITIVITY_STEP}
          value={value}
          onChange={(e) => onChange(Math.round(Number(e.target.value) * 100) / 100)}
          aria-valuetext={`${value.toFixed(2)}${atDefault ? ' (tuned default)' : ''}: ${threshold} (a ${thresholdPercent(value)}% match probability needed)`}
          title={`Sentences are linked when the matcher is at least ${thresholdPercent(value)}% sure they state the same fact`}
          aria-describedby={`${id}-threshold`}
          className="h-1.5 w-40 cursor-pointer accent-stone-800 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-sky-700"
        />
        <span aria-hidden="true">Loose</span>
      </div>
      <p className={`flex flex-wrap items-center gap-x-2 text-xs text-stone-600 ${compact ? '' : 'mt-1'}`}>
        <span id={`${id}-threshold`}>
          {threshold}
          {atDefault && <span className="text-stone-600"> (tuned default)</span>}
        </span>
        <span role="status" aria-live="polite" className="text-sky-800">
          {busy ? 'Re-analysing…' : ''}
        </span>
      </p>
    </div>
  );
}
