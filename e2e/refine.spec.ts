/**
 * The sentence model in the page: the lexical result first, then the refined
 * one; and the lexical result, with a notice, when the model cannot load.
 */
import { expect, test } from '@playwright/test';

test('the seed page shows claims at once, then refines them with the sentence model', async ({ page }) => {
  test.slow(); // the first load fetches 37 MB of model and runtime and encodes every sentence
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: /sentence model|meaning/ });
  // The columns are readable before the model is ready.
  await expect(page.locator('[data-sentence]').first()).toBeVisible({ timeout: 30_000 });
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 120_000 });
  // A sensitivity change re-groups with the vectors already there: it comes back refined.
  await page.getByRole('slider').first().press('ArrowRight');
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 60_000 });
});

// The fallback when the model file is missing is tested below the page: src/node/model.test.ts (a missing
// or damaged file gives the lexical result with a notice) and src/worker/client.test.ts (the worker's model
// failure reaches the page as ModelUnavailableError). Playwright's routing does not reach this module
// worker's fetches here (a routed request stalls), so a page-level test could not simulate the missing file.
