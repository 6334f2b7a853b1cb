/** The Voices lens's legend, framing-summary section and marks (a chunk loaded when the lens is first shown: views.ts). */
import type { Comparison, ReportResult, VoiceKind } from '../../../core/index';
import { H4, Item, Sample } from '../legend';
import { lensText } from '../LensText';
import { percent } from '../shared';
import type { LensView } from '../types';
import { lensMarks, roleSeparator, UNATTRIBUTED_CLASS, voiceStyle } from './marks';

function Legend() {
  return (
    <>
      {(['quote', 'speaker', 'cue'] as const).map((k) => (
        <Item key={k} sample={<Sample className={voiceStyle(k).className} />} label={voiceStyle(k).label} cue={voiceStyle(k).cue} />
      ))}
      <Item sample={<Sample className={UNATTRIBUTED_CLASS} />} label="Outlet’s own voice, no source" cue="dotted underline" />
    </>
  );
}

const KIND_WORDS: Record<VoiceKind, string> = { quote: 'with quotation', reported: 'reported speech', unattributed: 'in its own voice' };

function Summary({ comparison, index }: { comparison: Comparison; index: number }) {
  const report: ReportResult = comparison.reports[index]!;
  const v = report.framing.voices.summary;
  const total = v.kinds.quote + v.kinds.reported + v.kinds.unattributed;
  return (
    <>
      <H4>Who speaks</H4>
      <p className="text-sm text-stone-700">
        <span className="font-semibold text-stone-900 tabular-nums">{percent(v.quoteShare)}</span> of the text is direct quotation.
      </p>
      <div className="mt-1.5 flex h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
        <div className="bg-violet-500" style={{ width: percent(total ? v.kinds.quote / total : 0) }} />
        <div className="bg-violet-300" style={{ width: percent(total ? v.kinds.reported / total : 0) }} />
        <div className="bg-orange-300" style={{ width: percent(total ? v.kinds.unattributed / total : 0) }} />
      </div>
      <p className="mt-1 text-xs text-stone-600 tabular-nums">
        Sentences:{' '}
        {(['quote', 'reported', 'unattributed'] as const).map((k, i) => (
          <span key={k}>
            {i > 0 && ', '}
            {v.kinds[k]} {KIND_WORDS[k]}
          </span>
        ))}
      </p>
      {v.speakers.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500 italic">
          {v.quoteShare > 0 || (v.unattributedQuoteChars ?? 0) > 0 ? 'The quotations name no speaker.' : 'No one is quoted or cited.'}
        </p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm" aria-label={`Quoted or cited by ${report.outlet}`}>
          {v.speakers.map((s) => (
            <li key={s.name} className="flex items-baseline justify-between gap-3">
              <span className="min-w-0">
                <span className="font-medium text-stone-900">{s.name}</span>
                {s.role && <span className="text-stone-500">{roleSeparator(s.role)}{s.role}</span>}
                {s.type !== 'person' && <span className="text-stone-500"> ({s.type})</span>}
              </span>
              <span className="shrink-0 text-xs text-stone-600 tabular-nums">
                {s.sentences}× {s.quoted > 0 && <span>({s.quoted} quoted)</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export const view = { Legend, SummarySection: Summary, marks: lensMarks, text: lensText } satisfies LensView;
