import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The shared preview server on 4173 may have been started before vite.config changed (reuseExistingServer),
// so this file serves the built site itself, with the configuration as it is now.
const PORT = Number(process.env.PARALLAX_PORT ?? 4173) + 14;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(ORIGIN)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (server?.pid) server.kill();
});

/** Every CSP violation the page reports, and console errors. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

test('the preview sends the security headers, on the page and on the worker', async ({ request }) => {
  const res = await request.get(`${ORIGIN}/`);
  const csp = res.headers()['content-security-policy'] ?? '';
  for (const d of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ])
    expect(csp).toContain(d);
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers()['referrer-policy']).toBe('no-referrer');
  const html = await res.text();
  // No inline script in the built page; the meta fallback is there (without frame-ancestors, which meta cannot carry).
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  expect(html).toContain('<meta name="referrer" content="no-referrer"');
  const meta = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(meta).not.toContain('frame-ancestors');
  // The worker's own response carries the policy (a dedicated worker is governed by its script's headers).
  const worker = readdirSync('dist/assets').find((f) => /^analysis\.worker-.*\.js$/.test(f));
  expect(worker).toBeTruthy();
  const wres = await request.get(`${ORIGIN}/assets/${worker}`);
  expect(wres.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const data = await request.get(`${ORIGIN}/data/manifest.json`);
  expect(data.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('under the policy the page works: the seed comparison (worker, bundled vectors), the editor and a comparison of its own (the WebAssembly model), with no violation', async ({ page }) => {
  test.slow(); // the own comparison loads 37 MB of model and runtime
  const w = await watch(page);
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'US authorises anti-personnel mines for Ukraine' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sputnik', exact: true }).locator('[data-claim][data-kind]').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'New comparison' }).click();
  await page.getByLabel('Report 1 text').fill('Rescue workers searched the old town. Fourteen people were hurt.');
  await expect(page.getByTestId('report-1-stats')).toContainText('2 sentences', { timeout: 15_000 });
  // The seed refines from its shipped vectors; sentences of one's own need the model, compiled under 'wasm-unsafe-eval'.
  await page.getByLabel('Report 1 outlet').fill('First Outlet');
  await page.getByLabel('Report 2 outlet').fill('Second Outlet');
  await page.getByLabel('Report 2 text').fill('Fourteen people were injured, officials said. Rescue teams worked through the night.');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.locator('main[data-matcher-state="refined"]').waitFor({ state: 'attached', timeout: 180_000 });
  expect(await w.violations()).toEqual([]);
  expect(w.errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
});

test('an injected inline script, an inline event handler and code from a string are refused', async ({ page }) => {
  const w = await watch(page);
  await page.goto(`${ORIGIN}/?new`);
  await expect(page.getByRole('heading', { level: 1, name: 'New comparison' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const win = window as unknown as Record<string, unknown>;
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true');
    img.src = 'data:,broken';
    document.body.append(img);
    // Code from a string (DevTools' own evaluation is exempt from CSP, so the string goes through setTimeout).
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true;', 0);
    await new Promise((r) => setTimeout(r, 300));
    return { inline: win.__inlineRan === true, handler: win.__handlerRan === true, eval: win.__evalRan === true };
  });
  expect(ran).toEqual({ inline: false, handler: false, eval: false });
  const v = await w.violations();
  expect(v.some((x) => x.startsWith('script-src-elem inline'))).toBe(true);
  expect(v.some((x) => x.startsWith('script-src-attr inline'))).toBe(true);
  expect(v.some((x) => x.startsWith('script-src eval'))).toBe(true);
});

test('on a host that sends no headers, the <meta> policy still refuses inline script', async ({ page }) => {
  // Serve the same files with the security headers stripped, as a bare static host would.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const res = await route.fetch();
    const headers = { ...res.headers() };
    delete headers['content-security-policy'];
    delete headers['referrer-policy'];
    await route.fulfill({ response: res, headers });
  });
  const w = await watch(page);
  await page.goto(`${ORIGIN}/?new`);
  await expect(page.getByRole('heading', { level: 1, name: 'New comparison' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as Record<string, unknown>).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect((await w.violations()).some((x) => x.startsWith('script-src-elem inline'))).toBe(true);
  expect(await page.evaluate(() => document.referrer === '' && (document.querySelector('meta[name=referrer]') as HTMLMetaElement).content)).toBe('no-referrer');
});
