import { MAX_REPORTS } from '../../share/limits';
import { emptyReport, type Draft, type DraftReport } from './draft';

/**
 * Texts of files dropped on the editor page, merged into the draft: each
 * fills the first report that has no text yet (its outlet, date and address
 * kept), then new reports are added up to the limit; what does not fit and
 * empty texts are left out. Pure: a new draft, the old one untouched.
 */
export function mergeDropped(draft: Draft, texts: readonly string[], makeEmpty: () => DraftReport = emptyReport): Draft {
  const rows = [...draft.reports];
  for (const text of texts) {
    if (text === '') continue;
    const empty = rows.findIndex((row) => row.text.trim() === '');
    if (empty >= 0) rows[empty] = { ...rows[empty]!, text };
    else if (rows.length < MAX_REPORTS) rows.push({ ...makeEmpty(), text });
  }
  return { reports: rows };
}
