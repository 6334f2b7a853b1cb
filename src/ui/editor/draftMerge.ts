/**
 * Merging the draft of this tab with the one another tab stored, report by
 * report. Each report has a stable key and the time it was last edited; `base`
 * is when each report was last in step with storage (what this tab last wrote
 * or took over). A report changed in one tab only takes that tab's text; one
 * changed in both since then takes the newer text, and the other is kept as a
 * recoverable version (nothing typed is ever dropped). Reports added in either
 * tab are kept; one removed in the other tab goes unless it was edited here
 * since. Untouched empty rows are placeholders and give way. Pure.
 */
import { MAX_REPORTS, MIN_REPORTS } from '../../share/limits';
import { emptyReport, hasContent, isUntouched, type Draft, type DraftReport, type DraftVersion } from './draft';

/** Key → the edit time of the report when this tab was last in step with storage. */
export type DraftBase = ReadonlyMap<string, number>;

export const MAX_VERSIONS = 12;

export function baseOf(d: Draft): Map<string, number> {
  return new Map(d.reports.map((r) => [r.key, r.t ?? 0]));
}

const same = (a: DraftReport, b: DraftReport) => a.outlet === b.outlet && a.date === b.date && a.url === b.url && a.text === b.text;

export function versionOf(r: DraftReport, index: number, reason: DraftVersion['reason'], at: number): DraftVersion {
  return { id: `v${at.toString(36)}${Math.random().toString(36).slice(2, 8)}`, at, reason, key: r.key, index, outlet: r.outlet, date: r.date, url: r.url, text: r.text };
}

/** The union of version lists, newest first, without repeats (same report and content), capped. */
export function joinVersions(...lists: (readonly DraftVersion[] | undefined)[]): DraftVersion[] {
  const out: DraftVersion[] = [];
  const ids = new Set<string>();
  const contents = new Set<string>();
  for (const v of lists.flatMap((l) => l ?? []).sort((a, b) => b.at - a.at)) {
    const c = JSON.stringify([v.key, v.outlet, v.date, v.url, v.text]);
    if (ids.has(v.id) || contents.has(c)) continue;
    ids.add(v.id);
    contents.add(c);
    out.push(v);
  }
  return out.slice(0, MAX_VERSIONS);
}

export interface MergeResult {
  draft: Draft;
  /** Indices (in the merged draft) of reports that both tabs changed: the newer text is shown, the other kept as a version. */
  conflicts: number[];
  /** The versions this merge set aside (also in `draft.versions`). */
  lost: DraftVersion[];
}

/** The title and note of a draft, only the parts it has. */
function about(d: Draft): Pick<Draft, 'title' | 'note' | 'aboutT'> {
  const out: Pick<Draft, 'title' | 'note' | 'aboutT'> = {};
  if (d.title) out.title = d.title;
  if (d.note) out.note = d.note;
  if (d.aboutT) out.aboutT = d.aboutT;
  return out;
}

/** Title and note: the tab that edited them last wins (the other tab's on a tie: it was stored first). */
export function newerAbout(local: Draft, remote: Draft): Pick<Draft, 'title' | 'note' | 'aboutT'> {
  return (local.aboutT ?? 0) > (remote.aboutT ?? 0) ? about(local) : about(remote);
}

export function mergeDrafts(base: DraftBase, local: Draft, remote: Draft, now: number, makeEmpty: () => DraftReport = emptyReport): MergeResult {
  // This tab's untouched empty rows that the other tab does not have are placeholders: they give way.
  // (The other tab's are kept as they are, so that merging its draft changes nothing when nothing differs.)
  const rkeys = new Set(remote.reports.map((r) => r.key));
  const L = local.reports.filter((r) => rkeys.has(r.key) || !isUntouched(r));
  const R = remote.reports;
  const lmap = new Map(L.map((r) => [r.key, r]));
  const rmap = new Map(R.map((r) => [r.key, r]));
  const lost: DraftVersion[] = [];
  const conflictKeys = new Set<string>();
  const out: DraftReport[] = [];

  R.forEach((r, ri) => {
    const l = lmap.get(r.key);
    const rt = r.t ?? 0;
    const b = base.get(r.key);
    if (!l) {
      // Not here: new in the other tab, or removed here (then kept only if edited there since).
      if (b === undefined || rt > b) out.push(r);
      return;
    }
    if (same(l, r)) {
      out.push((l.t ?? 0) >= rt ? l : r);
      return;
    }
    const lt = l.t ?? 0;
    const bt = b ?? -1;
    const winner = rt >= lt ? r : l;
    const loser = winner === r ? l : r;
    if (lt > bt && rt > bt) {
      conflictKeys.add(r.key);
      if (hasContent(loser)) lost.push(versionOf(loser, ri, 'other-tab', now));
    }
    out.push(winner);
  });

  L.forEach((l, li) => {
    if (rmap.has(l.key)) return;
    const b = base.get(l.key);
    // Removed in the other tab: it goes, unless it was edited here since.
    if (b !== undefined && (l.t ?? 0) <= b) return;
    // New here (or edited since): after the report it followed here.
    let at = 0;
    for (let k = li - 1; k >= 0; k--) {
      const p = out.findIndex((x) => x.key === L[k]!.key);
      if (p >= 0) {
        at = p + 1;
        break;
      }
    }
    out.splice(at, 0, l);
  });

  while (out.length > MAX_REPORTS) {
    const extra = out.pop()!;
    if (hasContent(extra)) lost.push(versionOf(extra, out.length, 'other-tab', now));
  }
  while (out.length < MIN_REPORTS) out.push(makeEmpty());
  const versions = joinVersions(lost, local.versions, remote.versions);
  const draft: Draft = { reports: out, ...newerAbout(local, remote) };
  if (versions.length > 0) draft.versions = versions;
  const conflicts = out.flatMap((r, i) => (conflictKeys.has(r.key) ? [i] : []));
  return { draft, conflicts, lost };
}

/** Another page replaced the draft as a whole: what this tab had that differs is kept as versions. */
export function adoptWhole(local: Draft, remote: Draft, now: number): MergeResult {
  const incoming = new Set(remote.reports.map((r) => JSON.stringify([r.outlet, r.date, r.url, r.text])));
  const lost = local.reports.flatMap((r, i) =>
    hasContent(r) && !incoming.has(JSON.stringify([r.outlet, r.date, r.url, r.text])) ? [versionOf(r, i, 'replaced', now)] : [],
  );
  const versions = joinVersions(lost, local.versions, remote.versions);
  const draft: Draft = { reports: remote.reports, ...about(remote) };
  if (versions.length > 0) draft.versions = versions;
  return { draft, conflicts: [], lost };
}
