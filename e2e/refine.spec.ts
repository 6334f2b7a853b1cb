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
  await expect(page.locator('[data-sentence]').first()).toBeVisible();
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 120_000 });
  // A sensitivity change re-groups with the vectors already there: it comes back refined.
  await page.getByRole('slider').first().press('ArrowRight');
  await expect(notice).toHaveText('Matched by meaning and shared words', { timeout: 60_000 });
});

test('when the model file cannot be loaded the word-overlap claims stay, and the page says so', async ({ page, context }) => {
  test.slow();
  // context.route also sees the worker's requests.
  await context.route(/model_quantized.*\.onnx$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: /sentence model/ });
  await expect(notice).toHaveText('Sentence model unavailable: matched by shared words only', { timeout: 60_000 });
  await expect(notice).toHaveAttribute('title', /sentence model is missing \(HTTP 404\)/);
  await expect(page.locator('[data-sentence]').first()).toBeVisible();
});
