/** Element ids shared by the page and lazily loaded parts (FramingSummary.tsx, LensText.tsx load on demand). */

/** The framing summary's element id, for its toggle. */
export const FRAMING_PANEL_ID = 'framing-summary';

/** The id of a sentence's lens tooltip (the sentence points to it with aria-describedby). */
export function lensTipId(report: number, sentence: number): string {
  return `lens-tip-${report}-${sentence}`;
}
