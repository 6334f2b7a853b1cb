/** Voices: direct quotation, who speaks, the attribution word, and what the outlet asserts in its own voice. */
import type { Comparison, ReportResult, Speaker } from '../../../core/index';
import type { MarkStyle } from '../style';
import { quoted, span } from '../shared';
import type { SentenceLens } from '../types';

export type VoiceMark = 'quote' | 'cue' | 'speaker';

export function voiceStyle(kind: VoiceMark): MarkStyle {
  switch (kind) {
    case 'quote':
      return { label: 'Direct quotation', className: 'bg-violet-100/80 text-violet-950 italic', cue: 'italic' };
    case 'cue':
      return {
        label: 'Attribution word',
        className: 'underline decoration-violet-700 decoration-double decoration-[1.5px] underline-offset-[4px]',
        cue: 'double underline',
      };
    case 'speaker':
      return { label: 'Who speaks', className: 'font-semibold text-violet-900', cue: 'bold' };
  }
}

/** The whole of a sentence the outlet asserts in its own voice (no source). */
export const UNATTRIBUTED_CLASS = 'underline decoration-orange-400 decoration-dotted decoration-2 underline-offset-[5px]';

/** How a role follows a name: "Mark Hiznay of the UN Institute" (a role that starts with of/from/at/in), else "Vladislav Shurygin, military expert". */
export function roleSeparator(role: string): ' ' | ', ' {
  return /^(of|from|at|in)\b/i.test(role) ? ' ' : ', ';
}

/** "Vladislav Shurygin, military expert"; "Mark Hiznay of the UN Institute…". */
export function describeSpeaker(speaker: Speaker | undefined): string {
  if (!speaker) return 'an unnamed source';
  const role = speaker.role?.trim();
  let s = speaker.name;
  if (role) s += `${roleSeparator(role)}${role}`;
  if (speaker.via) s += `, citing ${describeSpeaker(speaker.via)}`;
  return s;
}

export function voiceMarks(report: ReportResult, out: SentenceLens[]) {
  for (const a of report.framing.voices.attributions) {
    const s = out[a.sentence];
    if (!s) continue;
    const who = describeSpeaker(a.speaker);
    switch (a.kind) {
      case 'quote':
        s.notes.push(`Quoted: ${who}`);
        break;
      case 'reported':
        s.notes.push(`Reported: ${who}`);
        break;
      case 'unattributed':
        s.notes.push('Unattributed: the outlet says this in its own voice, citing no one');
        s.className = UNATTRIBUTED_CLASS;
        break;
    }
    for (const q of a.quoteSpans) {
      s.marks.push({ ...span(q), kind: 'quote', className: voiceStyle('quote').className, explain: [`Direct quotation: the words of ${who}`] });
    }
    if (a.cue) {
      const cue = report.text.slice(a.cue.start, a.cue.end);
      s.marks.push({
        ...span(a.cue),
        kind: 'cue',
        className: voiceStyle('cue').className,
        explain: [`${quoted(cue)}: attribution word (${a.kind === 'quote' ? 'introduces a quotation' : 'reported speech'}) for ${who}`],
      });
    }
    const mention = a.speaker?.mention;
    if (mention && a.speaker) {
      const as = report.text.slice(mention.start, mention.end);
      s.marks.push({
        ...span(mention),
        kind: 'speaker',
        className: voiceStyle('speaker').className,
        explain: [
          a.speaker.resolved ? `${quoted(as)} refers to ${describeSpeaker(a.speaker)}` : `Speaker: ${describeSpeaker(a.speaker)}`,
        ],
      });
    }
  }
}

/** The lens's marks per sentence of one report (same indices): its LensView's `marks` (view.tsx). */
export function lensMarks(comparison: Comparison, reportIndex: number): SentenceLens[] {
  const report = comparison.reports[reportIndex]!;
  const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
  voiceMarks(report, out);
  return out;
}
