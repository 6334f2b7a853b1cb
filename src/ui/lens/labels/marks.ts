/** Labels: every name of an actor, by actor (colour and a tag), loaded labels bold with a wavy underline. */
import type { Comparison, ReportResult } from '../../../core/index';
import type { PageActor } from '../../../worker/protocol';
import { quoted, span } from '../shared';
import type { LensContext, SentenceLens } from '../types';

/** Actor colours, by the actor's place in data/actors.json (then cycling). */
const ACTOR_TINTS = [
  'bg-sky-100 text-sky-950 decoration-sky-700',
  'bg-indigo-100 text-indigo-950 decoration-indigo-700',
  'bg-red-100 text-red-950 decoration-red-700',
  'bg-teal-100 text-teal-950 decoration-teal-700',
  'bg-stone-200 text-stone-900 decoration-stone-700',
  'bg-yellow-100 text-yellow-950 decoration-yellow-700',
  'bg-pink-100 text-pink-950 decoration-pink-700',
];
const ACTOR_SWATCHES = ['bg-sky-500', 'bg-indigo-500', 'bg-red-500', 'bg-teal-500', 'bg-stone-500', 'bg-yellow-500', 'bg-pink-500'];

export function actorTint(index: number): string {
  return ACTOR_TINTS[((index % ACTOR_TINTS.length) + ACTOR_TINTS.length) % ACTOR_TINTS.length]!;
}

export function actorSwatch(index: number): string {
  return ACTOR_SWATCHES[((index % ACTOR_SWATCHES.length) + ACTOR_SWATCHES.length) % ACTOR_SWATCHES.length]!;
}

/** A neutral label: solid thin underline. A loaded one: bold, wavy underline. */
export const LABEL_NEUTRAL_CLASS = 'underline decoration-solid decoration-1 underline-offset-[4px]';
export const LABEL_LOADED_CLASS = 'font-semibold underline decoration-wavy decoration-[1.5px] underline-offset-[4px]';

/** A short tag for an actor (shown after each mention, so the actor does not rest on colour). */
export function actorTag(id: string, name: string): string {
  switch (id) {
    case 'ukraine':
      return 'UA';
    case 'russia':
      return 'RU';
    case 'us-administration':
      return 'US';
    case 'west':
      return 'W';
    case 'war':
      return 'war';
    default: {
      const words = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
      return (words.length > 1 ? words.slice(0, 2).map((w) => w[0]) : [name.slice(0, 3)]).join('').toUpperCase();
    }
  }
}

export function labelMarks(report: ReportResult, out: SentenceLens[], actors: readonly PageActor[]) {
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const names = new Map(report.framing.actors.actors.map((a) => [a.actor, a.name]));
  for (const m of report.framing.actors.mentions) {
    const s = out[m.sentence];
    if (!s) continue;
    const group = actors.find((a) => a.id === m.actor);
    const name = group?.name ?? names.get(m.actor) ?? m.actor;
    const entry = group?.labels.find((l) => l.text.toLowerCase() === m.label.toLowerCase());
    const i = order.get(m.actor) ?? hash(m.actor);
    const loaded = m.tone === 'loaded';
    const words = report.text.slice(m.start, m.end);
    s.marks.push({
      ...span(m),
      kind: m.actor,
      flag: m.tone,
      className: `${actorTint(i)} ${loaded ? LABEL_LOADED_CLASS : LABEL_NEUTRAL_CLASS}`,
      tag: actorTag(m.actor, name),
      explain: [
        `${quoted(words)}: label for ${name} — ${loaded ? `loaded${entry?.note ? `: ${entry.note}` : ''}` : 'neutral'}`,
      ],
    });
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** The lens's marks per sentence of one report (same indices): its LensView's `marks` (view.tsx). */
export function lensMarks(comparison: Comparison, reportIndex: number, ctx: LensContext): SentenceLens[] {
  const report = comparison.reports[reportIndex]!;
  const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
  labelMarks(report, out, ctx.actors);
  return out;
}
