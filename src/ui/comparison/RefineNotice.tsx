import type { ComparisonResult } from './useComparison';

/**
 * Says which matcher the claims on screen come from. The page shows the
 * word-overlap (lexical) result first, then refines it with the sentence
 * model in the worker; if the model cannot load, the lexical claims stay and
 * this says so — never silently.
 */
export function RefineNotice({ state, message }: { state: ComparisonResult['refinement']; message?: string | undefined }) {
  if (state === 'idle') return null;
  const text =
    state === 'refining'
      ? 'Refining the matches with the sentence model…'
      : state === 'refined'
        ? 'Matched by meaning and shared words'
        : 'Sentence model unavailable: matched by shared words only';
  return (
    <p
      role="status"
      aria-live="polite"
      data-refinement={state}
      title={state === 'unavailable' && message ? message : undefined}
      className={`inline-flex items-center gap-1.5 text-xs ${state === 'unavailable' ? 'text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-300'}`}
    >
      {state === 'refining' && <span aria-hidden="true" className="inline-block h-2 w-2 animate-pulse rounded-full bg-sky-600" />}
      {text}
    </p>
  );
}
