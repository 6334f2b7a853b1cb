/**
 * Reading a comparison at a glance: the claims list (filters, rows that open claims), the room the
 * text gets at 1280×720 and on a phone (390×844), the keyboard (skip links, one Tab stop per column,
 * Escape) and axe in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { refined } from './refined';
import { expect, test, type Page } from '@playwright/test';

// The analysis runs in workers (and a sentence model refines it); give a loaded machine time.
test.describe.configure({ timeout: 90_000 });

const SEED_TITLE = 'US authorises anti-personnel mines for Ukraine';
const OUTLETS = ['Sputnik', 'Izvestia', 'Unnamed Russian outlet'] as const;

function column(page: Page, outlet: string) {
  return page.getByRole('region', { name: outlet, exact: true });
}

function claimDetails(page: Page) {
  return page.getByRole('complementary', { name: 'Claim details' }).or(page.getByRole('dialog', { name: 'Claim details' }));
}

function claimsTable(page: Page) {
  return page.getByRole('table', { name: 'Claims', exact: true });
}

async function openSeed(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.locator('section[data-report] [data-claim]').first()).toBeVisible({ timeout: 30_000 });
  await refined(page);
}

/** The summary's overall counts (its one-line form). */
async function totals(page: Page) {
  const overall = page.getByRole('region', { name: 'Summary' }).locator('dl[aria-label="Claims overall"]');
  const read = async (label: string) =>
    Number(await overall.locator('div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').textContent());
  return { all: await read('Claims'), shared: await read('Shared'), partial: await read('Partial'), unique: await read('Unique') };
}

/** How much of the first visible column's text is on screen, and where its first sentence is. */
async function textRoom(page: Page) {
  return page.evaluate(() => {
    const scroller = [...document.querySelectorAll<HTMLElement>('[data-column-scroller]')].find((e) => e.offsetParent !== null)!;
    const box = scroller.getBoundingClientRect();
    const first = scroller.querySelector('[data-claim]')!.getBoundingClientRect();
    return { visible: Math.min(box.bottom, innerHeight) - Math.max(box.top, 0), firstTop: first.top, firstBottom: first.bottom };
  });
}

test('the claims list shows every claim and filters to shared ones', async ({ page }) => {
  await openSeed(page);
  const t = await totals(page);
  expect(t.all).toBe(t.shared + t.partial + t.unique);
  await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  const list = page.getByRole('region', { name: 'Claims list' });
  await expect(list).toBeVisible();
  await expect(page).toHaveURL(/[?&]panel=claims/);
  const rows = claimsTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(t.all);

  await list.getByRole('radio', { name: 'Shared', exact: true }).check();
  await expect(page).toHaveURL(/[?&]kind=shared/);
  await expect(rows).toHaveCount(t.shared);
  for (const kind of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(kind).toContain('Shared');
  await list.getByRole('radio', { name: 'Unique', exact: true }).check();
  await expect(rows).toHaveCount(t.unique);

  // By outlet: Izvestia alone (the combination), then text search.
  await list.getByRole('radio', { name: 'All kinds' }).check();
  await list.getByRole('group', { name: 'Outlets' }).getByRole('button', { name: 'Izvestia' }).click();
  await list.getByRole('checkbox', { name: /only this outlet/ }).check();
  await expect(page).toHaveURL(/[?&]outlets=1&only=1/);
  const alone = await rows.count();
  expect(alone).toBeGreaterThan(0);
  for (const outlets of await rows.locator('td:nth-child(3) .sr-only').allInnerTexts()) expect(outlets).toBe('Izvestia');
  await list.getByRole('button', { name: 'Clear filters' }).click();
  await list.getByRole('searchbox', { name: 'Search claims' }).fill('Ottawa');
  await expect(page).toHaveURL(/[?&]q=Ottawa/);
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allInnerTexts()) expect(text).toBeTruthy();

  // The filters live in the address: a reload keeps them.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('Ottawa', { timeout: 30_000 });

  // Escape closes the list, focus goes back to a sensible place.
  await page.getByRole('searchbox', { name: 'Search claims' }).press('Escape');
  await expect(list).toHaveCount(0);
  await expect(page).not.toHaveURL(/panel=/);
});

test('the summary counts open the list filtered', async ({ page }) => {
  await openSeed(page);
  const t = await totals(page);
  await page.getByRole('button', { name: /unique claims: list them/ }).click();
  await expect(page.getByRole('region', { name: 'Claims list' }).getByRole('radio', { name: 'Unique', exact: true })).toBeChecked();
  await expect(claimsTable(page).locator('tbody tr')).toHaveCount(t.unique);
  await page.keyboard.press('Escape');
  // The combinations chart, in the unfolded summary.
  await page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: 'Summary' }).click();
  await page.getByRole('group', { name: 'Claims by combination of outlets' }).getByRole('button', { name: 'Sputnik alone' }).click();
  await expect(page).toHaveURL(/[?&]outlets=0&only=1/);
  for (const outlets of await claimsTable(page).locator('tbody td:nth-child(3) .sr-only').allInnerTexts()) expect(outlets).toBe('Sputnik');
});

test('a row of the list opens its claim; next/previous jumps move through the outlet', async ({ page }) => {
  await openSeed(page, '?panel=claims');
  const row = claimsTable(page).locator('tbody tr').nth(3);
  const claim = (await row.getAttribute('data-claim-row'))!;
  await row.getByRole('button').click();
  await expect(claimDetails(page)).toBeVisible();
  await expect(claimDetails(page).getByText(claim, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]claim=${claim}(&|$)`));
  await expect(row).toHaveAttribute('aria-current', 'true');
  const sentence = page.locator(`section[data-report] [data-claim="${claim}"]`).first();
  await expect(sentence).toHaveAttribute('aria-pressed', 'true');
  await expect(sentence).toBeInViewport();

  // "Next unique in <outlet>" from the panel, and U / Shift+U from the keyboard.
  const next = claimDetails(page).getByRole('button', { name: /^Next unique claim in / });
  if (await next.isEnabled()) {
    await next.click();
    await expect(page).not.toHaveURL(new RegExp(`[?&]claim=${claim}(&|$)`));
    await expect(claimDetails(page).getByText('Unique', { exact: true })).toBeVisible();
    // The keyboard does the same: U is the next unique claim in this outlet.
    const again = claimDetails(page).getByRole('button', { name: /^Next unique claim in / });
    if (await again.isEnabled()) {
      const at = page.url();
      await page.locator('body').press('u');
      await expect.poll(() => page.url()).not.toBe(at);
    }
  }
});

test('1280×720: the columns get most of the screen', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSeed(page);
  const room = await textRoom(page);
  expect(room.visible).toBeGreaterThanOrEqual(420);
  await page.screenshot({ path: info.outputPath('1280x720.png') });
  // With a claim open the panel docks beside the columns and the text keeps its height.
  await column(page, 'Sputnik').locator('[data-claim]').nth(2).click();
  await expect(claimDetails(page)).toBeVisible();
  expect((await textRoom(page)).visible).toBeGreaterThanOrEqual(420);
  // Line length stays readable: no column's paragraph is wider than about 70 characters.
  const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('[data-column-scroller] > div')].map((d) => d.getBoundingClientRect().width)));
  expect(widest).toBeLessThanOrEqual(720);
});

test('390×844 (phone): the first sentence is on the first screen; outlets are tabs; panels are sheets', async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSeed(page);
  const room = await textRoom(page);
  expect(room.firstBottom).toBeLessThan(844);
  expect(room.firstTop).toBeLessThan(420);
  await page.screenshot({ path: info.outputPath('390x844.png') });
  const tabs = page.getByRole('tablist', { name: 'Outlets' });
  await expect(tabs.getByRole('tab')).toHaveCount(OUTLETS.length);

  // A claim opens as a sheet; "Show in text" brings another outlet's sentence one tap away.
  await column(page, 'Sputnik').locator('[data-kind="partial"], [data-kind="shared"]').first().click();
  const sheet = page.getByRole('dialog', { name: 'Claim details' });
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(840); // anchored to the bottom, where the thumb is
  await page.screenshot({ path: info.outputPath('390x844-claim.png') });
  const outlet = await sheet.getByRole('heading', { level: 3 }).nth(1).innerText();
  await sheet.getByRole('button', { name: `Show in text of ${outlet}` }).click();
  await expect(tabs.getByRole('tab', { name: outlet })).toHaveAttribute('aria-selected', 'true');
  await expect(column(page, outlet).locator('[data-claim]:focus')).toBeInViewport();
  await page.getByRole('button', { name: /Back to the claim/ }).click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // The framing summary opens where the reader looks (a sheet on top of the page).
  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByRole('button', { name: 'Framing summary', exact: true }).click();
  const framing = page.getByRole('region', { name: 'Framing summary' });
  await expect(framing).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(framing).toHaveCount(0);
});

test('keyboard: skip links, one Tab stop per column, Escape closes every panel', async ({ page }) => {
  await openSeed(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the reports' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const sputnik = column(page, 'Sputnik');
  await expect(sputnik.locator('[data-claim]').first()).toBeFocused();

  // Each column has exactly one sentence in the Tab order; Tab leaves the column.
  for (const outlet of OUTLETS) await expect(column(page, outlet).locator('[data-claim][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = sputnik.locator('[data-claim]').nth(2);
  await expect(third).toBeFocused();
  await expect(sputnik.locator('[data-claim][tabindex="0"]')).toHaveCount(1);
  await expect(third).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab');
  await expect(sputnik.locator('[data-claim]:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(third).toBeFocused(); // back to where it was

  // The second skip link opens the claims list and puts focus in it.
  await page.getByRole('link', { name: 'Skip to the claims list' }).focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: 'Claims list' });
  await expect(list).toBeVisible();
  await expect(list).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);

  // Escape closes the framing summary too, and the claim panel.
  await page.getByRole('button', { name: 'Framing summary', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Framing summary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Framing summary' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/panel=/);
  await third.press('Enter');
  await expect(claimDetails(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(claimDetails(page)).toHaveCount(0);
  await expect(third).toBeFocused();
  // Focus is visible: a focused sentence draws an outline.
  await page.keyboard.press('ArrowDown');
  const outline = await sputnik.locator('[data-claim]:focus').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations with the list and a claim open (axe, ${colorScheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await openSeed(page, '?panel=claims');
    await claimsTable(page).locator('tbody tr').nth(1).getByRole('button').click();
    await expect(claimDetails(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
