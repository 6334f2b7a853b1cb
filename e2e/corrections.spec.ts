import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { refined } from './refined';

const SEED_TITLE = 'US authorises anti-personnel mines for Ukraine';

const column = (page: Page, outlet: string) => page.getByRole('region', { name: outlet, exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Claim details' });
const sentence = (page: Page, outlet: string, text: string) => column(page, outlet).locator('[data-claim]', { hasText: text });

// The seed's two wrong "shared" claims (Sputnik's sentence joined to another fact) and the missed link.
const CHECKS = 'There was a system of checks and balances';
const DECISIONS = 'irresponsible political decisions';
const RATIFIED_IZ = 'ratified it in 2005';
const RATIFIED_UN = 'Ukraine ratified it in 2005';

async function openSeed(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(column(page, 'Sputnik').getByRole('button').first()).toBeVisible({ timeout: 15_000 });
  await refined(page);
}

async function claimOf(s: Locator) {
  return (await s.getAttribute('data-claim'))!;
}

/** The page has settled on the corrections (the dimmed previous result is gone). */
async function settled(page: Page) {
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await refined(page);
}

async function expectCorrected(page: Page) {
  // Sputnik's two sentences stand alone; the other outlets' sentences stay linked.
  await expect(sentence(page, 'Sputnik', CHECKS)).toHaveAttribute('data-kind', 'unique');
  await expect(sentence(page, 'Sputnik', DECISIONS)).toHaveAttribute('data-kind', 'unique');
  await expect(sentence(page, 'Sputnik', CHECKS)).toHaveAttribute('data-edited', 'true');
  await expect(page.locator('[data-kind="shared"]')).toHaveCount(0);
  // The 2005 ratification is one claim now.
  const iz = sentence(page, 'Izvestia', RATIFIED_IZ);
  const un = sentence(page, 'Unnamed Russian outlet', RATIFIED_UN);
  await expect(un).toHaveAttribute('data-claim', await claimOf(iz));
  await expect(iz).toHaveAttribute('data-kind', 'partial');
  await expect(iz).toHaveAttribute('data-noted', 'true');
}

test('fix both wrong shared claims and link the missed one with the mouse; undo, redo, note; the link and a reload keep it all', async ({ page, browser }) => {
  // Three pages (this, a fresh context, a reload) each run the sentence model.
  test.setTimeout(480_000);
  await openSeed(page);
  const checks = sentence(page, 'Sputnik', CHECKS);
  await expect(checks).toHaveAttribute('data-kind', 'shared');

  // 1. "Not the same fact" on Sputnik's sentence of the first wrong shared claim.
  await checks.click();
  await expect(panel(page).getByText('3 of 3 outlets')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Not the same fact (Sputnik)' }).click();
  await settled(page);
  await expect(checks).toHaveAttribute('data-kind', 'unique');
  // The selection stays with the rest of the claim, now partial, marked edited.
  await expect(panel(page).getByText('2 of 3 outlets')).toBeVisible();
  await expect(panel(page).getByText('✎ Edited')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'now stands alone' })).toBeVisible();

  // 2. The second wrong shared claim.
  await sentence(page, 'Sputnik', DECISIONS).click();
  await panel(page).getByRole('button', { name: 'Not the same fact (Sputnik)' }).click();
  await settled(page);

  // 3. "Link a sentence": the 2005 ratification, clicked in its column. (The sentence model now finds
  // this link itself; the reader's version of the story is tested by taking it out first.)
  const iz = sentence(page, 'Izvestia', RATIFIED_IZ);
  const un = sentence(page, 'Unnamed Russian outlet', RATIFIED_UN);
  await iz.click();
  if ((await claimOf(un)) === (await claimOf(iz))) {
    await panel(page).getByRole('button', { name: 'Not the same fact (Unnamed Russian outlet)' }).click();
    await settled(page);
  }
  expect(await claimOf(un)).not.toBe(await claimOf(iz));
  await panel(page).getByRole('button', { name: 'Link a sentence' }).click();
  await expect(page.getByText('Click the sentence to link to this claim')).toBeVisible();
  await un.click();
  await settled(page);
  await expect(un).toHaveAttribute('data-claim', await claimOf(iz));
  await expect(panel(page).getByText('Linked by you')).toBeVisible();

  // A note on the claim.
  await panel(page).getByRole('textbox', { name: 'Note' }).fill('Both outlets date the ratification to 2005; the matcher missed it.');
  await panel(page).getByRole('textbox', { name: 'Note' }).blur();
  await expect(iz).toHaveAttribute('data-noted', 'true');
  await expectCorrected(page);
  await expect(page.getByText(/^[34] corrections, 1 note$/)).toBeVisible();

  // Undo takes the link back, redo puts it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await settled(page);
  await expect(un).not.toHaveAttribute('data-claim', await claimOf(iz));
  await page.keyboard.press('Control+Shift+Z');
  await settled(page);
  await expect(un).toHaveAttribute('data-claim', await claimOf(iz));

  await expect(page).toHaveURL(/[?&]edits=1_/);
  const results = await new AxeBuilder({ page }).include('main').include('[data-testid="corrections-bar"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // "Copy link", opened in a fresh context with no storage: the same corrected comparison.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await fresh.newPage();
  await openSeed(other, link.slice(link.indexOf('?')));
  await expectCorrected(other);
  // The link was copied with the noted claim selected (`claim` and its sentence `at`): it opens on it (a
  // click on the sentence now would close it again).
  await expect(sentence(other, 'Izvestia', RATIFIED_IZ)).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(other).getByRole('textbox', { name: 'Note' })).toHaveValue('Both outlets date the ratification to 2005; the matcher missed it.');
  await fresh.close();

  // A reload keeps everything.
  await page.reload();
  await refined(page);
  await expectCorrected(page);
});

test('the same corrections with the keyboard alone', async ({ page }) => {
  // Many single key presses, each waited for, on a page that runs the sentence model: more than the default time.
  test.setTimeout(300_000);
  await openSeed(page);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  // A control's name as a reader hears it first: its label, else its text.
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      // textContent, not innerText: a label styled in capitals reads "NOTE" through innerText.
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
    });
  /** From the top of the focused column, arrow down until the sentence is focused. */
  async function arrowTo(text: string) {
    await page.keyboard.press('Home');
    for (let i = 0; i < 80 && !(await focusedText()).includes(text); i++) await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toContain(text);
  }
  /** Tab until the focused control's name starts with `name`. */
  async function tabTo(name: string) {
    for (let i = 0; i < 60 && !(await focusedName()).startsWith(name); i++) await page.keyboard.press('Tab');
    const reached = await focusedName();
    expect(reached.startsWith(name), `focus on “${reached}”, not “${name}…”`).toBe(true);
  }

  // The first Tab stop is the skip link; it puts focus on the first column's text.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the reports' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (const text of [CHECKS, DECISIONS]) {
    await arrowTo(text);
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await tabTo('Not the same fact');
    await page.keyboard.press('Enter');
    await settled(page);
    // Escape closes the claim and puts focus back on the sentence it was opened from.
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    expect(await focusedText()).toContain(text);
  }

  // Izvestia's 2005 sentence: → to the next column, then down to it.
  await page.keyboard.press('ArrowRight');
  await arrowTo(RATIFIED_IZ);
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  if (await panel(page).getByRole('button', { name: 'Not the same fact (Unnamed Russian outlet)' }).count()) {
    // The model found this link: take it out first, so that the reader links it.
    await tabTo('Not the same fact (Unnamed');
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await tabTo('Link a sentence');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('combobox', { name: 'Sentence to link' })).toBeFocused();
  // A native select: typing picks the option that starts so; Enter links it.
  await page.keyboard.type('More than 160 states');
  await page.keyboard.press('Enter');
  await settled(page);
  // Focus is back on "Link a sentence", not lost.
  expect(await focusedName()).toMatch(/^Link a sentence/);
  await tabTo('Note');
  await page.keyboard.type('Linked by keyboard.');
  await page.keyboard.press('Tab');
  await expectCorrected(page);

  // Ctrl+Z outside a text field undoes the last correction (the link).
  await page.keyboard.press('Control+Z');
  await settled(page);
  await expect(sentence(page, 'Unnamed Russian outlet', RATIFIED_UN)).not.toHaveAttribute('data-claim', await claimOf(sentence(page, 'Izvestia', RATIFIED_IZ)));
});

test('a link with stale and unreadable corrections opens, drops them and says how many', async ({ page }) => {
  // One edit naming a sentence whose text is not in the report, one that is not an edit at all.
  await openSeed(page, '?event=us-mines-ukraine-2024-11&edits=1_d-0.2.zzzz_q-1.2.ab');
  await expect(page.getByText(/1 correction no longer applies to these reports.*1 correction in the link was unreadable/)).toBeVisible();
  await expect(page).not.toHaveURL(/edits=/);
  await expect(page.locator('[data-edited]')).toHaveCount(0);
});
