/** What the comparison view takes from its page (a bundled event or shared reports). */
import type { ReportInput } from '../../core/index';
import type { ManifestReport } from '../data';
import type { LinkView } from '../view/fields';

/** The view the comparison owns (every field of the view-state table but the event). Kept by the caller. */
export type ComparisonView = LinkView;

export type SetComparisonView = (
  update: Partial<ComparisonView> | ((prev: ComparisonView) => ComparisonView),
  options?: { push?: boolean },
) => void;

/** Where the reports stand before the analysis can start. */
export type ComparisonInput =
  | { status: 'loading'; label: string; names?: string[]; count: number }
  | { status: 'error'; title: string; message: string; onRetry?: () => void }
  | { status: 'empty'; title: string; message: string }
  | { status: 'ready'; reports: ReportInput[]; metas?: readonly (ManifestReport | undefined)[] };
