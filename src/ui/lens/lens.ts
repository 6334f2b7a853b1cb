/**
 * The lenses over the report columns: the claims view (default) and the four
 * framing lenses. Names, URL values and the in-text styles of each mark
 * category (colour is never the only cue: every category also has its own
 * underline, weight or slant).
 */
import type { LoadedCategory } from '../../core/index';

export type Lens = 'claims' | 'voices' | 'labels' | 'loaded' | 'facts';

export const LENSES: readonly Lens[] = ['claims', 'voices', 'labels', 'loaded', 'facts'];

export const DEFAULT_LENS: Lens = 'claims';

/** The value in the address (`lens=`), or null for a value that is not a lens. */
export function parseLens(raw: string | null | undefined): Lens | null {
  const v = raw?.trim().toLowerCase() ?? '';
  return (LENSES as readonly string[]).includes(v) ? (v as Lens) : null;
}

export function lensInfo(lens: Lens): { label: string; description: string } {
  switch (lens) {
    case 'claims':
      return { label: 'Claims', description: 'which facts the outlets share, and which only one states' };
    case 'voices':
      return { label: 'Voices', description: 'who is quoted or cited, and what the outlet says in its own voice' };
    case 'labels':
      return { label: 'Labels', description: 'how each outlet names the actors' };
    case 'loaded':
      return { label: 'Loaded language', description: 'loaded, hedging, distancing and intensifying words' };
    case 'facts':
      return { label: 'Facts', description: 'numbers, sums of money and dates, and who else gives them' };
  }
}

/** Mark categories, per lens. */
export type VoiceMark = 'quote' | 'cue' | 'speaker';
export type FactMark = 'number' | 'money' | 'date';

export interface MarkStyle {
  label: string;
  /** Classes on the marked run. */
  className: string;
  /** What the legend says about the non-colour cue. */
  cue: string;
}

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

export function loadedStyle(category: LoadedCategory): MarkStyle {
  switch (category) {
    case 'loaded':
      return {
        label: 'Loaded',
        className: 'bg-rose-100 text-rose-950 underline decoration-rose-600 decoration-wavy decoration-[1.5px] underline-offset-[4px]',
        cue: 'wavy underline',
      };
    case 'hedge':
      return {
        label: 'Hedge',
        className: 'bg-sky-100 text-sky-950 underline decoration-sky-600 decoration-dashed decoration-2 underline-offset-[4px]',
        cue: 'dashed underline',
      };
    case 'distancing':
      return {
        label: 'Distancing',
        className: 'bg-fuchsia-100 text-fuchsia-950 underline decoration-fuchsia-600 decoration-dotted decoration-2 underline-offset-[4px]',
        cue: 'dotted underline',
      };
    case 'intensifier':
      return {
        label: 'Intensifier',
        className: 'bg-amber-100 text-amber-950 underline decoration-amber-600 decoration-double decoration-[1.5px] underline-offset-[4px]',
        cue: 'double underline',
      };
  }
}

export const LOADED_CATEGORIES: readonly LoadedCategory[] = ['loaded', 'hedge', 'distancing', 'intensifier'];

export function factStyle(kind: FactMark): MarkStyle {
  switch (kind) {
    case 'number':
      return {
        label: 'Number',
        className: 'bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-solid decoration-2 underline-offset-[4px]',
        cue: 'solid underline',
      };
    case 'money':
      return {
        label: 'Money',
        className: 'bg-lime-100 text-lime-950 underline decoration-lime-700 decoration-double decoration-[1.5px] underline-offset-[4px]',
        cue: 'double underline',
      };
    case 'date':
      return {
        label: 'Date',
        className: 'bg-cyan-100 text-cyan-950 underline decoration-cyan-700 decoration-dashed decoration-2 underline-offset-[4px]',
        cue: 'dashed underline',
      };
  }
}

export const FACT_MARKS: readonly FactMark[] = ['number', 'money', 'date'];

/** A fact whose value other outlets contradict. */
export const DISCREPANCY_CLASS = 'ring-2 ring-red-600 ring-inset';

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
