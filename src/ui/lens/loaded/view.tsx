/** The Loaded language lens's legend, framing-summary section and marks (a chunk loaded when the lens is first shown: views.ts). */
import type { Comparison } from '../../../core/index';
import { H4, Item, Sample } from '../legend';
import { lensText } from '../LensText';
import type { LensView } from '../types';
import { lensMarks, LOADED_CATEGORIES, loadedStyle, wordUses } from './marks';

function Legend() {
  return (
    <>
      {LOADED_CATEGORIES.map((c) => (
        <Item key={c} sample={<Sample className={loadedStyle(c).className} />} label={loadedStyle(c).label} cue={loadedStyle(c).cue} />
      ))}
    </>
  );
}

function Summary({ comparison, index }: { comparison: Comparison; index: number }) {
  const uses = wordUses(comparison, index);
  return (
    <>
      <H4>Loaded and hedging words</H4>
      {uses.length === 0 ? (
        <p className="text-sm text-stone-500 italic">None from the lexicon.</p>
      ) : (
        <div className="space-y-1.5 text-sm">
          {LOADED_CATEGORIES.filter((c) => uses.some((u) => u.category === c)).map((c) => (
            <div key={c}>
              <p className="text-xs text-stone-500">{loadedStyle(c).label}</p>
              <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-stone-800">
                {uses
                  .filter((u) => u.category === c)
                  .map((u) => (
                    <li key={u.term} title={u.explain}>
                      {u.words}
                      <span className="text-stone-500 tabular-nums">
                        {' '}
                        ×{u.count}
                        {u.quoted > 0 && `, ${u.quoted} quoted`}
                      </span>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

export const view = { Legend, SummarySection: Summary, marks: lensMarks, text: lensText } satisfies LensView;
