/** The link field of the share bar (ShareBar.tsx): what it shows. */

/**
 * Links longer than this show their beginning in the field until it is focused. The browser shapes the whole
 * value of a text field at each layout, however little of it shows: the 184 k-character link of a
 * 3 × 1,000-sentence comparison cost ~18 ms of text shaping per layout in a Chromium trace (#16).
 */
export const FIELD_PREVIEW = 16_384;

/** What the link field shows: the link, or (long and not focused) its beginning and an ellipsis. */
export function fieldValue(url: string | null, full: boolean): string {
  if (url === null) return '';
  return full || url.length <= FIELD_PREVIEW ? url : `${url.slice(0, FIELD_PREVIEW)}…`;
}
