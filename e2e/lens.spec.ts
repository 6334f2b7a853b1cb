import AxeBuilder from '@axe-core/playwright';
import { refined } from './refined';
import { expect, test, type Page } from '@playwright/test';

const SEED_TITLE = 'US authorises anti-personnel mines for Ukraine';

function column(page: Page, outlet: string) {
  return page.getByRole('region', { name: outlet, exact: true });
}

function lens(page: Page, name: string) {
  return page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name, exact: true });
}

async function openSeed(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(column(page, 'Sputnik').locator('[data-claim]').first()).toBeVisible({ timeout: 15_000 });
  await refined(page);
}

test('the lens switcher is a radio group: Claims by default, arrows switch, the URL keeps it', async ({ page }) => {
  await openSeed(page);
  await expect(lens(page, 'Claims')).toHaveAttribute('aria-checked', 'true');
  await expect(page).not.toHaveURL(/lens=/);
  await lens(page, 'Claims').focus();
  await page.keyboard.press('ArrowRight');
  await expect(lens(page, 'Voices')).toHaveAttribute('aria-checked', 'true');
  await expect(lens(page, 'Voices')).toBeFocused();
  await expect(page).toHaveURL(/[?&]lens=voices/);
  await page.keyboard.press('ArrowRight');
  await expect(lens(page, 'Labels')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await expect(lens(page, 'Facts')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowRight'); // wraps
  await expect(lens(page, 'Claims')).toHaveAttribute('aria-checked', 'true');
  await expect(page).not.toHaveURL(/lens=/);
  // The claims view has no lens marks; a lens shows its legend.
  await expect(page.locator('[data-mark]')).toHaveCount(0);
  await lens(page, 'Loaded language').click();
  await expect(page.getByRole('list', { name: 'Lens legend' })).toContainText('Hedge');
});

test('Voices: quotations marked in Izvestia, the speaker on focus, unattributed sentences distinct', async ({ page }) => {
  await openSeed(page, '?lens=voices');
  const izvestia = column(page, 'Izvestia');
  expect(await izvestia.locator('[data-mark="quote"]').count()).toBeGreaterThan(5);
  expect(await izvestia.locator('[data-mark="cue"]').count()).toBeGreaterThan(3);
  const sentence = izvestia.getByRole('button', { name: /the transfer of another batch will not solve anything/ });
  await expect(sentence).toHaveAccessibleDescription(/Quoted: Vladislav Shurygin, military expert/);
  await sentence.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Quoted: Vladislav Shurygin, military expert');
  // A sentence in the outlet's own voice says so.
  const own = izvestia.getByRole('button', { name: /^The law is unwritten/ });
  await own.focus();
  await expect(page.getByRole('tooltip')).toContainText('Unattributed: the outlet says this in its own voice');
});

test('Labels: "Kiev regime" in Izvestia is marked as a loaded label for Ukraine, with the note on hover', async ({ page }) => {
  await openSeed(page, '?lens=labels');
  const mark = column(page, 'Izvestia').locator('[data-mark="ukraine"]', { hasText: 'Kiev regime' }).first();
  await expect(mark).toHaveAttribute('data-flag', 'loaded');
  await expect(column(page, 'Izvestia').locator('[data-mark="ukraine"][data-flag="neutral"]').first()).toBeVisible();
  await mark.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("“Kiev regime”: label for Ukraine's government and armed forces — loaded: 'Regime' denies the government legitimacy");
});

test('Loaded language: "puppeteers" is marked loaded, its explanation on focus and on hover', async ({ page }) => {
  await openSeed(page, '?lens=loaded');
  const izvestia = column(page, 'Izvestia');
  const mark = izvestia.locator('[data-mark="loaded"]', { hasText: 'puppeteers' });
  await expect(mark).toHaveCount(1);
  const sentence = izvestia.getByRole('button', { name: /Western puppeteers looked on/ });
  await expect(sentence).toHaveAccessibleDescription(/“puppeteers”: loaded — 'Puppet'\/'puppeteers' denies one side a will of its own/);
  await sentence.focus();
  await expect(page.getByRole('tooltip')).toContainText('Inside a quotation: the words of');
  await mark.hover();
  await expect(page.getByRole('tooltip')).toContainText('“puppeteers”: loaded');
  await expect(page.getByRole('tooltip')).not.toContainText('regime');
});

test('Facts: "$625 million" is marked as money; hovering says who else gives a figure', async ({ page }) => {
  await openSeed(page, '?lens=facts');
  const money = column(page, 'Unnamed Russian outlet').locator('[data-mark="money"]', { hasText: '$625 million' });
  await expect(money).toHaveCount(1);
  await money.hover();
  await expect(page.getByRole('tooltip')).toContainText('“$625 million”: money, 625,000,000 USD');
  await expect(page.getByRole('tooltip')).toContainText('No other outlet gives this figure.');
  // A year both Izvestia and the unnamed outlet give.
  const year = column(page, 'Izvestia').locator('[data-mark="date"]', { hasText: /^2005$/ }).first();
  await year.hover();
  await expect(page.getByRole('tooltip')).toContainText('Also given by Unnamed Russian outlet.');
  // Kiev's 1999 signature and the treaty's 1997 signing are different facts: nothing is flagged as a disagreement.
  await expect(page.locator('[data-mark="date"][data-flag="discrepancy"]')).toHaveCount(0);
});

test('the framing summary opens from the header, reads per outlet, and lives in the URL', async ({ page }) => {
  await openSeed(page);
  const toggle = page.getByRole('button', { name: 'Framing summary', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Framing summary' });
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(/[?&]panel=framing/);
  const izvestia = panel.getByRole('article', { name: 'Framing: Izvestia' });
  await expect(izvestia.getByRole('list', { name: 'Quoted or cited by Izvestia' })).toContainText('Vladislav Shurygin');
  await expect(izvestia).toContainText('31% of the text is direct quotation');
  await expect(izvestia.locator('[data-tone="loaded"]', { hasText: 'Kiev regime' })).toBeVisible();
  const unnamed = panel.getByRole('article', { name: 'Framing: Unnamed Russian outlet' });
  await expect(unnamed.getByRole('list', { name: 'Quoted or cited by Unnamed Russian outlet' })).toContainText('The Washington Post');
  await expect(unnamed).toContainText('$625 million');
  // The facts matrix: figure × outlet.
  const table = panel.getByRole('table', { name: /Which outlet gives which figure/ });
  const row = table.getByRole('row', { name: /\$625 million/ });
  await expect(row.getByRole('cell').nth(2)).toContainText('given');
  await expect(row.getByRole('cell').nth(0)).toContainText('not given');
  await expect(table).not.toContainText('Outlets disagree');
  // Survives a reload; Close takes it out of the URL.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Framing summary' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('region', { name: 'Framing summary' }).getByRole('button', { name: /Close/ }).click();
  await expect(page.getByRole('region', { name: 'Framing summary' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/panel=/);
  await expect(page.getByRole('button', { name: 'Framing summary', exact: true })).toBeFocused();
});

test('the lens survives a reload; a bad lens falls back to Claims', async ({ page }) => {
  await openSeed(page, '?lens=labels');
  await expect(lens(page, 'Labels')).toHaveAttribute('aria-checked', 'true');
  await page.reload();
  await expect(lens(page, 'Labels')).toHaveAttribute('aria-checked', 'true', { timeout: 15_000 });
  await expect(column(page, 'Izvestia').locator('[data-mark="ukraine"]').first()).toBeVisible();
  await openSeed(page, '?lens=sideways');
  await expect(lens(page, 'Claims')).toHaveAttribute('aria-checked', 'true');
});

test('coverage strips go to a sentence; the combinations chart counts claims per set of outlets', async ({ page }) => {
  await openSeed(page);
  const strip = column(page, 'Izvestia').getByRole('slider', { name: /Where Izvestia’s claims lie/ });
  const sentences = await column(page, 'Izvestia').locator('[data-claim]').count();
  // A slider over the report's sentences: one tab stop; arrows, Home and End move along it; Enter goes to the sentence.
  await expect(strip).toHaveAttribute('aria-valuemax', String(sentences));
  await strip.focus();
  await expect(strip).toHaveAttribute('aria-valuenow', '1');
  await expect(strip).toHaveAttribute('aria-valuetext', new RegExp(`^Sentence 1 of ${sentences}: (shared|partial|unique) claim \\(c\\d+\\)$`));
  await page.keyboard.press('ArrowRight');
  await expect(strip).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.press('End');
  await expect(strip).toHaveAttribute('aria-valuenow', String(sentences));
  const label = (await strip.getAttribute('aria-valuetext')) ?? '';
  const claim = /\((c\d+)\)$/.exec(label)?.[1];
  expect(claim).toBeTruthy();
  await expect(strip).toBeFocused();
  await page.keyboard.press('Enter');
  const last = column(page, 'Izvestia').locator('[data-claim]').last();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('data-claim', claim!);
  await page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: 'Summary' }).click();
  const chart = page.getByRole('group', { name: 'Claims by combination of outlets' });
  await expect(chart.getByRole('listitem').first()).toContainText(/All three outlets\s*:?\s*\d+/);
  await expect(chart).toContainText('Izvestia + Unnamed Russian outlet');
  await expect(chart).toContainText('Sputnik alone');
});

test('no serious accessibility violations with a lens and the framing summary (axe)', async ({ page }) => {
  // axe over every mark and the framing summary takes long on a loaded machine (it timed out at 30 s in full runs).
  test.slow();
  await openSeed(page, '?lens=voices&panel=framing');
  await expect(page.getByRole('region', { name: 'Framing summary' })).toBeVisible();
  await column(page, 'Izvestia').locator('[data-mark="quote"]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a coverage strip whose code cannot be fetched leaves its empty box; the columns and lenses still work', async ({ page }) => {
  // The strip is a chunk of its own (ReportColumn.tsx): offline or after a deploy it can fail to load.
  await page.route(/\/assets\/CoverageStrip-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await openSeed(page);
  await expect(column(page, 'Izvestia').getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await lens(page, 'Voices').click();
  await expect(column(page, 'Izvestia').locator('[data-mark="quote"]').first()).toBeVisible();
});

test('a lens whose code cannot be fetched says so and can be tried again; the columns keep the lens they show', async ({ page }) => {
  // The lens views are chunks loaded on demand (src/ui/lens/views.ts): offline or after a deploy they can fail.
  const block = (route: import('@playwright/test').Route) => route.abort('internetdisconnected');
  await page.route(/\/assets\/lens-[a-z]+-[^/]*\.js$/, block);
  await openSeed(page);
  await lens(page, 'Voices').click();
  const alert = page.getByRole('alert').filter({ hasText: 'The Voices lens could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('the columns still show Claims');
  await expect(page.locator('[data-mark]')).toHaveCount(0);
  await page.unroute(/\/assets\/lens-[a-z]+-[^/]*\.js$/, block);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeHidden();
  await expect(column(page, 'Izvestia').locator('[data-mark="quote"]').first()).toBeVisible();
});
