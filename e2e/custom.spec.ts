import AxeBuilder from '@axe-core/playwright';
import { refined } from './refined';
import { expect, test, type Browser, type Page } from '@playwright/test';

// Three short reports of one (invented) event, with shared facts worded differently.
const REPORTS = [
  {
    outlet: 'Harbour Herald',
    date: '2025-03-04',
    text: [
      'A magnitude 5.8 earthquake struck the coastal city of Portvale early on Tuesday, officials said.',
      'The quake hit at 4:12 a.m. local time at a depth of 10 kilometres.',
      'At least 14 people were injured and two apartment buildings partly collapsed in the old town.',
      'Mayor Elena Rossi said rescue teams had worked through the night.',
      'Schools in the region will stay closed until Friday.',
      'The national seismology institute recorded more than 30 aftershocks.',
    ].join(' '),
  },
  {
    outlet: 'Daily Courier',
    date: '2025-03-04',
    text: [
      'An earthquake of magnitude 5.8 shook Portvale before dawn on Tuesday.',
      'Fourteen people were hurt, according to the regional health authority.',
      'Two apartment blocks in the old town partly collapsed, and dozens of families spent the night in tents.',
      'Mayor Elena Rossi thanked the rescue teams.',
      'The government released 20 million euros in emergency aid.',
    ].join(' '),
  },
  {
    outlet: 'Wire Service',
    date: '2025-03-05',
    text: [
      'Rescue workers in Portvale searched damaged buildings on Wednesday after a magnitude 5.8 earthquake on Tuesday.',
      'At least 14 people were injured.',
      'The national seismology institute said more than 30 aftershocks had been recorded.',
      'Schools in the region are closed until Friday.',
      'Insurers estimate the damage at 50 million euros.',
    ].join(' '),
  },
];

function column(page: Page, outlet: string) {
  return page.getByRole('region', { name: outlet, exact: true });
}

function claimDetails(page: Page) {
  return page.getByRole('complementary', { name: 'Claim details' }).or(page.getByRole('dialog', { name: 'Claim details' }));
}

async function openEditor(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'New comparison' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New comparison' })).toBeVisible();
}

/** Pastes through the real clipboard (Ctrl+V), as a user would. */
async function pasteInto(page: Page, label: string, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByLabel(label).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByLabel(label)).toHaveValue(text);
}

async function fillReports(page: Page, reports = REPORTS) {
  await page.getByRole('button', { name: 'Add report' }).click();
  for (const [i, r] of reports.entries()) {
    const n = i + 1;
    await page.getByLabel(`Report ${n} outlet`).fill(r.outlet);
    await page.getByLabel(`Report ${n} date`).fill(r.date);
    await pasteInto(page, `Report ${n} text`, r.text);
  }
}

/** Every sentence of every column: [outlet, claim, kind, text]. */
async function sentences(page: Page) {
  const out: string[][] = [];
  for (const r of REPORTS) {
    const rows = await column(page, r.outlet)
      .locator('[data-claim][data-kind]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-claim') ?? '', e.getAttribute('data-kind') ?? '', e.textContent ?? '']));
    out.push(...rows.map((row) => [r.outlet, ...row]));
  }
  return out;
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { context, page: await context.newPage() };
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('three pasted reports → Compare → a copied link reopens the same comparison in a fresh browser', async ({ page, browser }) => {
  await openEditor(page);
  await fillReports(page);
  await expect(page.getByTestId('report-1-stats')).toContainText('6 sentences');
  await page.getByRole('button', { name: 'Compare' }).click();

  for (const r of REPORTS) await expect(column(page, r.outlet)).toBeVisible({ timeout: 15_000 });

  await refined(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Herald, Daily Courier and Wire Service');
  expect(page.url()).toMatch(/#r=v1\./);
  expect(page.url()).not.toContain('?');

  // Select a claim that more than one outlet states.
  const sentence = column(page, 'Daily Courier').locator('[data-kind="shared"], [data-kind="partial"]').first();
  const claim = (await sentence.getAttribute('data-claim'))!;
  const unselected = page.url();
  await sentence.click();
  // 15 s: with the sentence model refining in the other worker's test, the panel took over 5 s to show its
  // claim in 2 of 4 repeated runs on the loaded 2-core machine (also at the start commit of this session).
  await expect(claimDetails(page)).toBeVisible({ timeout: 15_000 });
  await expect(claimDetails(page).getByText(claim, { exact: true })).toBeVisible({ timeout: 15_000 });

  // The fragment follows the selection (replaceState); the link field shows the same address.
  const linkField = page.getByLabel('Link to this comparison');
  // (Both read at each poll: the address is re-encoded 80 ms after the change, so reading it once up front races.)
  // And only once the address has taken the selection: it is written when the page is idle after the click, so
  // until then the field and the address agree on the link without it (the copy then encoded the newer view).
  await expect.poll(async () => page.url() !== unselected && (await linkField.inputValue()) === page.url()).toBe(true);
  const before = page.url();
  await page.getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(before);
  const length = await page.getByTestId('link-length').textContent();
  expect(length).toBe(`${link.length.toLocaleString('en-US')} characters`);
  console.log(`link length for the three test reports: ${link.length} characters`);
  const expected = await sentences(page);
  expect(expected.length).toBeGreaterThan(12);

  // A fresh context: no localStorage, no cache.
  const fresh = await freshPage(browser);
  try {
    await fresh.page.goto(link);
    for (const r of REPORTS) await expect(column(fresh.page, r.outlet)).toBeVisible({ timeout: 15_000 });
    await refined(fresh.page);
    await expect(claimDetails(fresh.page)).toBeVisible({ timeout: 15_000 });
    await expect(claimDetails(fresh.page).getByText(claim, { exact: true })).toBeVisible();
    expect(await sentences(fresh.page)).toEqual(expected);
    for (const r of REPORTS) {
      const pressed = column(fresh.page, r.outlet).locator(`[data-claim="${claim}"]`);
      if ((await pressed.count()) > 0) await expect(pressed.first()).toHaveAttribute('aria-pressed', 'true');
    }
    expect(await fresh.page.evaluate(() => localStorage.getItem('parallax.draft/1'))).toBeNull();

    // "Show removed text" lives in the fragment too, and survives a reload.
    const hash = await fresh.page.evaluate(() => location.hash);
    await fresh.page.getByRole('switch', { name: /Show removed text/ }).check();
    await expect.poll(() => fresh.page.evaluate(() => location.hash)).not.toBe(hash);
    await fresh.page.reload();
    await expect(fresh.page.getByRole('switch', { name: /Show removed text/ })).toBeChecked({ timeout: 15_000 });
    await expect(claimDetails(fresh.page).getByText(claim, { exact: true })).toBeVisible();
  } finally {
    await fresh.context.close();
  }

  // Escape clears the selection, and the fragment follows.
  await page.keyboard.press('Escape');
  await expect(claimDetails(page)).toHaveCount(0);
  await expect.poll(() => page.url()).not.toBe(before);
  await expect(page).toHaveURL(/#r=v1\./);
});

/** Every lens mark of every column: [outlet, kind, flag, text]. */
async function lensMarks(page: Page) {
  const out: string[][] = [];
  for (const r of REPORTS) {
    const rows = await column(page, r.outlet)
      .locator('[data-mark]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-mark') ?? '', e.getAttribute('data-flag') ?? '', e.textContent ?? '']));
    out.push(...rows.map((row) => [r.outlet, ...row]));
  }
  return out;
}

/** REPORTS with a few framing words (loaded, hedging, distancing, intensifying) for the Loaded language lens. */
const FRAMED_REPORTS = REPORTS.map((r, i) => ({
  ...r,
  text: `${r.text} ${
    [
      'Critics called the slow response of the authorities reckless.',
      'The so-called temporary shelters were reportedly overcrowded.',
      'Officials said the old town was clearly the worst hit, and aid had been repeatedly delayed.',
    ][i]
  }`,
}));

function lensRadio(page: Page, name: string) {
  return page.getByRole('radiogroup', { name: 'Lens' }).getByRole('radio', { name, exact: true });
}

test('own reports: the lens and the open framing summary travel in the copied link to a fresh browser', async ({ page, browser }) => {
  await openEditor(page);
  await fillReports(page, FRAMED_REPORTS);
  await page.getByRole('button', { name: 'Compare' }).click();
  for (const r of REPORTS) await expect(column(page, r.outlet)).toBeVisible({ timeout: 15_000 });
  await refined(page);
  const linkField = page.getByLabel('Link to this comparison');
  await expect.poll(async () => (await linkField.inputValue()) === page.url()).toBe(true);
  const claimsView = page.url();

  // Loaded language lens, and the framing summary open.
  await lensRadio(page, 'Loaded language').click();
  await expect(lensRadio(page, 'Loaded language')).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Framing summary', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Framing summary' });
  await expect(summary).toBeVisible();

  // The fragment follows (replaceState: no new history entry), and the link field shows it.
  await expect.poll(() => page.url()).not.toBe(claimsView);
  await expect.poll(async () => (await linkField.inputValue()) === page.url()).toBe(true);
  expect(page.url()).toMatch(/#r=v1\./);
  expect(page.url()).not.toContain('?');
  await page.getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  await expect.poll(async () => (await lensMarks(page)).length).toBeGreaterThan(2);
  const marks = await lensMarks(page);
  const claims = await sentences(page);
  const summaryText = await summary.innerText();

  // A fresh context: nothing stored, nothing cached.
  const fresh = await freshPage(browser);
  try {
    await fresh.page.goto(link);
    for (const r of REPORTS) await expect(column(fresh.page, r.outlet)).toBeVisible({ timeout: 15_000 });
    await refined(fresh.page);
    await expect(lensRadio(fresh.page, 'Loaded language')).toHaveAttribute('aria-checked', 'true', { timeout: 15_000 });
    await expect(lensRadio(fresh.page, 'Claims')).toHaveAttribute('aria-checked', 'false');
    const freshSummary = fresh.page.getByRole('region', { name: 'Framing summary' });
    await expect(freshSummary).toBeVisible();
    await expect(fresh.page.getByRole('button', { name: 'Framing summary', exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => lensMarks(fresh.page)).toEqual(marks);
    expect(await sentences(fresh.page)).toEqual(claims);
    expect(await freshSummary.innerText()).toBe(summaryText);
    // The page writes the same link back: nothing was lost on the way.
    await expect.poll(() => fresh.page.getByLabel('Link to this comparison').inputValue()).toBe(link);
    expect(fresh.page.url()).toBe(link);
    expect(await fresh.page.evaluate(() => localStorage.getItem('parallax.draft/1'))).toBeNull();
  } finally {
    await fresh.context.close();
  }

  // Back to the claims view with the summary closed: the link is the one from before, without lens or panel.
  await lensRadio(page, 'Claims').click();
  await summary.getByRole('button', { name: /Close/ }).click();
  await expect(summary).toHaveCount(0);
  await expect.poll(() => page.url()).toBe(claimsView);
});

test('a saved page with a script: only its article text arrives, nothing runs', async ({ page }) => {
  await openEditor(page);
  const html = `<!doctype html><html><head><title>Quake hits Portvale</title>
    <script>window.__pwned = true; document.title = 'pwned';</script></head>
    <body onload="window.__pwned = 'onload'"><nav>Home | World | Sport</nav>
    <article><h1>Quake hits Portvale</h1>
    <p>A magnitude 5.8 earthquake struck the coastal city of Portvale early on Tuesday, officials said.</p>
    <p>At least 14 people were injured and two apartment buildings partly collapsed in the old town.</p>
    <img src="x" onerror="window.__pwned = 'img'">
    <p>Mayor Elena Rossi said rescue teams had worked through the night, and schools will stay closed until Friday.</p>
    <script>window.__pwned = 'inline'</script></article></body></html>`;
  await page.getByTestId('report-1-file').setInputFiles({ name: 'portvale.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const text = page.getByLabel('Report 1 text');
  await expect(text).toHaveValue(/A magnitude 5\.8 earthquake struck the coastal city of Portvale/);
  await expect(text).toHaveValue(/Mayor Elena Rossi/);
  await expect(text).not.toHaveValue(/script|__pwned|<p>|onerror/);
  await expect(page.getByText(/Took the article’s text from “portvale\.html”/)).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page).toHaveTitle('New comparison · Parallax');
});

test('pasted HTML is reduced to its article text', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Report 2 text').focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<p>Schools in the region will stay closed until Friday.</p><script>window.__pwned = 1</script><p>Officials counted 30 aftershocks.</p>');
    dt.setData('text/plain', 'Schools in the region will stay closed until Friday.\n\nOfficials counted 30 aftershocks.');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByLabel('Report 2 text')).toHaveValue('Schools in the region will stay closed until Friday.\n\nOfficials counted 30 aftershocks.');
  await expect(page.getByText(/only the article’s text was kept/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('the draft survives a reload in the middle of typing, until it is cleared', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Report 1 outlet').fill('Harbour Herald');
  await page.getByLabel('Report 2 text').pressSequentially('Rescue workers searched the old town', { delay: 10 });
  // No pause for the debounce: pagehide writes the draft.
  await page.reload();
  await expect(page.getByLabel('Report 1 outlet')).toHaveValue('Harbour Herald');
  await expect(page.getByLabel('Report 2 text')).toHaveValue('Rescue workers searched the old town');

  // Also after closing the tab: a new page in the same context.
  const other = await page.context().newPage();
  await other.goto('/?new');
  await expect(other.getByLabel('Report 2 text')).toHaveValue('Rescue workers searched the old town');
  await other.close();

  await page.getByRole('button', { name: 'Clear draft' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByLabel('Report 1 outlet')).toHaveValue('Harbour Herald');
  await page.getByRole('button', { name: 'Clear draft' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(page.getByLabel('Report 1 outlet')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Report 2 text')).toHaveValue('');
});

test('a corrupted link and a link of an unknown version say so, with ways on', async ({ page }) => {
  await page.goto('/#r=v1.garbage');
  await expect(page.getByRole('alert')).toContainText('This link is damaged');
  await expect(page.getByRole('link', { name: 'Start a new comparison' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the bundled event' })).toBeVisible();

  await page.goto('/#r=v9.xxx');
  await expect(page.getByRole('alert')).toContainText('newer version of Parallax');
  await page.getByRole('link', { name: 'Open the bundled event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'US authorises anti-personnel mines for Ukraine' })).toBeVisible();
});

test('a cut-off link offers the reports that could be read in the editor', async ({ page }) => {
  await openEditor(page);
  await fillReports(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(column(page, 'Wire Service')).toBeVisible({ timeout: 15_000 });
  const link = await page.getByLabel('Link to this comparison').inputValue();
  // Empty the draft so opening the partial link needs no confirmation.
  await page.evaluate(() => localStorage.removeItem('parallax.draft/1'));
  await page.goto('about:blank');
  await page.goto(link.slice(0, Math.floor(link.length * 0.8)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link is incomplete');
  await expect(alert).toContainText(/could be read/);
  await alert.getByRole('button', { name: /in the editor/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New comparison' })).toBeVisible();
  await expect(page.getByLabel('Report 1 outlet')).toHaveValue('Harbour Herald');
  await expect(page.getByLabel('Report 1 text')).toHaveValue(REPORTS[0]!.text);
});

test('bad input gets a clear message: 5 MB paste, binary file, no punctuation, identical reports, missing fields', async ({ page }) => {
  await openEditor(page);

  // A 5 MB paste is refused with its size.
  await page.getByLabel('Report 1 text').focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'The quake struck Portvale. '.repeat(200_000));
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText(/Nothing was pasted\. This text is 5\.\d MB/)).toBeVisible();
  await expect(page.getByLabel('Report 1 text')).toHaveValue('');

  // A binary file is refused.
  const pdfish = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 0, 255, 0])]);
  await page.getByTestId('report-2-file').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: pdfish });
  await expect(page.getByText(/“report\.txt” is not a text file/)).toBeVisible();
  await expect(page.getByLabel('Report 2 text')).toHaveValue('');

  // No sentence punctuation; identical reports.
  await page.getByLabel('Report 1 text').fill('quake in portvale fourteen hurt');
  await expect(page.getByText(/no sentence-ending punctuation/)).toBeVisible();
  await page.getByLabel('Report 1 text').fill(REPORTS[0]!.text);
  await page.getByLabel('Report 2 text').fill(REPORTS[0]!.text);
  await expect(page.getByText(/Reports 1 and 2 have the same text/)).toBeVisible();

  // Compare without outlets: a summary of what to fix, and no navigation.
  await page.getByRole('button', { name: 'Compare' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'before comparing' });
  await expect(summary).toContainText('Report 1 needs an outlet name');
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\?new$/);

  // At most six reports, at least two.
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add report' }).click();
  await expect(page.getByLabel('Report 6 outlet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add report' })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove report 6' }).click();
  await expect(page.getByLabel('Report 6 outlet')).toHaveCount(0);
});

test('recent comparisons and bundled events beside the editor; no serious accessibility violations', async ({ page }) => {
  await openEditor(page);
  await expect(page.getByRole('link', { name: 'US authorises anti-personnel mines for Ukraine' })).toBeVisible();
  await expect(page.getByText('Comparisons you make or open appear here')).toBeVisible();
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = (r: typeof results) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious(results)).toEqual([]);

  await fillReports(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(column(page, 'Wire Service')).toBeVisible({ timeout: 15_000 });
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(serious(results)).toEqual([]);

  await page.getByRole('link', { name: 'New comparison' }).click();
  const recent = page.getByRole('region', { name: 'Your recent comparisons' });
  const entry = recent.getByRole('link', { name: 'Harbour Herald, Daily Courier and Wire Service' });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(column(page, 'Daily Courier')).toBeVisible({ timeout: 15_000 });
  await page.goBack();
  await recent.getByRole('button', { name: /Remove “Harbour Herald, Daily Courier and Wire Service”/ }).click();
  await expect(entry).toHaveCount(0);
});

test('a full localStorage: the draft goes to IndexedDB, says so, and survives a reload', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'parallax.draft/1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openEditor(page);
  await page.getByLabel('Report 1 text').fill('Rescue workers searched the old town. Fourteen people were hurt.');
  await expect(page.getByText('Saved in this browser (in its larger database: local storage is full)')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Report 1 text')).toHaveValue('Rescue workers searched the old town. Fourteen people were hurt.');
});

test('a long link shows its beginning in the field, the whole link once focused, and copies whole', async ({ page }) => {
  const { realSentenceReports } = await import('../scripts/bench-data');
  const long = realSentenceReports(2, 200).reports;
  await openEditor(page);
  for (const [i, r] of long.entries()) {
    await page.getByLabel(`Report ${i + 1} outlet`).fill(r.outlet ?? `Outlet ${i + 1}`);
    await pasteInto(page, `Report ${i + 1} text`, r.text!);
  }
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('section[data-report] [data-claim]').first()).toBeVisible({ timeout: 30_000 });
  const field = page.getByRole('textbox', { name: 'Link to this comparison' });
  await expect.poll(async () => (await field.inputValue()).endsWith('…')).toBe(true);
  const url = page.url();
  const shown = await field.inputValue();
  expect(url.length).toBeGreaterThan(16_384);
  expect(shown).toBe(`${url.slice(0, 16_384)}…`);
  await field.focus();
  await expect(field).toHaveValue(url);
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, url.length]);
  await page.getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page.getByTestId('link-length')).toHaveText(`${url.length.toLocaleString('en-US')} characters`);
});
