/**
 * Glue between the pages and src/share: a cache of payloads this tab has
 * encoded or decoded (so re-reading our own address is instant), opening a
 * comparison (link + recent list), and handing reports to the editor.
 */
import { decodeShare, encodeShare, formatFragment, type DecodeResult, type SharedReport, type ShareState } from '../../share/shareState';
import { DRAFT_KEY, fromSharedReports, isDraftEmpty, parseDraft, sameDraft, serialiseDraft } from '../editor/draft';
import { hideNamesIn, joinLabels } from '../classroom/outletLabels';
import { announceAddress, navigateTo, setAddress } from '../navigation';
import { addRecent, joinOutlets, parseRecent, RECENT_KEY, removeRecent, reportsId, serialiseRecent, type RecentEntry } from './recent';
import { readStored, writeStored, type WriteResult } from '../storage';

const cache = new Map<string, ShareState>();
const MAX_CACHED = 20;

export function remember(payload: string, state: ShareState): void {
  cache.delete(payload);
  cache.set(payload, state);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}

/** decodeShare, answered from the cache for payloads this tab has seen. */
export async function decodeCached(payload: string): Promise<DecodeResult> {
  const hit = cache.get(payload);
  if (hit) return { ok: true, state: hit, warnings: [] };
  const result = await decodeShare(payload);
  if (result.ok) remember(payload, result.state);
  return result;
}

/** Payloads this tab wrote itself (encodeShare output: canonical for the state it came from). */
const encodedHere = new Set<string>();

export async function encodeCached(state: ShareState): Promise<string> {
  const payload = await encodeShare(state);
  remember(payload, state);
  encodedHere.add(payload);
  if (encodedHere.size > MAX_CACHED) encodedHere.delete(encodedHere.values().next().value!);
  return payload;
}

/**
 * This tab encoded `payload`, so it is already the link of the state it decodes to: the shared page need
 * not encode it again when it opens (at 3 × 1,000 sentences that idle re-encode was a 45 ms task, #16).
 */
export function encodedByThisTab(payload: string): boolean {
  return encodedHere.has(payload);
}

/** The payload openComparison just put on the recent list (the page it opens need not add it again). */
let addedByOpen: string | null = null;

/** True once for the payload openComparison just added to the recent list. */
export function takeAddedByOpen(payload: string): boolean {
  const hit = addedByOpen === payload;
  if (hit) addedByOpen = null;
  return hit;
}

// --- recent comparisons ---

export function readRecent(): RecentEntry[] {
  return parseRecent(readStored(RECENT_KEY));
}

export function writeRecent(entries: RecentEntry[]): WriteResult {
  let list = entries;
  let result = writeStored(RECENT_KEY, serialiseRecent(list));
  // Out of room: drop the oldest until it fits (the newest stays).
  while (!result.ok && result.reason === 'quota' && list.length > 1) {
    list = list.slice(0, -1);
    result = writeStored(RECENT_KEY, serialiseRecent(list));
  }
  window.dispatchEvent(new Event('parallax:recent'));
  return result;
}

/** The recent list names a comparison by its maker's title, else its outlets ("Outlet A, …" while they are hidden). */
export function recentTitle(reports: readonly SharedReport[], view?: { title?: string; hideOutlets?: boolean }): string {
  if (view?.title) return view.hideOutlets ? hideNamesIn(view.title, reports.map((r) => r.outlet)) : view.title;
  return view?.hideOutlets ? joinLabels(reports.length) : joinOutlets(reports.map((r) => r.outlet));
}

export function addToRecent(payload: string, reports: readonly SharedReport[], view?: { title?: string; hideOutlets?: boolean }): void {
  const entry: RecentEntry = {
    id: reportsId(reports),
    title: recentTitle(reports, view),
    created: new Date().toISOString(),
    payload,
    reports: reports.length,
  };
  writeRecent(addRecent(readRecent(), entry));
}

export function forgetRecent(id: string): void {
  writeRecent(removeRecent(readRecent(), id));
}

/** A new task: what follows runs after the browser has had the main thread (a paint, input). */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * Shows a comparison: its link in the address bar (a new history entry), and it joins the recent list. Four
 * tasks, not one: encoding, the recent list (it reads and rewrites stored links), the history entry and the
 * page change made "Compare" one main-thread task of ~150 ms at 3 × 1,000 on the quiet machine (#16). The
 * history entry is a task of its own because Chromium's pushState of a 184 k-character address alone took
 * ~31 ms (CPU profile, 3 × 1,000), and with the comparison page's first render after it in the same task
 * that was 45–62 ms: the one long task left while analysing (e2e/perf.spec.ts, session 10).
 */
export async function openComparison(state: ShareState): Promise<void> {
  const payload = await encodeCached(state);
  await nextTask();
  addToRecent(payload, state.reports, state.view);
  addedByOpen = payload;
  await nextTask();
  setAddress(formatFragment(payload));
  await nextTask();
  announceAddress();
}

/**
 * Puts reports into the editor's draft and opens the editor. A different,
 * non-empty draft is only replaced when the user agrees. False when they did not.
 */
export function editReports(reports: readonly SharedReport[], about?: { title: string; note: string }): boolean {
  const next = fromSharedReports(reports, about);
  const current = parseDraft(readStored(DRAFT_KEY));
  if (current && !isDraftEmpty(current) && !sameDraft(current, next)) {
    const ok = window.confirm('Replace the draft in the editor with these reports? The draft’s current text will be lost.');
    if (!ok) return false;
  }
  const written = writeStored(DRAFT_KEY, serialiseDraft(next));
  if (!written.ok) pendingDraft = next;
  navigateTo('?new');
  return true;
}

/** A draft handed over when storage refused it (the editor takes it from memory). */
let pendingDraft: ReturnType<typeof fromSharedReports> | null = null;
export function takePendingDraft() {
  const d = pendingDraft;
  pendingDraft = null;
  return d;
}
