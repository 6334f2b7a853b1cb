/** What an export says about itself, beyond the Comparison. */
export interface ExportMeta {
  /** The report's title; default "Parallax comparison". */
  title?: string;
  /** When the comparison was made or the event happened, as the user words it. */
  date?: string;
  /** A free note shown under the title. */
  note?: string;
  /** Then every outlet is "Outlet A", "Outlet B", … and report ids and URLs are left out. */
  hideOutletNames?: boolean;
  /** The user's notes on claims, keyed by claim id ("c3"); shown where present. */
  notes?: Readonly<Record<string, string>>;
  /** Ids of the claims the user edited; the CSV marks them "yes" in its `edited` column. */
  edits?: readonly string[];
}

export const DEFAULT_TITLE = 'Parallax comparison';
