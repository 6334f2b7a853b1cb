import type { Page } from '@playwright/test';

/**
 * Wait until the sentence model has refined the claims on screen (or the
 * page has said it cannot). The page shows the word-overlap claims first and
 * swaps in the refined ones a few seconds later; a test that reads or clicks
 * claims waits for that, as a reader sees the page settle. (`<main>` carries
 * the state on every layout; the visible notice sits in the options bar,
 * folded away on phones.)
 */
export async function refined(page: Page): Promise<void> {
  await page.locator('main[data-matcher-state="refined"], main[data-matcher-state="unavailable"]').first().waitFor({ state: 'attached', timeout: 120_000 });
}
