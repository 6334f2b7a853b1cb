/**
 * Undo / Redo for the reader's corrections, how many there are, and what the
 * last action did (a live region). Shown once there is something to undo or
 * redo, or while picking a sentence.
 */
import { buttonClass } from '../components/PageHeader';
import type { CorrectionsState } from './useCorrections';

export function CorrectionsBar({ corrections }: { corrections: CorrectionsState }) {
  const count = corrections.corrections.edits.length;
  const notes = corrections.corrections.notes.length;
  const show = corrections.canUndo || corrections.canRedo || corrections.picking !== null || notes > 0;
  return (
    <div
      className={show ? 'flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-violet-200 bg-violet-50 px-4 py-1.5 text-sm lg:px-6' : 'sr-only'}
      data-testid="corrections-bar"
    >
      {show && (
        <>
          <span className="font-medium text-violet-950">
            {count === 0 ? 'No corrections' : `${count} ${count === 1 ? 'correction' : 'corrections'}`}
            {notes > 0 && `, ${notes} ${notes === 1 ? 'note' : 'notes'}`}
          </span>
          <button
            type="button"
            className={`${buttonClass.secondary} !px-2.5 !py-0.5 !text-xs`}
            onClick={corrections.undo}
            disabled={!corrections.canUndo}
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            className={`${buttonClass.secondary} !px-2.5 !py-0.5 !text-xs`}
            onClick={corrections.redo}
            disabled={!corrections.canRedo}
            aria-keyshortcuts="Control+Shift+Z"
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
        </>
      )}
      <p role="status" className="text-xs text-violet-950">
        {corrections.status}
      </p>
    </div>
  );
}
