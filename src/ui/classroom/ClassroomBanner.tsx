/**
 * Classroom mode's strip while outlet names are hidden: what the class sees,
 * the questions for students, and "Reveal", which shows the names again and
 * says which label was which outlet. Its own chunk: loaded when names are
 * first hidden.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { buttonClass } from '../components/PageHeader';
import { outletLabel } from './outletLabels';
import { questionsQueryOptions } from './questionsQuery';

/**
 * While names are hidden: what the class sees ("Outlet A, B and C"), the
 * questions, and "Reveal", which shows the names again and says which label
 * was which outlet.
 */
export default function ClassroomBanner({ hidden, names, onReveal }: { hidden: boolean; names: readonly string[]; onReveal: () => void }) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const [questionsOpen, setQuestionsOpen] = useState(false);
  const panelId = useId();
  useEffect(() => {
    if (hidden) setRevealed(null);
  }, [hidden]);
  if (!hidden && !revealed) return null;
  if (!hidden)
    return (
      <div role="status" className="flex flex-wrap items-center gap-3 border-b border-stone-200 bg-sky-50 px-4 py-2 text-sm text-stone-800 lg:px-6">
        <span>
          <span className="font-semibold">Revealed: </span>
          {revealed}
        </span>
        <button type="button" onClick={() => setRevealed(null)} className={buttonClass.quiet}>
          Dismiss
        </button>
      </div>
    );
  const reveal = () => {
    setRevealed(names.map((n, i) => `${outletLabel(i)} is ${n}`).join('; ') + '.');
    onReveal();
  };
  return (
    <section aria-label="Classroom mode" className="border-b border-stone-300 bg-stone-800 px-4 py-2 text-sm text-white lg:px-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="min-w-[min(100%,20rem)] flex-1">
          <span className="font-semibold">Outlet names are hidden.</span> The reports are {names.map((_n, i) => outletLabel(i)).join(', ')}, in the
          columns, lists, exports and the handout; where a text names one of the outlets, that is hidden too.
        </p>
        <button
          type="button"
          aria-expanded={questionsOpen}
          aria-controls={questionsOpen ? panelId : undefined}
          onClick={() => setQuestionsOpen(!questionsOpen)}
          className="rounded-md border border-white/60 px-3 py-1 font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        >
          Questions for students
        </button>
        <button
          type="button"
          onClick={reveal}
          className="rounded-md bg-white px-3 py-1 font-medium text-stone-900 hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        >
          Reveal
        </button>
      </div>
      {questionsOpen && <QuestionsPanel id={panelId} />}
    </section>
  );
}

function QuestionsPanel({ id }: { id: string }) {
  const questions = useQuery(questionsQueryOptions());
  return (
    <div id={id} role="region" aria-label="Questions for students" className="mt-2 rounded-md bg-white p-3 text-stone-900">
      {questions.isPending ? (
        <p className="text-stone-600">Loading the questions…</p>
      ) : questions.isError ? (
        <p>The questions could not be loaded: {questions.error.message}</p>
      ) : (
        <ol className="list-decimal space-y-1 pl-5">
          {questions.data.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

