import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@isekai/test-kit';
import type { AppSpec } from '@isekai/contracts';
import { LIBRARY_SPEC, PLANNER_SPEC, SHOP_SPEC, SITE_SPEC } from './support/example-specs.js';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';

// Composed apps run as real processes and are driven in Debian's Chromium, as a person would use them.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Local date `days` from today as YYYY-MM-DD, as the app's `today` sees it. */
function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Session {
  app: RunningApp;
  page: Page;
  problems: string[];
}

/** Writes the spec's app to a temp dir, starts it, opens a page that accepts confirm() dialogs. */
async function withApp(spec: AppSpec, run: (s: Session) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-composed-'));
  let app: RunningApp | null = null;
  const context = await browser.newContext({ viewport: { width: 1100, height: 850 }, acceptDownloads: true });
  try {
    await writeApp(dir, renderComposed(spec));
    app = await startGeneratedApp(dir);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await run({ app, page, problems });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await stopGeneratedApp(app);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function noHorizontalScroll(page: Page): Promise<void> {
  // A string runs in the page, whose globals this file's Node types do not know.
  const [scroll, width] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  expect(scroll).toBeLessThanOrEqual(width);
}

async function post(
  app: RunningApp,
  collection: string,
  body: unknown,
): Promise<{ status: number; data: any }> {
  const res = await fetch(`${app.url}/api/${collection}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, data: await res.json() };
}

describe('the composed server', () => {
  it('serves only public files, with the right types and security headers', async () => {
    await withApp(LIBRARY_SPEC, async ({ app }) => {
      const module = await fetch(`${app.url}/js/formula.mjs`);
      expect(module.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(module.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(module.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await fetch(`${app.url}/css/app.css`)).headers.get('content-type')).toBe(
        'text/css; charset=utf-8',
      );
      for (const path of [
        '/collections.json',
        '/server.js',
        '/%2e%2e/server.js',
        '/js/..%2f..%2fserver.js',
        '/.hidden',
      ])
        expect((await fetch(`${app.url}${path}`)).status, path).toBe(404);
    });
  });

  it('refuses what it cannot store, in words, and never stores computed fields', async () => {
    await withApp(LIBRARY_SPEC, async ({ app }) => {
      const huge = await fetch(`${app.url}/api/book`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 10) }),
      });
      expect(huge.status).toBe(413);
      const malformed = await fetch(`${app.url}/api/book`, { method: 'POST', body: '{"title": ' });
      expect(((await malformed.json()) as any).error.code).toBe('malformed-json');
      const noBook = await post(app, 'loan', { book: 'nope', member: 'sample-member-1', dueOn: isoDay(3) });
      expect(noBook.data.error.fields).toEqual({ book: 'Choose a book from the list' });
      const early = await post(app, 'loan', {
        book: 'sample-book-2',
        member: 'sample-member-1',
        loanedOn: isoDay(0),
        dueOn: isoDay(-1),
      });
      expect(early.status).toBe(400);
      expect(early.data.error.message).toBe('The due date must be on or after the loan date');
      const ok = await post(app, 'loan', {
        book: 'sample-book-2',
        member: 'sample-member-1',
        dueOn: isoDay(3),
        overdue: true,
        daysLeft: 99,
      });
      expect(ok.status).toBe(201);
      expect(ok.data).toMatchObject({ loanedOn: isoDay(0), returned: false });
      expect(ok.data).not.toHaveProperty('overdue');
      expect(ok.data).not.toHaveProperty('daysLeft');
      const missing = await fetch(`${app.url}/api/visitor`);
      expect(missing.status).toBe(404);
    });
    await withApp(PLANNER_SPEC, async ({ app }) => {
      for (const picture of ['javascript:alert(1)', 'ftp://example.com/a.png']) {
        const bad = await post(app, 'photo', { caption: 'x', picture });
        expect(bad.data.error.fields).toEqual({ picture: 'Picture must be a web address (http or https)' });
      }
      expect((await post(app, 'photo', { caption: 'x', picture: '' })).data.picture).toBeNull();
      expect((await post(app, 'photo', { caption: 'x', stars: 9 })).data.error.fields).toEqual({
        stars: 'Stars must be at most 5',
      });
    });
  });

  it('moves an unreadable data file aside instead of overwriting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isekai-composed-'));
    let app: RunningApp | null = null;
    try {
      await writeApp(dir, renderComposed(LIBRARY_SPEC));
      app = await startGeneratedApp(dir);
      await stopGeneratedApp(app);
      writeFileSync(join(dir, 'data', 'book.json'), '{ not json');
      app = await startGeneratedApp(dir);
      expect(await (await fetch(`${app.url}/api/book`)).json()).toEqual([]);
      const aside = readdirSync(join(dir, 'data')).filter((name) => name.startsWith('book.json.unreadable-'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, 'data', aside[0]!), 'utf8')).toBe('{ not json');
      expect(app.output()).toContain('could not read book data');
    } finally {
      await stopGeneratedApp(app);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a composed library app', () => {
  it('lends a book, shows it overdue and on the member, marks it returned, keeps it and refuses orphaning', async () => {
    await withApp(LIBRARY_SPEC, async ({ app, page }) => {
      await page.goto(`${app.url}/#/members`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Members');
      const memberForm = page.locator('form.record-form');
      await expect.poll(() => page.getByRole('heading', { name: 'Add a member' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(false);
      await memberForm.getByLabel('Name').fill('Grace Hopper');
      await memberForm.getByRole('button', { name: 'Add member' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Member added' }).count()).toBe(1);

      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Books' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Books');
      await page.locator('form.record-form').getByLabel('Title').fill('Dune');
      await page.getByRole('button', { name: 'Add book' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Book added' }).count()).toBe(1);
      await expect.poll(() => page.locator('tr', { hasText: 'Dune' }).count()).toBe(1);

      await page.getByRole('link', { name: 'Loans' }).first().click();
      const loanForm = page.locator('form.record-form');
      await loanForm.getByLabel('Book').selectOption({ label: 'Dune' });
      await loanForm.getByLabel('Member').selectOption({ label: 'Grace Hopper' });
      // The rule "due on or after the loan date" is checked by the server and its words shown.
      await loanForm.getByLabel('Loaned on').fill(isoDay(-5));
      await loanForm.getByLabel('Due on').fill(isoDay(-10));
      await loanForm.getByRole('button', { name: 'Add loan' }).click();
      await expect
        .poll(() => loanForm.getByRole('alert').textContent())
        .toBe('The due date must be on or after the loan date');
      await loanForm.getByLabel('Loaned on').fill(isoDay(-20));
      await loanForm.getByRole('button', { name: 'Add loan' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Loan added' }).count()).toBe(1);
      const duneRow = page.locator('tbody tr', { hasText: 'Dune' });
      await expect.poll(() => duneRow.locator('.badge', { hasText: 'Overdue' }).count()).toBe(1);
      expect(await duneRow.locator('td').nth(4).textContent()).toBe('Overdue');

      await duneRow.getByRole('link', { name: 'Grace Hopper' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('Grace Hopper');
      const loansOfMember = page.locator('section.related', {
        has: page.getByRole('heading', { name: 'Loans' }),
      });
      await expect.poll(() => loansOfMember.getByRole('link', { name: 'Dune' }).count()).toBe(1);
      expect(await page.locator('.detail-fields').textContent()).toContain('Loans1');

      await page.goBack();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Loans');
      await duneRow.getByRole('button', { name: 'Mark returned: Dune' }).click();
      await expect.poll(() => duneRow.locator('.badge', { hasText: 'Overdue' }).count()).toBe(0);
      // Where the action would change nothing it is not offered.
      expect(await duneRow.getByRole('button', { name: /Mark returned/ }).count()).toBe(0);

      await page.reload();
      await expect.poll(() => page.locator('tbody tr', { hasText: 'Dune' }).count()).toBe(1);
      expect(await page.locator('tbody tr', { hasText: 'Dune' }).textContent()).toContain('Grace Hopper');
      expect(await page.locator('tbody tr', { hasText: 'Dune' }).locator('.badge').count()).toBe(0);

      await page.goto(`${app.url}/#/members`);
      await page.getByRole('button', { name: 'Delete member Grace Hopper' }).click();
      await expect
        .poll(() => page.locator('.section-status').textContent())
        .toBe('This member has 1 loan; delete or reassign it first');
      expect(await page.getByRole('link', { name: 'Grace Hopper' }).count()).toBe(1);
      // The server refuses too, for anyone calling the API directly.
      const members = (await (await fetch(`${app.url}/api/member`)).json()) as { id: string; name: string }[];
      const grace = members.find((m) => m.name === 'Grace Hopper')!;
      const refused = await fetch(`${app.url}/api/member/${grace.id}`, { method: 'DELETE' });
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as any).error.message).toBe(
        'This member has 1 loan; delete or reassign it first',
      );

      await page.setViewportSize({ width: 360, height: 800 });
      for (const id of ['books', 'members', 'loans']) {
        await page.goto(`${app.url}/#/${id}`);
        await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
        await noHorizontalScroll(page);
      }
    });
  });

  it('seeds samples with references resolved, and removes them all at once', async () => {
    await withApp(LIBRARY_SPEC, async ({ app, page }) => {
      const loans = (await (await fetch(`${app.url}/api/loan`)).json()) as Record<string, unknown>[];
      expect(loans).toEqual([
        expect.objectContaining({ book: 'sample-book-1', member: 'sample-member-1', sample: true }),
      ]);
      // The person's own loan of a sample book keeps that book (as theirs) when the samples go.
      const zoe = await post(app, 'member', { name: 'Zoe' });
      await post(app, 'loan', {
        book: 'sample-book-2',
        member: zoe.data.id,
        loanedOn: isoDay(0),
        dueOn: isoDay(7),
      });
      await page.goto(`${app.url}/#/loans`);
      const row = page.locator('tbody tr', { hasText: 'The Hobbit' });
      await expect.poll(() => row.locator('.badge', { hasText: 'Sample' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Remove sample records' }).click();
      await expect
        .poll(() => page.locator('.app-footer [role=status]').textContent())
        .toBe('Samples removed; 1 stay because your own records use them');
      await expect
        .poll(() => page.locator('tbody tr').allTextContents())
        .toEqual([expect.stringContaining('A Brief History of Time')]);
      expect(await page.locator('.badge-sample').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Remove sample records' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Delete loan A Brief History of Time' }).click();
      await expect.poll(() => page.getByText('No loans yet — add the first one above').count()).toBe(1);
    });
  });
});

describe('a composed library app, day to day', () => {
  it('edits a record in place, and searches and filters the list', async () => {
    await withApp(LIBRARY_SPEC, async ({ app, page }) => {
      await page.goto(`${app.url}/#/books`);
      const form = page.locator('form.record-form');
      await page.getByRole('button', { name: 'Edit book The Hobbit' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Edit book' }).count()).toBe(1);
      expect(await form.getByLabel('Title').inputValue()).toBe('The Hobbit');
      expect(await form.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
      await form.getByLabel('Title').fill('The Hobbit, or There and Back Again');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Book saved' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Add a book' }).count()).toBe(1);
      expect(await form.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(false);
      await expect
        .poll(() => page.getByRole('link', { name: 'The Hobbit, or There and Back Again' }).count())
        .toBe(1);

      // The detail page edits the record too.
      await page.getByRole('link', { name: 'A Brief History of Time' }).click();
      await page.getByRole('button', { name: 'Edit book A Brief History of Time' }).click();
      const editor = page.locator('.record-editor form');
      await editor.getByLabel('Author').fill('S. Hawking');
      await editor.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => page.locator('.detail-fields').textContent()).toContain('AuthorS. Hawking');
      expect(await editor.isVisible()).toBe(false);
      await page.getByRole('link', { name: '← Back to Books' }).click();

      const rows = page.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      await page.getByLabel('Search').fill('hawking');
      await expect
        .poll(() => rows.allTextContents())
        .toEqual([expect.stringContaining('A Brief History of Time')]);
      await page.getByLabel('Search').fill('');
      await page.locator('.toolbar').getByLabel('Genre').selectOption('Novel');
      await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('The Hobbit')]);
      // Sorted by title as the spec says: "A Brief..." before "The Hobbit...".
      await page.locator('.toolbar').getByLabel('Genre').selectOption('');
      await expect
        .poll(async () => (await rows.allTextContents()).map((t) => t.slice(0, 5)))
        .toEqual(['A Bri', 'The H']);
      // Figures follow the records.
      expect(await page.locator('.stats').textContent()).toContain('Books2');
    });
  });
});

describe('a composed shop app', () => {
  it('works out line totals from the product price and order totals from their lines', async () => {
    await withApp(SHOP_SPEC, async ({ app, page }) => {
      const tea = await post(app, 'product', { name: 'Tea', price: 2.5 });
      await post(app, 'product', { name: 'Soap', price: 4 });
      await post(app, 'order', { customer: 'Mrs Brown', placedOn: isoDay(0) });
      expect(tea.status).toBe(201);
      const refused = await post(app, 'orderLine', { order: 'nope', product: tea.data.id, quantity: 0 });
      expect(refused.status).toBe(400);
      expect(refused.data.error.fields).toEqual({
        order: 'Choose an order from the list',
        quantity: 'Quantity must be at least 1',
      });

      await page.goto(`${app.url}/#/lines`);
      const form = page.locator('form.record-form');
      await form.getByLabel('Product').selectOption({ label: 'Tea' });
      await form.getByLabel('Quantity').fill('3');
      await form.getByRole('button', { name: 'Add order line' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Order line added' }).count())
        .toBe(1);
      await form.getByLabel('Product').selectOption({ label: 'Soap' });
      await form.getByLabel('Quantity').fill('2');
      await form.getByRole('button', { name: 'Add order line' }).click();
      await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
      const cells = async (row: number) =>
        page.locator('tbody tr').nth(row).locator('td.num').allTextContents();
      expect(await cells(0)).toEqual(['3', '2.50', '7.50']);
      expect(await cells(1)).toEqual(['2', '4.00', '8.00']);
      // Computed fields are worked out, never stored.
      const stored = (await (await fetch(`${app.url}/api/orderLine`)).json()) as Record<string, unknown>[];
      expect(stored.every((r) => !('lineTotal' in r) && !('price' in r))).toBe(true);

      await page.getByRole('link', { name: 'Orders' }).first().click();
      const order = page.locator('tbody tr', { hasText: 'Mrs Brown' });
      await expect.poll(() => order.locator('td.num').textContent()).toBe('15.50');
      expect(await page.locator('.stats').textContent()).toContain('Sales15.50');
      const chart = page.locator('section.chart-section', { hasText: 'Sales by month' });
      expect(await chart.locator('svg title').first().textContent()).toBe('Sales by month');
      expect(await chart.locator('details tbody tr').count()).toBe(1);
      expect(await chart.locator('details tbody td').nth(1).textContent()).toBe('15.5');

      await page.getByRole('link', { name: 'Products' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await (await download).path();
      expect(readFileSync(file, 'utf8')).toBe('Name,Price,Category\nTea,2.5,\nSoap,4,\n');
      await page.getByLabel('Import CSV').setInputFiles({
        name: 'more.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Name,Price,Category\nJam,3.20,Food\nRefund,-1,\n'),
      });
      await expect
        .poll(() => page.locator('.section-status').textContent())
        .toBe('Imported 1 product; 1 row refused: Price cannot be negative');
      expect(await page.locator('tbody tr', { hasText: 'Jam' }).textContent()).toContain('3.20');
    });
  });
});

describe('a composed site', () => {
  it('navigates between its pages and stores sign-ups that the responses page lists', async () => {
    await withApp(SITE_SPEC, async ({ app, page }) => {
      await page.goto(`${app.url}/#/no-such-page`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome');
      const nav = page.getByRole('navigation', { name: 'Pages' });
      for (const [link, heading] of [
        ['Pricing', 'Pricing'],
        ['Sign up', 'Sign up'],
        ['Welcome', 'Welcome'],
      ] as const) {
        await nav.getByRole('link', { name: link }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
        expect(await nav.getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
      }
      await page.goBack();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Sign up');

      const form = page.locator('section.form-section');
      expect(await form.getByRole('heading', { name: 'Join a class' }).count()).toBe(1);
      await form.getByLabel('Your name').fill('Priya');
      await form.getByLabel('Email').fill('not-an-email');
      await form.getByRole('button', { name: 'Sign me up' }).click();
      await expect
        .poll(() => form.locator('.field-error:visible').textContent())
        .toBe('Email is not a valid email');
      await form.getByLabel('Email').fill('priya@example.com');
      await form.getByLabel('Plan').selectOption('Monthly');
      await form.getByRole('button', { name: 'Sign me up' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toBe('Thanks — see you on the mat!');
      await expect.poll(() => form.locator('.received').textContent()).toBe('Received: Priya');
      expect(await form.getByLabel('Your name').inputValue()).toBe('');

      await page.getByRole('link', { name: /Responses.*\(1\)/ }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Responses: Sign-ups');
      expect(await page.locator('tbody tr').textContent()).toContain('priya@example.com');
      expect(await nav.getByRole('link', { name: /Responses/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'Delete sign-up Priya' }).click();
      await expect.poll(() => page.getByText('No sign-ups yet').count()).toBe(1);
      await page.setViewportSize({ width: 360, height: 800 });
      await noHorizontalScroll(page);
    });
  });
});

describe('a composed planner', () => {
  it('moves a task across the board, pages the calendar, draws a gallery, runs its timer and marks an unknown tool', async () => {
    await withApp(PLANNER_SPEC, async ({ app, page }) => {
      await page.goto(`${app.url}/#/board`);
      const column = (name: string) =>
        page.locator('.board-column', { has: page.getByRole('heading', { name }) });
      await expect.poll(() => column('Doing').getByText('Write the agenda').count()).toBe(1);
      await column('Doing').getByLabel('Move to').selectOption('Done');
      await expect.poll(() => column('Done').getByText('Write the agenda').count()).toBe(1);
      expect(await column('Doing').locator('li').count()).toBe(0);

      // The board is live: a task someone else adds shows up without a reload.
      await post(app, 'task', { title: 'Book the room' });
      await expect.poll(() => column('To do').getByText('Book the room').count(), { timeout: 8000 }).toBe(1);

      await post(app, 'event', { name: 'Offsite', on: isoDay(0), place: 'Town hall' });
      await page.getByRole('link', { name: 'Calendar' }).click();
      await expect
        .poll(() => page.locator(`.day[data-date="${isoDay(0)}"]`).textContent())
        .toContain('Offsite');
      // The words typed besides the title are seen on the day too.
      expect(await page.locator(`.day[data-date="${isoDay(0)}"] .record-subtitle`).textContent()).toBe(
        'Town hall',
      );
      const month = await page.locator('.calendar-month').textContent();
      await page.getByRole('button', { name: 'Next month ›' }).click();
      expect(await page.locator('.calendar-month').textContent()).not.toBe(month);
      await page.getByRole('button', { name: '‹ Previous month' }).click();
      expect(await page.locator('.calendar-month').textContent()).toBe(month);

      await page.getByRole('link', { name: 'Photos' }).click();
      await page.locator('form.record-form').getByLabel('Caption').fill('Team lunch');
      await page.getByRole('button', { name: 'Add photo' }).click();
      await expect.poll(() => page.getByRole('img', { name: 'Team lunch' }).count()).toBe(1);
      // A tool the catalogue has works in place; one it has not is a placeholder that says so.
      const tool = (name: string) =>
        page.locator('.tool-section', { has: page.getByRole('heading', { name }) });
      expect(await tool('Stand-up timer').textContent()).toContain('15:00');
      expect(await tool('Seating plan').textContent()).toContain('This part is built separately');
    });
  });
});
