import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppSpec, ErrorBody, PlanRequest, PlanResponse } from '@isekai/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { serverSource } from '../../planner/test/support/model-answers.js';
import { openBrowser, type Browser } from './support/browser.js';
import { eventually } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

/** A library as spec v2 composes it: a loan refers to a book and a member, and works out whether it is overdue. */
const LIBRARY: AppSpec = {
  version: 2,
  kind: 'data',
  blueprint: 'composed',
  title: 'Lending Library',
  description: 'Books, members and the loans between them.',
  collections: [
    {
      name: 'member',
      label: 'Member',
      plural: 'Members',
      fields: [{ name: 'name', label: 'Name', type: 'text', required: true }],
    },
    {
      name: 'loan',
      label: 'Loan',
      plural: 'Loans',
      fields: [
        { name: 'borrower', label: 'Borrower', type: 'reference', ref: 'member' },
        { name: 'dueDate', label: 'Due date', type: 'date' },
        {
          name: 'overdue',
          label: 'Overdue',
          type: 'boolean',
          formula: { op: 'lt', args: [{ field: 'dueDate' }, { today: true }] },
        },
      ],
    },
  ],
  pages: [
    { id: 'loans', title: 'Loans', sections: [{ type: 'collection', collection: 'loan', view: 'table' }] },
    {
      id: 'members',
      title: 'Members',
      sections: [{ type: 'collection', collection: 'member', view: 'cards' }],
    },
  ],
  theme: { mode: 'light', colors: { background: '#fffff0', components: '#228b22' } },
  options: {},
};

const BUILT = [
  'Loans: a table with borrower, due date and whether it is overdue',
  'Members: cards with a name',
];
const LEFT_OUT = ['Email reminders: apps have no network, so overdue loans are marked in the table instead'];
const NOT_UNDERSTOOD = 'asdfgh qwerty';
const SUGGESTIONS = ['a library to track books and the members who borrow them', 'a reading list'];
const CHANGE_NOT_UNDERSTOOD = 'make it sparkle';
const CHANGE_SUGGESTIONS = ['make the header dark blue', 'add a returned checkbox to loans'];

function refusalOf(request: PlanRequest): (ErrorBody & { status: number }) | null {
  if (request.prompt === NOT_UNDERSTOOD && !request.current)
    return {
      error: {
        code: 'prompt-not-understood',
        message: 'Isekai could not tell what app “asdfgh qwerty” is.',
        details: { suggestions: SUGGESTIONS },
      },
      status: 422,
    };
  if (request.prompt === CHANGE_NOT_UNDERSTOOD && request.current)
    return {
      error: {
        code: 'change-not-understood',
        message: 'Isekai did not see a change it can make in “make it sparkle”.',
        details: { suggestions: CHANGE_SUGGESTIONS },
      },
      status: 422,
    };
  return null;
}

function planResponse(request: PlanRequest): PlanResponse {
  const change = request.current !== undefined;
  const heading = change ? 'Lending Library, changed' : 'Lending Library';
  return {
    plan: {
      spec: LIBRARY,
      summary: change ? `Changed: ${request.prompt}.` : 'A lending library with loans and members.',
      built: BUILT,
      leftOut: LEFT_OUT,
      steps: ['Read the prompt.'],
      notes: ['Sample loans are marked as samples.'],
    },
    files: {
      'manifest.json': '{"name": "Lending Library", "entry": "server.js", "runtime": "node"}',
      'server.js': serverSource(heading),
    },
    engine: 'fake',
    notes: ['Sample loans are marked as samples.'],
  };
}

/** A planner over HTTP that answers every plan at once, and refuses two prompts as the real one refuses gibberish. */
async function startFakePlanner(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","engine":"fake"}');
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request = JSON.parse(body) as PlanRequest;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const refusal = refusalOf(request);
      if (refusal) {
        res.end(`event: error\ndata: ${JSON.stringify(refusal)}\n\n`);
        return;
      }
      res.end(`event: plan\ndata: ${JSON.stringify(planResponse(request))}\n\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The Change button (and Enter with it) waits while the app is being planned or started. */
const notBusy = (page: Page) =>
  page
    .locator(['running', 'stopped', 'expired'].map((s) => `.app-header [data-status="${s}"]`).join(', '))
    .waitFor();

const noHorizontalScroll = (page: Page) =>
  // A string, not a function: this package's TypeScript has no DOM types.
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

describe('the web UI shows what was built, what was left out, and its rough edges are gone', () => {
  let planner: { url: string; server: Server };
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let appId: string;

  beforeAll(async () => {
    planner = await startFakePlanner();
    // Apps expire after 3 s, so the expired app of the last tests needs no waiting for.
    platform = await startPlatform({
      appPorts: appPorts(20),
      env: { PLANNER_URL: planner.url, EXECUTION_TIMEOUT_MS: '3000' },
    });
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${platform.backend.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    planner?.server.close();
  });

  it('shows the summary, what was built, what was left out and the notes, in that order', async () => {
    await page.getByLabel('Describe your app').fill('a library with loans and members');
    await page.getByRole('button', { name: 'Generate' }).click();
    await page.waitForURL(/#\/apps\/[a-z0-9]{12}$/);
    appId = /#\/apps\/([a-z0-9]{12})$/.exec(page.url())![1]!;
    await page.getByRole('tab', { name: 'Activity' }).click();

    const report = page.locator('.progress .plan-report');
    await report.getByRole('region', { name: 'What was built' }).waitFor();
    expect(
      await report.getByRole('region', { name: 'What was built' }).locator('li').allTextContents(),
    ).toEqual(BUILT);
    expect(await report.getByRole('region', { name: 'Left out' }).locator('li').allTextContents()).toEqual(
      LEFT_OUT,
    );
    const order = await report
      .locator('.plan-summary, .plan-built, .plan-left-out, .notes')
      .evaluateAll((nodes) => nodes.map((n) => n.className));
    expect(order).toEqual(['plan-summary', 'plan-built', 'plan-left-out', 'notes']);
    expect(await report.locator('.plan-summary').textContent()).toBe(
      'A lending library with loans and members.',
    );
  });

  it('shows left out calmly, not as an error', async () => {
    const leftOut = page.locator('.plan-left-out');
    expect(await leftOut.getAttribute('role')).toBeNull();
    expect(await page.locator('.progress [role="alert"]').count()).toBe(0);
    // Strings, not functions: this package's TypeScript has no DOM types. The probe reads the UI's danger red.
    const colours = await page.evaluate<{ text: string; border: string; danger: string }>(`(() => {
      const node = document.querySelector('.plan-left-out');
      const probe = document.createElement('span');
      probe.style.color = 'var(--danger)';
      node.append(probe);
      const danger = getComputedStyle(probe).color;
      probe.remove();
      return { text: getComputedStyle(node).color, border: getComputedStyle(node).borderLeftColor, danger };
    })()`);
    expect(colours.text).not.toBe(colours.danger);
    expect(colours.border).not.toBe(colours.danger);
  });

  it('summarises the v2 spec: pages, collections, references, computed fields and colour swatches', async () => {
    const spec = page.locator('.progress .spec');
    expect(await spec.locator('.spec-pages').textContent()).toBe('Pages: Loans · Members');
    expect(
      await spec
        .locator('[data-collection]')
        .evaluateAll((n) => n.map((e) => e.getAttribute('data-collection'))),
    ).toEqual(['member', 'loan']);
    expect(await spec.locator('[data-field="borrower"] .field-kind').textContent()).toBe('→ Member');
    expect(await spec.locator('[data-field="overdue"] .field-kind').textContent()).toBe('computed');
    const swatches = await page.evaluate<string[][]>(
      `[...document.querySelectorAll('.progress .spec .swatch')].map((n) => [n.dataset.part, getComputedStyle(n).backgroundColor])`,
    );
    expect(swatches).toEqual([
      ['background', 'rgb(255, 255, 240)'],
      ['components', 'rgb(34, 139, 34)'],
    ]);
  });

  it('shows the latest change in the header instead of the first prompt', async () => {
    expect(await page.locator('.app-prompt').textContent()).toContain('“a library with loans and members”');
    await notBusy(page);
    await page.getByLabel('Change this app').fill('add a due date');
    await page.getByLabel('Change this app').press('Enter');

    await page.getByText('Version 2 ·').waitFor();
    await expect
      .poll(() => page.locator('.app-prompt').textContent())
      .toContain('latest change: “add a due date”');
    expect(await page.locator('.app-prompt').textContent()).not.toContain('a library with loans and members');
  });

  it('lists a hand edit as "Edited by hand" with its files, not with the previous summary', async () => {
    const files = await platform.api(`/api/apps/${appId}/files`);
    const edited = await platform.api(`/api/apps/${appId}/files`, {
      method: 'PATCH',
      json: { files: { 'server.js': `${files.body.files['server.js'] as string}\n// edited by hand\n` } },
    });
    expect(edited.status).toBe(202);
    await page.getByText('Version 3 ·').waitFor();
    await page.getByRole('tab', { name: 'Versions' }).click();

    const line = page.locator('.version[data-version="3"] .version-summary');
    await expect.poll(() => line.textContent()).toBe('Edited by hand: server.js');
    expect(await page.locator('.version[data-version="2"] .version-summary').textContent()).toBe(
      '“add a due date”',
    );
  });

  it('answers a change it did not understand under the box, keeping the prompt and storing nothing', async () => {
    await page.getByRole('tab', { name: 'Preview' }).click();
    await notBusy(page);
    await page.getByLabel('Change this app').fill(CHANGE_NOT_UNDERSTOOD);
    await page.getByLabel('Change this app').press('Enter');

    const notice = page.locator('.change-form .rejection');
    await notice.getByText('Isekai did not see a change it can make in “make it sparkle”.').waitFor();
    await expect.poll(() => page.getByLabel('Change this app').inputValue()).toBe(CHANGE_NOT_UNDERSTOOD);
    await notice.getByRole('button', { name: CHANGE_SUGGESTIONS[0] }).click();
    expect(await page.getByLabel('Change this app').inputValue()).toBe(CHANGE_SUGGESTIONS[0]);
    expect((await platform.api(`/api/apps/${appId}/versions`)).body.versions).toHaveLength(3);
    expect(await page.locator('.app-prompt').textContent()).toContain('latest change: “add a due date”');
  });

  it('answers a prompt it did not understand under the prompt box, keeping it and leaving no app', async () => {
    await page.getByRole('button', { name: '+ New app' }).click();
    await page.getByLabel('Describe your app').fill(NOT_UNDERSTOOD);
    await page.getByRole('button', { name: 'Generate' }).click();

    const notice = page.locator('.new-app-view .rejection');
    await notice.getByText('Isekai could not tell what app “asdfgh qwerty” is.').waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await page.getByLabel('Describe your app').inputValue()).toBe(NOT_UNDERSTOOD);
    expect(await page.locator('.sidebar .app-link').allTextContents()).not.toContainEqual(
      expect.stringContaining(NOT_UNDERSTOOD),
    );
    const listed = (await platform.api('/api/apps')).body.apps as { prompt: string }[];
    expect(listed.map((a) => a.prompt)).not.toContain(NOT_UNDERSTOOD);

    await notice.getByRole('button', { name: SUGGESTIONS[1] }).click();
    expect(await page.getByLabel('Describe your app').inputValue()).toBe(SUGGESTIONS[1]);
  });

  it('truncates a long app name in the sidebar and keeps its badge inside', async () => {
    const name = 'The neighbourhood lending library for books, board games, garden tools, gadgets';
    const created = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a library', name } });
    expect([201, 202]).toContain(created.status); // 202 once the backend's refactor lands
    const link = page.locator(`.sidebar a[href="#/apps/${created.body.id as string}"]`);
    await link.waitFor();

    expect(await link.locator('.app-name').getAttribute('title')).toBe(name);
    const box = await link.evaluate((a) => {
      const sidebar = a.closest('.sidebar')!.getBoundingClientRect();
      const badge = a.querySelector('.badge')!.getBoundingClientRect();
      const label = a.querySelector('.app-name')!;
      return {
        sidebarRight: sidebar.right,
        badgeRight: badge.right,
        truncated: label.scrollWidth > label.clientWidth,
      };
    });
    expect(box.truncated).toBe(true);
    expect(box.badgeRight).toBeLessThanOrEqual(box.sidebarRight);
  });

  it('keeps every tab reachable at 360 px, with no horizontal scroll', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${platform.backend.url}/#/apps/${appId}`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();

    const names = await tabs.allTextContents();
    expect(names).toEqual(['Preview', 'Activity', 'Files', 'Versions', 'Log']);
    for (const name of names) {
      const tab = page.getByRole('tab', { name });
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await tab.click();
      expect(await tab.getAttribute('aria-selected')).toBe('true');
    }
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('says once, calmly, that an expired app ran out of time, with the way to start it again', async () => {
    await eventually(
      async () => (await platform.api(`/api/apps/${appId}`)).body.status as string,
      (status) => status === 'expired',
    );
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.locator('.app-header [data-status="expired"]').waitFor();

    const pane = page.locator('.preview');
    await pane
      .getByText(/time limit/)
      .first()
      .waitFor();
    expect(await pane.getByText(/time limit/).count()).toBe(1);
    expect(await pane.locator('[role="alert"], .notice-error').count()).toBe(0);
    await pane.getByRole('button', { name: 'Start' }).click();
    await page.locator('.app-header [data-status="running"]').waitFor();
  });

  it('keeps the app’s plan in sight after a run that planned nothing (a start)', async () => {
    await page.getByRole('tab', { name: 'Activity' }).click();

    const about = page.getByRole('region', { name: 'About this app' });
    await about.getByRole('region', { name: 'Left out' }).waitFor();
    expect(await about.locator('.plan-summary').textContent()).toBe('Changed: add a due date.');
    expect(
      await about.getByRole('region', { name: 'What was built' }).locator('li').allTextContents(),
    ).toEqual(BUILT);
  });

  it('logged no errors in the browser console', () => {
    expect(browser.problems).toEqual([]);
  });
});
