/**
 * Issue 14, "Take it to class": the Export menu, the printed handout, hidden
 * outlet names with Reveal, and the maker's title and note. By role and
 * label, in real Chromium.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { refined } from './refined';

// Each test loads the seed and its sentence model; on a loaded two-core machine that alone can take a minute.
test.describe.configure({ timeout: 240_000 });

const SEED_TITLE = 'US authorises anti-personnel mines for Ukraine';
const OUTLETS = /Sputnik|Izvestia|Unnamed Russian outlet/i;

async function openSeed(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await refined(page);
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
}

/** Picks a format from the Export menu and returns the downloaded file's name and text. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** window.print() counts its calls instead of opening the dialog (headless Chromium has none). */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

test('the Export menu works from the keyboard: opens on the first item, arrows move, Escape closes and returns focus', async ({ page }) => {
  await openSeed(page);
  const button = page.getByRole('button', { name: 'Export' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem', { name: /^JSON/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^CSV/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: /^HTML/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^JSON/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // ↑ opens on the last item; Enter on an item downloads it.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: /^HTML/ })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('us-authorises-anti-personnel-mines-for-ukraine.html');
  await expect(button).toBeFocused();
});

test('each format downloads with the page’s title and the comparison on screen', async ({ page }) => {
  await openSeed(page);
  const claims = await page.locator('[data-claim]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-claim'))).size);

  const json = await exportAs(page, /^JSON/);
  expect(json.name).toBe('us-authorises-anti-personnel-mines-for-ukraine.json');
  const data = JSON.parse(json.text) as { schema: string; reports: { outlet: string }[]; claims: unknown[]; export: { title: string; date: string } };
  expect(data.schema).toBe('parallax.comparison/1');
  expect(data.reports.map((r) => r.outlet)).toEqual(['Sputnik', 'Izvestia', 'Unnamed Russian outlet']);
  expect(data.claims).toHaveLength(claims);
  expect(data.export).toEqual({ title: SEED_TITLE, date: '2024-11-20' });

  const csv = await exportAs(page, /^CSV/);
  expect(csv.name).toBe('us-authorises-anti-personnel-mines-for-ukraine.csv');
  expect(csv.text.startsWith('\uFEFFclaim,kind,outlet,sentence,strength,edited,note\r\n')).toBe(true);
  expect(csv.text).toContain(',Sputnik,');

  const md = await exportAs(page, /^Markdown/);
  expect(md.name).toBe('us-authorises-anti-personnel-mines-for-ukraine.md');
  expect(md.text.startsWith(`# ${SEED_TITLE}\n\nDate: 2024-11-20\n`)).toBe(true);
  expect(md.text).toContain('## Shared claims (every outlet):');
  expect(md.text).toContain('## Framing summary');

  const html = await exportAs(page, /^HTML/);
  expect(html.text.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html.text).toContain(`<title>${SEED_TITLE}</title>`);
  expect(html.text).not.toContain('<script');
});

test('Hide outlet names: no outlet name left in the page, its title, panels or exports; kept on reload; Reveal brings them back', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('switch', { name: 'Hide outlet names' }).check();
  await expect(page).toHaveURL(/[?&]hideOutlets=1/);
  for (const label of ['Outlet A', 'Outlet B', 'Outlet C']) await expect(page.getByRole('region', { name: label, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Classroom mode' })).toContainText('Outlet names are hidden.');

  // Panels too: a claim, the claims list, the framing summary, the questions.
  await page.locator('section[data-report="1"] [data-claim]').first().click();
  await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  await page.getByRole('button', { name: 'Framing summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Framing summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Questions for students' }).click();
  await expect(page.getByRole('region', { name: 'Questions for students' }).getByRole('listitem')).toHaveCount(9);
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(OUTLETS);
  expect(await page.title()).not.toMatch(OUTLETS);
  // What a text says of its own outlet ("MINSK (Sputnik)", "told Izvestia") is hidden as well.
  await expect(page.locator('section[data-report="1"]')).toContainText('told Outlet B');

  const md = await exportAs(page, /^Markdown/);
  expect(md.text).not.toMatch(OUTLETS);
  expect(md.text).toContain('Outlet A');
  const json = await exportAs(page, /^JSON/);
  expect(json.text).not.toMatch(OUTLETS);

  await page.reload();
  await refined(page);
  await expect(page.getByRole('switch', { name: 'Hide outlet names' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Outlet A', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(OUTLETS);

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revealed:' })).toContainText(
    'Outlet A is Sputnik; Outlet B is Izvestia; Outlet C is Unnamed Russian outlet.',
  );
  await expect(page.getByRole('region', { name: 'Sputnik', exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/hideOutlets/);
});

test('three clicks from the seed page to a printed handout with hidden names; the handout fits the page', async ({ page }) => {
  await openSeed(page);
  await stubPrint(page);
  await page.getByRole('switch', { name: 'Hide outlet names' }).click(); // 1
  await page.getByRole('button', { name: 'Print handout' }).click(); // 2 (3 is the browser's Print)
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // The printable width of A4 with the stylesheet's margins: 210 − 2 × 15 mm = 180 mm ≈ 680 px.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Handout' });
  await expect(handout).toBeVisible();
  await expect(handout.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  for (const h of [/^Shared claims \(\d+\)/, /^Partial claims \(\d+\)/, /^Unique claims \(\d+\)/, /^Framing summary$/, /^Questions for discussion$/, /^How to read this handout$/])
    await expect(handout.getByRole('heading', { name: h })).toBeVisible();
  await expect(handout.locator('b.handout-only').first()).toBeVisible();
  // No controls printed, no outlet name, nothing wider than the page.
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  expect(await page.locator('[data-screen]').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(OUTLETS);
  expect(text).toContain('Outlet A:');
  const widths = await page.evaluate(() => {
    const page = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll('.handout, .handout *')]
      .map((el) => ({ tag: el.tagName, right: el.getBoundingClientRect().right }))
      .filter((e) => e.right > page + 0.5);
    return { page, scroll: document.documentElement.scrollWidth, wider: wider.slice(0, 5) };
  });
  expect(widths.wider).toEqual([]);
  expect(widths.scroll).toBeLessThanOrEqual(widths.page);

  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThan(40);
});

test('a title and a note from the editor head the comparison, survive its link with hidden names, and name it in the recent list', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('Comparison title').fill('Earthquake <b>coverage</b>');
  await page.getByLabel('Note to readers').fill('Read each first sentence.\nWhich outlet counts the injured?');
  await page.getByLabel('Report 1 outlet').fill('Harbour Herald');
  await page.getByLabel('Report 1 text').fill('A magnitude 5.8 earthquake struck Portvale on Tuesday, officials said. At least 14 people were injured, the Harbour Herald learned.');
  await page.getByLabel('Report 2 outlet').fill('Daily Courier');
  await page.getByLabel('Report 2 text').fill('An earthquake of magnitude 5.8 shook Portvale on Tuesday. Fourteen people were hurt, according to the health authority.');
  await page.getByRole('button', { name: 'Compare' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Earthquake <b>coverage</b>' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Note to readers' })).toContainText('Which outlet counts the injured?');
  await expect(page).toHaveTitle('Earthquake <b>coverage</b> · Parallax');
  await refined(page);

  const before = await page.evaluate(() => location.hash);
  await page.getByRole('switch', { name: 'Hide outlet names' }).check();
  await expect(page.getByRole('region', { name: 'Outlet A', exact: true })).toBeVisible();
  // The address is re-encoded with the new view, and the link box shows it.
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  const box = page.getByRole('textbox', { name: 'Link to this comparison' });
  await expect.poll(async () => (await box.inputValue()) === page.url()).toBe(true);
  const link = await box.inputValue();

  // The link alone, in a fresh page: title, note and hidden names come with it.
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Earthquake <b>coverage</b>' })).toBeVisible();
  await expect(other.getByRole('switch', { name: 'Hide outlet names' })).toBeChecked();
  await refined(other);
  const text = await other.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/Harbour Herald|Daily Courier/);
  expect(text).toMatch(/the Outlet A\u200B* learned/);
  expect(await other.title()).not.toMatch(/Harbour Herald|Daily Courier/);

  await other.goto('/?new');
  await expect(other.getByRole('region', { name: 'Your recent comparisons' }).getByRole('link', { name: 'Earthquake <b>coverage</b>' })).toBeVisible();
});

test('no serious accessibility violations with names hidden, the questions open and the export menu open (axe)', async ({ page }) => {
  await openSeed(page, '?hideOutlets=1');
  await page.getByRole('button', { name: 'Questions for students' }).click();
  await expect(page.getByRole('region', { name: 'Questions for students' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto('/?new');
  await expect(page.getByLabel('Comparison title')).toBeVisible();
  const editor = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(editor.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
