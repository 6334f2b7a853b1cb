/**
 * The sentence model in the page: the lexical result first, then the refined
 * one. A bundled event refines from the vectors shipped with the app
 * (data/embeddings/bundled.json) and never downloads the model; a reader's
 * own report loads the model and encodes its sentences.
 */
import { expect, test, type Page } from '@playwright/test';

/** Every URL the page and its workers request (Chromium reports dedicated workers' fetches to the context). */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}
const MODEL_FILES = /model_quantized[^/]*\.onnx|ort-wasm[^/]*\.wasm/;

test('a bundled event shows claims at once, then refines them from its shipped vectors without downloading the model', async ({ page }) => {
  const urls = requests(page);
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: /sentence model|meaning/ });
  // The columns are readable before the refined claims.
  await expect(page.locator('[data-sentence]').first()).toBeVisible({ timeout: 30_000 });
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 120_000 });
  expect(urls.some((u) => /\/assets\/bundled-[^/]*\.json$/.test(u))).toBe(true);
  expect(urls.filter((u) => MODEL_FILES.test(u))).toEqual([]);
  // A sensitivity change re-groups with the vectors already there: it comes back refined.
  await page.getByRole('slider').first().press('ArrowRight');
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 60_000 });
  expect(urls.filter((u) => MODEL_FILES.test(u))).toEqual([]);
});

test('a report of your own loads the sentence model and refines its claims', async ({ page }) => {
  test.slow(); // 37 MB of model and runtime, then every sentence encoded
  const urls = requests(page);
  await page.goto('/?new');
  await page.getByLabel('Report 1 outlet').fill('First Outlet');
  await page.getByLabel('Report 1 text').fill('Police arrested the suspect on Tuesday night. The festival opens on Friday with a concert.');
  await page.getByLabel('Report 2 outlet').fill('Second Outlet');
  await page.getByLabel('Report 2 text').fill('The suspect was taken into custody by officers late Tuesday. Shares in the bank fell on Monday.');
  await page.getByRole('button', { name: 'Compare' }).click();
  const notice = page.getByRole('status').filter({ hasText: /sentence model|meaning/ });
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 180_000 });
  expect(urls.some((u) => MODEL_FILES.test(u))).toBe(true);
});

// The fallback when the model file is missing is tested below the page: src/node/model.test.ts (a missing
// or damaged file gives the lexical result with a notice) and src/worker/client.test.ts (the worker's model
// failure reaches the page as ModelUnavailableError). Playwright's routing does not reach this module
// worker's fetches here (a routed request stalls), so a page-level test could not simulate the missing file.
