import type { ClaimKind, RemovalReason } from '../core/index';

export const KINDS: readonly ClaimKind[] = ['shared', 'partial', 'unique'];

export interface KindStyle {
  label: string;
  letter: string;
  /** For the legend and tooltips. */
  description: string;
  /** Sentence tint + underline style (colour is never the only cue). */
  sentence: string;
  /** The selected claim's sentences: a stronger tint. */
  selected: string;
  /** Small swatch / badge. */
  badge: string;
  /** Bar segment in the mini charts. */
  bar: string;
}

export function kindStyle(kind: ClaimKind): KindStyle {
  switch (kind) {
    case 'shared':
      return {
        label: 'Shared',
        letter: 'S',
        description: 'stated by every outlet',
        sentence: 'bg-teal-50 decoration-teal-600 decoration-solid hover:bg-teal-100',
        selected: 'bg-teal-200/80 hover:bg-teal-200',
        badge: 'bg-teal-100 text-teal-900 ring-teal-600/40',
        bar: 'bg-teal-600',
      };
    case 'partial':
      return {
        label: 'Partial',
        letter: 'P',
        description: 'stated by some outlets, not all',
        sentence: 'bg-amber-50 decoration-amber-600 decoration-dashed hover:bg-amber-100',
        selected: 'bg-amber-200/80 hover:bg-amber-200',
        badge: 'bg-amber-100 text-amber-900 ring-amber-600/40',
        bar: 'bg-amber-500',
      };
    case 'unique':
      return {
        label: 'Unique',
        letter: 'U',
        description: 'stated by one outlet only',
        sentence: 'decoration-stone-400 decoration-dotted hover:bg-stone-100',
        selected: 'bg-stone-200 hover:bg-stone-200',
        badge: 'bg-stone-100 text-stone-700 ring-stone-400/50',
        bar: 'bg-stone-400',
      };
  }
}

export function removalLabel(reason: RemovalReason): string {
  switch (reason) {
    case 'header':
      return 'Page header';
    case 'timestamp':
      return 'Timestamp';
    case 'breadcrumb':
      return 'Breadcrumb';
    case 'caption':
      return 'Photo caption';
    case 'credit':
      return 'Credit';
    case 'duplicate':
      return 'Duplicate';
    case 'near-duplicate':
      return 'Near-duplicate';
  }
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
