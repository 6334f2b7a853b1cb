/**
 * Issue 16 item 4: the page at 3 × 1,000 real sentences. Enters three long reports in the editor, compares
 * them, and records the main thread's long tasks (PerformanceObserver 'longtask') while the comparison
 * arrives and paints, and while the lens is switched; prints the longest task, the count over 50 ms, the DOM
 * element count, and the worker's result message (its JSON length, and the time of a structuredClone of it).
 *
 * A measurement, not a test of the suite: it runs only when asked (PARALLAX_PERF=1), and it asserts nothing
 * timed. The sentence model's worker is kept from loading (its file request is refused), so the lexical
 * result is the one on screen and the model's encoding does not share the two cores with the measurement.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { realSentenceReports } from '../scripts/bench-data';

test.skip(!process.env.PARALLAX_PERF, 'a measurement: run with PARALLAX_PERF=1');
// Playwright's own work in the page is main-thread time too: a trace snapshots the DOM at each action, and a
// role locator walks the accessibility tree of all 14,000 elements at each poll (1–2 s tasks of its own at
// 3 × 1,000). So no trace, and while measuring only CSS selectors and clicks dispatched inside the page.
test.use({ trace: 'off' });

const COUNT = Number(process.env.PARALLAX_PERF_REPORTS ?? 3);
const PER_REPORT = Number(process.env.PARALLAX_PERF_SENTENCES ?? 1000);

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __messages: unknown[];
    __messageMs: number[];
  }
}

/** Long tasks since `from` (ms on the page's clock): the longest, the count over 50 ms, and all of them. */
async function tasksSince(page: Page, from: number) {
  return page.evaluate((t0) => {
    const list = window.__longTasks.filter((t) => t.start >= t0);
    return { longest: Math.round(Math.max(0, ...list.map((t) => t.duration))), over50: list.filter((t) => t.duration > 50).length, all: list.map((t) => Math.round(t.duration)) };
  }, from);
}

/** Waits until no long task has started for `quiet` ms (the page has settled), up to `limit` ms. */
async function settle(page: Page, quiet = 1500, limit = 60_000) {
  const start = Date.now();
  while (Date.now() - start < limit) {
    const idle = await page.evaluate(() => {
      const last = window.__longTasks.at(-1);
      return performance.now() - (last ? last.start + last.duration : 0);
    });
    // Blocks of a long report still to draw or to bring up to date are tasks too (short ones: no long task to see).
    const pending = await page.evaluate(() => document.querySelectorAll('[data-pending]').length);
    if (idle >= quiet && pending === 0) return;
    await page.waitForTimeout(250);
  }
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** PARALLAX_PERF_PROFILE=1 (or a folder to write them to): a CPU profile of the main thread per phase, its top self times printed (build unminified to read them). */
async function profiler(page: Page) {
  if (!process.env.PARALLAX_PERF_PROFILE) return { start: async () => {}, stop: async (_name: string) => {} };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  return {
    start: () => cdp.send('Profiler.start').then(() => undefined),
    stop: async (name: string) => {
      const { profile } = await cdp.send('Profiler.stop');
      // PARALLAX_PERF_PROFILE=dir: each phase's whole profile too (a .cpuprofile DevTools opens).
      if (process.env.PARALLAX_PERF_PROFILE !== '1') writeFileSync(`${process.env.PARALLAX_PERF_PROFILE}/${name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      profile.samples!.forEach((id, i) => {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + profile.timeDeltas![i]! / 1000);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
      console.log(`profile ${name}:\n${top.map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
    },
  };
}

test('3 × 1,000 sentences: long tasks while analysing and switching lenses', async ({ page }) => {
  test.setTimeout(600_000);
  const set = realSentenceReports(COUNT, PER_REPORT);
  await page.route(/\.onnx(\?|$)/, (route) => route.abort());
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__messageMs = [];
    window.__messages = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Keep the comparison the worker posts (the page's client sets `onmessage`), and time its handler.
    const Native = window.Worker;
    window.Worker = class extends Native {
      set onmessage(fn: ((e: MessageEvent) => void) | null) {
        super.onmessage = fn
          ? (e: MessageEvent) => {
              const t = performance.now();
              // A comparison's messages: its parts (if the worker cuts it up), then its head.
              if (e.data && typeof e.data === 'object' && ('comparison' in e.data || 'part' in e.data)) window.__messages.push(e.data);
              fn.call(this, e);
              window.__messageMs.push(performance.now() - t);
            }
          : null;
      }
      get onmessage() {
        return super.onmessage;
      }
    } as typeof Worker;
  });

  await page.goto('/?new');
  await expect(page.getByRole('heading', { level: 1, name: 'New comparison' })).toBeVisible();
  for (let n = 3; n <= COUNT; n++) await page.getByRole('button', { name: 'Add report' }).click();
  for (const [i, r] of set.reports.entries()) {
    const n = i + 1;
    await page.getByLabel(`Report ${n} outlet`).fill(r.outlet ?? `Outlet ${n}`);
    // A 150 kB text typed key by key would take minutes: the native setter and one input event, as a paste does.
    await page.getByLabel(`Report ${n} text`).evaluate((el, text) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, r.text);
  }
  await settle(page);

  // --- analysing and first paint ---
  const prof = await profiler(page);
  // PARALLAX_PERF_TRACE=file.json: a Chromium trace of this phase (what each long task did: script, style, layout, paint).
  const browser = page.context().browser();
  if (process.env.PARALLAX_PERF_TRACE && browser) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', ...(process.env.PARALLAX_PERF_TRACE_CATEGORIES?.split(',') ?? [])] });
  await prof.start();
  const t0 = await now(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForFunction(() => document.querySelector('section[data-report] [data-claim]') !== null, null, { timeout: 300_000, polling: 100 });
  const shownAt = await now(page);
  await settle(page);
  const analysing = await tasksSince(page, t0);
  await prof.stop('analyse+paint');
  if (process.env.PARALLAX_PERF_TRACE && browser) writeFileSync(process.env.PARALLAX_PERF_TRACE, await browser.stopTracing());
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  const sentencesInDom = await page.locator('[data-claim]').count();
  console.log(`analyse+paint: ${Math.round(shownAt - t0)} ms to the first sentence; longest task ${analysing.longest} ms, ${analysing.over50} over 50 ms [${analysing.all.join(', ')}]`);
  console.log(`DOM: ${dom} elements, ${sentencesInDom} sentence elements`);
  console.log(`message handler ms: ${(await page.evaluate(() => window.__messageMs.map((m) => Math.round(m)))).join(', ')}`);

  // --- the worker's result message ---
  const message = await page.evaluate(() => {
    // The last comparison's messages: from the message after the previous head to the last head.
    const all = window.__messages as { comparison?: { reports: { text: string }[] } }[];
    const heads = all.flatMap((m, i) => ('comparison' in m ? [i] : []));
    const last = heads.at(-1)!;
    const mine = all.slice((heads.at(-2) ?? -1) + 1, last + 1);
    // The word diffs come as typed arrays (packDiffs.ts): counted apart, in bytes, not as JSON.
    let packedBytes = 0;
    const sizes = mine.map((m) =>
      JSON.stringify(m, (k, v) => {
        // The claims' diffs are read back from those arrays (the page fills the head in place): not sent as JSON.
        if (k === 'diff') return undefined;
        if (ArrayBuffer.isView(v)) {
          packedBytes += v.byteLength;
          return 0;
        }
        return v;
      }).length,
    );
    const clone = (v: unknown) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        structuredClone(v);
        times.push(performance.now() - t);
      }
      return Math.round(times.sort((a, b) => a - b)[2]! * 10) / 10;
    };
    // The head was filled in place by the page (the parts appended to it): it is now the whole comparison.
    const whole = mine.at(-1)!.comparison!;
    const wholeSize = sizes.at(-1)!;
    const partSizes = sizes.slice(0, -1);
    const partsSize = partSizes.reduce((a, b) => a + b, 0);
    const biggestPart = mine[partSizes.indexOf(Math.max(...partSizes))];
    return {
      parts: partSizes.length,
      whole: wholeSize,
      head: wholeSize - partsSize,
      wholeJson: JSON.stringify(whole).length,
      biggestPart: Math.max(0, ...partSizes),
      texts: whole.reports.reduce((n, r) => n + r.text.length, 0),
      packedBytes,
      cloneWhole: clone(whole),
      cloneBiggestPart: biggestPart ? clone(biggestPart) : 0,
    };
  });
  console.log(
    `message: the comparison ${message.wholeJson} chars as JSON (report texts ${message.texts}), sent as ${message.whole} chars of JSON-like data in ${message.parts} part(s) of up to ${message.biggestPart} + a head of ~${message.head} + ${message.packedBytes} bytes of typed arrays (the word diffs, moved); structuredClone median of 5: the whole comparison ${message.cloneWhole} ms, the biggest part ${message.cloneBiggestPart} ms`,
  );

  // --- lens switches ---
  for (const name of ['Voices', 'Labels', 'Loaded language', 'Facts', 'Claims']) {
    await prof.start();
    const t = await now(page);
    await page.evaluate((label) => {
      const radio = [...document.querySelectorAll<HTMLElement>('[role="radiogroup"] [role="radio"]')].find((r) => r.textContent === label);
      radio!.click();
    }, name);
    await page.waitForFunction((label) => document.querySelector('[role="radio"][aria-checked="true"]')?.textContent === label, name, { polling: 100 });
    await settle(page);
    const lens = await tasksSince(page, t);
    await prof.stop(`lens ${name}`);
    console.log(`lens → ${name}: longest task ${lens.longest} ms, ${lens.over50} over 50 ms [${lens.all.join(', ')}]`);
  }

  // --- a claim from the middle of a column: S (next shared), then a click ---
  await prof.start();
  const t1 = await now(page);
  await page.evaluate(() => document.querySelector<HTMLElement>('section[data-report="0"] [data-claim]')!.click());
  await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true })));
  await settle(page);
  const select = await tasksSince(page, t1);
  await prof.stop('select+S');
  console.log(`select + S: longest task ${select.longest} ms, ${select.over50} over 50 ms [${select.all.join(', ')}]`);
  const dom2 = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`DOM at the end: ${dom2} elements`);
  await page.screenshot({ path: 'test-results/perf-3x1000.png' });
});
