import { expect, test, type Page } from '@playwright/test';
import { refined } from './refined';
/** What the default sensitivity does, as the page words it for a reader. */
const DEFAULT_MATCH = 'Links likely matches';

const SEED_TITLE = 'US authorises anti-personnel mines for Ukraine';

async function openSeed(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sputnik', exact: true }).getByRole('button').first()).toBeVisible({ timeout: 15_000 });
  await settled(page);
  await refined(page);
}

function slider(page: Page) {
  return page.getByRole('slider', { name: /Sensitivity/ });
}

/** No re-analysis under way. */
async function settled(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Re-analysing' })).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  await refined(page);
}

/** The summary's overall counts. */
async function counts(page: Page) {
  const overall = page.getByRole('region', { name: 'Summary' }).locator('dl[aria-label="Claims overall"]');
  const read = async (label: string) =>
    Number(await overall.locator('div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').textContent());
  return { shared: await read('Shared'), partial: await read('Partial'), unique: await read('Unique') };
}

test('the loosest sensitivity links more, lives in the URL and survives a reload', async ({ page }) => {
  await openSeed(page);
  const control = slider(page);
  await expect(control).toHaveValue('0.5');
  await expect(page.getByText(DEFAULT_MATCH)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/sensitivity=/);
  const before = await counts(page);

  // Keyboard: End moves the range input to its maximum (loose).
  await control.focus();
  await control.press('End');
  await expect(control).toHaveValue('1');
  await expect(page.getByText('Links even loose, doubtful matches')).toBeVisible();
  await expect(page).toHaveURL(/[?&]sensitivity=1(&|$)/);
  await expect
    .poll(async () => {
      const c = await counts(page);
      return c.shared + c.partial;
    }, { timeout: 15_000 })
    .not.toBe(before.shared + before.partial);
  await settled(page);
  const loose = await counts(page);
  expect(loose.shared + loose.partial).toBeGreaterThanOrEqual(before.shared + before.partial);
  expect(loose.shared + loose.partial).not.toBe(before.shared + before.partial);

  // Reloading keeps the setting and gives the same result.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sputnik', exact: true }).getByRole('button').first()).toBeVisible({ timeout: 15_000 });
  await settled(page);
  await expect(slider(page)).toHaveValue('1');
  await expect(page).toHaveURL(/[?&]sensitivity=1(&|$)/);
  expect(await counts(page)).toEqual(loose);

  // Reset goes back to the tuned default and drops the parameter.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(slider(page)).toHaveValue('0.5');
  await expect(slider(page)).toBeFocused();
  await expect(page).not.toHaveURL(/sensitivity=/);
  await settled(page);
  expect(await counts(page)).toEqual(before);
});

test('the previous result stays on screen while re-analysing, and a selection survives', async ({ page }) => {
  await openSeed(page);
  const sputnik = page.getByRole('region', { name: 'Sputnik', exact: true });
  const text = (await sputnik.locator('[data-kind="shared"]').first().textContent())!.trim().slice(0, 60);
  // The same sentence whatever claim it is in later.
  const sentence = sputnik.locator('[data-claim]').filter({ hasText: text }).first();
  await sentence.click();
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]claim=c\d+/);

  // Strictest setting, with the arrow keys: ten steps of 0.05 down.
  const control = slider(page);
  await control.focus();
  for (let i = 0; i < 10; i++) await control.press('ArrowLeft');
  await expect(control).toHaveValue('0');
  // The columns never disappear while the worker runs.
  await expect(page.getByRole('region', { name: 'Sputnik', exact: true })).toBeVisible();
  await settled(page);
  await expect(page).toHaveURL(/[?&]sensitivity=0(&|$)/);

  // The selection is either carried to the claim that now holds the sentence, or dropped; never a stale id.
  const claim = new URL(page.url()).searchParams.get('claim');
  if (claim) {
    await expect(panel).toBeVisible();
    await expect(page.locator(`[data-claim="${claim}"]`).first()).toBeVisible();
    await expect(sentence).toHaveAttribute('data-claim', claim);
    await expect(sentence).toHaveAttribute('data-selected', 'true');
  } else {
    await expect(panel).toHaveCount(0);
  }
  // No notice about a missing claim: nothing went wrong.
  await expect(page.getByText(/does not exist in this comparison/)).toHaveCount(0);
});

test('a bad sensitivity in a link falls back to the default', async ({ page }) => {
  await openSeed(page, '?sensitivity=abc');
  await expect(slider(page)).toHaveValue('0.5');
  await expect(page.getByText(DEFAULT_MATCH)).toBeVisible();
});
