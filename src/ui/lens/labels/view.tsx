/** The Labels lens's legend, framing-summary section and marks (a chunk loaded when the lens is first shown: views.ts). */
import type { Comparison, ReportResult } from '../../../core/index';
import { H4, Item, Sample } from '../legend';
import { lensText } from '../LensText';
import type { LensContext, LensView } from '../types';
import { actorSwatch, actorTag, actorTint, LABEL_LOADED_CLASS, LABEL_NEUTRAL_CLASS, lensMarks } from './marks';

function Legend({ ctx }: { ctx: LensContext }) {
  const present = ctx.present;
  return (
    <>
      {ctx.actors.map((a, i) =>
        present && !present.includes(a.id) ? null : (
          <li key={a.id} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${actorSwatch(i)}`} />
            <span aria-hidden="true" className={`rounded-sm px-1 font-mono text-[0.65rem] font-semibold ${actorTint(i)}`}>
              {actorTag(a.id, a.name)}
            </span>
            <span className="text-stone-700">{a.name}</span>
          </li>
        ),
      )}
      <Item sample={<Sample className={`bg-stone-100 ${LABEL_NEUTRAL_CLASS}`} />} label="Neutral label" cue="thin underline" />
      <Item sample={<Sample className={`bg-stone-100 ${LABEL_LOADED_CLASS}`} />} label="Loaded label" cue="bold, wavy underline" />
    </>
  );
}

function Summary({ comparison, index }: { comparison: Comparison; index: number }) {
  const report: ReportResult = comparison.reports[index]!;
  const actors = report.framing.actors.actors;
  return (
    <>
      <H4>How it names the actors</H4>
      {actors.length === 0 ? (
        <p className="text-sm text-stone-500 italic">No actor labels found.</p>
      ) : (
        <dl className="space-y-1.5 text-sm">
          {actors.map((a) => (
            <div key={a.actor}>
              <dt className="text-xs text-stone-500">{a.name}</dt>
              <dd className="flex flex-wrap gap-x-2 gap-y-0.5 text-stone-800">
                {a.labels.map((l, i) => (
                  <span key={l.label} data-tone={l.tone}>
                    <span className={l.tone === 'loaded' ? 'font-semibold text-rose-900 underline decoration-rose-600 decoration-wavy underline-offset-[3px]' : ''}>
                      {l.label}
                    </span>
                    <span className="text-stone-500 tabular-nums"> ×{l.count}</span>
                    {l.tone === 'loaded' && <span className="ml-1 rounded bg-rose-50 px-1 text-[0.65rem] font-semibold text-rose-800 uppercase ring-1 ring-rose-200">loaded</span>}
                    {i < a.labels.length - 1 && <span aria-hidden="true" className="text-stone-300">,</span>}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

export const view = { Legend, SummarySection: Summary, marks: lensMarks, text: lensText } satisfies LensView;
