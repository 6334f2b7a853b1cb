/**
 * The sentence model's throughput IN THE PAGE, for `npm run bench`: the built
 * app (dist/) served by `vite preview`, real Chromium (/usr/bin/chromium), and
 * the app's own analysis worker asked to refine reports of dev sentences. The
 * worker answers with how many sentences it encoded and how long the request
 * took, so the figure is the worker's: model load excluded (a first, tiny
 * refine loads it), the lexical analysis of the same request included (a few
 * per cent of it at this size).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export async function pageModelThroughput(root: string, texts: string[]): Promise<string> {
  const assets = path.join(root, 'dist/assets');
  if (!existsSync(assets)) return 'not measured (dist/ not found: run npm run build first)';
  const worker = readdirSync(assets).find((f) => /^analysis\.worker-.*\.js$/.test(f));
  if (!worker) return 'not measured (no analysis worker in dist/assets)';
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `not measured (${executablePath} not installed)`;
  const { preview } = await import('vite');
  const { chromium } = await import('@playwright/test');
  const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    if (!url) return 'not measured (the preview server gave no address)';
    const page = await browser.newPage();
    await page.goto(url);
    const half = Math.ceil(texts.length / 2);
    // A string, not a function: tsx (esbuild keepNames) would wrap a function's inner closures in a
    // `__name` helper the page does not have.
    const script = `(async () => {
      const w = new Worker(${JSON.stringify(`/assets/${worker}`)}, { type: 'module' });
      let next = 0;
      const ask = (reports) => new Promise((resolve) => {
        const id = ++next;
        // A big result comes as 'part' messages first, then its head (src/worker/protocol.ts): wait for the head.
        w.onmessage = (e) => { if (e.data.id === id && !e.data.part) resolve(e.data); };
        w.postMessage({ id, kind: 'refine', reports });
      });
      const warm = await ask([{ id: 'x', outlet: 'X', sentences: ['A warm-up sentence for the model.'] }, { id: 'y', outlet: 'Y', sentences: ['Another one, to load it.'] }]);
      if (!warm.ok) return warm;
      const run = await ask([{ id: 'a', outlet: 'A', sentences: ${JSON.stringify(texts.slice(0, half))} }, { id: 'b', outlet: 'B', sentences: ${JSON.stringify(texts.slice(half))} }]);
      w.terminate();
      return { ok: run.ok, ms: run.ms, encoded: run.encoded, message: run.message };
    })()`;
    const result = (await page.evaluate(script)) as { ok: boolean; ms?: number; encoded?: number; message?: string };
    if (!result.ok || !result.ms || !result.encoded) return `not measured (${result.message ?? 'the worker encoded nothing'})`;
    return `${result.encoded} dev sentences in ${(result.ms / 1000).toFixed(2)} s = ${Math.round((result.encoded * 1000) / result.ms)} sentences/s (Chromium ${browser.version()}, the app's worker, one thread)`;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
