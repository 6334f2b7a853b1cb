/**
 * The editor's "Comparison title" and "Note to readers": they travel with
 * the reports in the link and the file (view keys `title`, `note`), head the
 * comparison, the recent list, the exports and the handout.
 */
import { useId } from 'react';
import { MAX_NOTE, MAX_TITLE } from '../view/fields';

const FIELD =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-900 shadow-xs placeholder:text-stone-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700';

export function AboutFields({ title, note, onChange }: { title: string; note: string; onChange: (field: 'title' | 'note', value: string) => void }) {
  const titleId = useId();
  const noteId = useId();
  const noteHelp = useId();
  return (
    <fieldset className="mb-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-xs font-semibold tracking-[0.14em] text-stone-600 uppercase">About this comparison (optional)</legend>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div>
          <label htmlFor={titleId} className="text-sm font-medium text-stone-800">
            Comparison title
          </label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={MAX_TITLE}
            onChange={(e) => onChange('title', e.target.value)}
            placeholder="Named after its outlets when left empty"
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor={noteId} className="text-sm font-medium text-stone-800">
            Note to readers
          </label>
          <textarea
            id={noteId}
            value={note}
            maxLength={MAX_NOTE}
            rows={2}
            aria-describedby={noteHelp}
            onChange={(e) => onChange('note', e.target.value)}
            placeholder="What to look for, a task for the class, where the reports come from…"
            className={`${FIELD} resize-y`}
          />
          <p id={noteHelp} className="mt-1 text-xs text-stone-600">
            Shown at the top of the comparison, in its link and file, the exports and the printed handout.
          </p>
        </div>
      </div>
    </fieldset>
  );
}
