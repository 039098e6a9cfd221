import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@isekai/test-kit';
import { migrateSpecV1, type AppSpec, type AppSpecV1, type FieldSpec } from '@isekai/contracts';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { composedFromV1 } from '../src/domain/understanding/v1-blueprints.js';
import { startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';

// The tools that were v1 blueprints, as plans stored then name them, in a real app process driven in
// Chromium: what each did under the v1 renderer it still does under the composed one.

/** A v1 plan of this blueprint, migrated as the backend reads it, then as the composed renderer draws it. */
function v1App(
  blueprint: string,
  kind: string,
  options: Record<string, unknown> = {},
  entities: AppSpecV1['entities'] = [],
) {
  const v1: AppSpecV1 = {
    kind,
    blueprint,
    title: blueprint,
    description: '',
    entities,
    features: [],
    theme: 'light',
    options,
  };
  return composedFromV1(migrateSpecV1(v1));
}

const CARD_FIELDS: FieldSpec[] = [
  { name: 'front', label: 'Front', type: 'text', required: true },
  { name: 'back', label: 'Back', type: 'text', required: true },
];

const APPS = [
  v1App('pomodoro', 'timer', { workMinutes: 1, breakMinutes: 1 }),
  v1App('stopwatch', 'timer'),
  v1App('timer', 'timer', { minutes: 2 }),
  v1App('countdown', 'timer', { target: { label: 'New Year', month: 1, day: 1 } }),
  v1App('markdown-editor', 'text-tool'),
  v1App('json-formatter', 'text-tool'),
  v1App('password-generator', 'text-tool', { length: 20 }),
  v1App('quiz', 'game', {
    questions: [
      { question: 'Capital of France?', choices: ['Paris', 'Rome'], answer: 'Paris' },
      { question: 'Capital of Peru?', choices: ['Quito', 'Lima'], answer: 'Lima' },
    ],
  }),
  v1App(
    'flashcards',
    'game',
    { frontLabel: 'Spanish', backLabel: 'English', seed: [{ front: 'hola', back: 'hello' }] },
    [{ name: 'card', label: 'Card', plural: 'Cards', fields: CARD_FIELDS }],
  ),
  v1App('tic-tac-toe', 'game'),
  v1App('poll', 'live', { question: 'Best fruit?', seed: ['Apples', 'Pears'] }, [
    { name: 'option', label: 'Option', plural: 'Options', fields: [] },
  ]),
  v1App('calculator', 'calculator'),
  v1App('tip-calculator', 'calculator'),
  v1App('unit-converter', 'calculator', { categories: ['length', 'temperature'] }),
  v1App('chat', 'live', {}, [{ name: 'message', label: 'Message', plural: 'Messages', fields: [] }]),
];

/** Every former blueprint on a page of one app, named by its blueprint. */
const SPEC: AppSpec = {
  version: 2,
  kind: 'tool',
  blueprint: 'composed',
  title: 'Former blueprints',
  description: '',
  theme: { mode: 'light', colors: {} },
  options: {},
  collections: APPS.flatMap((a) => a.collections),
  pages: APPS.map((a) => ({ ...a.pages[0]!, id: a.title })),
};

let browser: Browser;
let app: RunningApp | null = null;
let page: Page;
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'isekai-v1-tools-'));

beforeAll(async () => {
  browser = await launchChromium();
  await writeApp(dir, renderComposed(SPEC));
  app = await startGeneratedApp(dir);
  page = await browser.newPage({ viewport: { width: 390, height: 800 }, locale: 'en-US' });
  page.setDefaultTimeout(8000);
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await stopGeneratedApp(app);
  rmSync(dir, { recursive: true, force: true });
});

async function open(pageId: string): Promise<Locator> {
  await page.goto(`${app!.url}/#/${pageId}`);
  const section = page.locator('section.tool-section');
  await section.locator('.tool-body > :not(p.muted)').first().waitFor();
  return section;
}

const face = (s: Locator) => s.getByRole('timer').textContent();

describe('former v1 timers', () => {
  it('pomodoro counts down its work minutes, pauses, resets and skips to the break', async () => {
    const s = await open('pomodoro');
    expect(await face(s)).toBe('01:00');
    await s.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => face(s), { timeout: 4000 }).toBe('00:59');
    await s.getByRole('button', { name: 'Pause' }).click();
    const paused = await face(s);
    await page.waitForTimeout(1200);
    expect(await face(s)).toBe(paused);
    await s.getByRole('button', { name: 'Skip to break' }).click();
    expect(await s.locator('.timer-phase').textContent()).toBe('Break');
    await s.getByRole('button', { name: 'Skip to work' }).click();
    expect(await s.getByText('Completed work sessions: 1').count()).toBe(1);
    await s.getByRole('button', { name: 'Reset' }).click();
    expect(await face(s)).toBe('01:00');
  });

  it('stopwatch runs, records laps with their splits, and resets', async () => {
    const s = await open('stopwatch');
    expect(await s.getByText('No laps yet').isVisible()).toBe(true);
    await s.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(300);
    await s.getByRole('button', { name: 'Lap' }).click();
    await page.waitForTimeout(200);
    await s.getByRole('button', { name: 'Lap' }).click();
    await s.getByRole('button', { name: 'Stop' }).click();
    const laps = await s.locator('.laps li').allTextContents();
    expect(laps).toHaveLength(2);
    expect(laps[1]).toMatch(/^Lap 2: \d\d:\d\d\.\d\d \(total \d\d:\d\d\.\d\d\)$/);
    expect(await s.getByText('No laps yet').isVisible()).toBe(false);
    await s.getByRole('button', { name: 'Reset' }).click();
    expect(await face(s)).toBe('00:00.00');
    expect(await s.locator('.laps li').count()).toBe(0);
  });

  it('timer starts from its minutes, follows a new number of minutes, and pauses', async () => {
    const s = await open('timer');
    expect(await face(s)).toBe('02:00');
    await s.getByLabel('Minutes', { exact: true }).fill('3');
    await s.getByLabel('Minutes', { exact: true }).dispatchEvent('change');
    expect(await face(s)).toBe('03:00');
    await s.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => face(s), { timeout: 4000 }).toBe('02:59');
    await s.getByRole('button', { name: 'Pause' }).click();
    expect(await s.getByText('Time is up!').isVisible()).toBe(false);
  });

  it('countdown shows the days to its day, and counts to another date until cleared', async () => {
    const s = await open('countdown');
    expect(await s.getByRole('heading', { name: 'Time left until New Year' }).count()).toBe(1);
    const days = Number(await s.locator('dd').first().textContent());
    expect(days).toBeGreaterThanOrEqual(0);
    expect(days).toBeLessThanOrEqual(366);
    const inTen = new Date(Date.now() + 10.5 * 86400000).toISOString().slice(0, 10);
    await s.getByLabel('Date', { exact: true }).fill(inTen);
    await s.getByRole('button', { name: 'Set date' }).click();
    await expect.poll(() => s.locator('dd').first().textContent()).toMatch(/^(9|10)$/);
    await s.getByRole('button', { name: 'Back to New Year' }).click();
    expect(Number(await s.locator('dd').first().textContent())).toBe(days);
  });
});

describe('former v1 text tools', () => {
  it('markdown editor previews as it is typed, never runs typed HTML, and keeps the draft', async () => {
    let s = await open('markdown-editor');
    expect(await s.locator('.markdown-preview h1').textContent()).toBe('Hello');
    const source = s.getByLabel('Markdown', { exact: true });
    await source.fill('## Notes\n\n- **bold** and `code`\n\n<img src=x onerror=alert(1)>');
    await expect.poll(() => s.locator('.markdown-preview h2').textContent()).toBe('Notes');
    expect(await s.locator('.markdown-preview li strong').textContent()).toBe('bold');
    expect(await s.locator('.markdown-preview img').count()).toBe(0);
    expect(await s.locator('.markdown-preview').textContent()).toContain('<img src=x onerror=alert(1)>');
    await expect.poll(() => s.getByText('Saved').count()).toBe(1);
    s = await open('markdown-editor');
    expect(await s.locator('.markdown-preview h2').textContent()).toBe('Notes');
  });

  it('json formatter formats with the chosen indent, minifies, and says where JSON is broken', async () => {
    const s = await open('json-formatter');
    const input = s.getByLabel('JSON input', { exact: true });
    await input.fill('{"a":[1,2]}');
    await s.getByLabel('Indent', { exact: true }).selectOption('4');
    await s.getByRole('button', { name: 'Format' }).click();
    expect(await s.locator('.json-output').textContent()).toBe(
      '{\n    "a": [\n        1,\n        2\n    ]\n}',
    );
    await s.getByRole('button', { name: 'Minify' }).click();
    expect(await s.locator('.json-output').textContent()).toBe('{"a":[1,2]}');
    await input.fill('{\n  "a": 1,\n}');
    await s.getByRole('button', { name: 'Validate' }).click();
    expect(await s.getByRole('status').textContent()).toMatch(/^Invalid JSON: .*\(line 3, column 1\)$/);
  });

  it('password generator makes passwords of its length from the kinds chosen', async () => {
    const s = await open('password-generator');
    const password = s.locator('output.password');
    expect(await password.textContent()).toHaveLength(20);
    for (const kind of ['Uppercase letters (A-Z)', 'Lowercase letters (a-z)', 'Symbols (!@#$%)'])
      await s.getByLabel(kind, { exact: true }).uncheck();
    await s.getByRole('button', { name: 'Generate' }).click();
    expect(await password.textContent()).toMatch(/^\d{20}$/);
    await s.getByLabel('Numbers (0-9)', { exact: true }).uncheck();
    expect(await s.locator('p.status').textContent()).toBe('Choose at least one kind of character.');
  });
});

describe('former v1 games', () => {
  it('quiz marks each answer, keeps the score, and plays again', async () => {
    const s = await open('quiz');
    expect(await s.locator('.quiz-question').textContent()).toBe('Capital of France?');
    await s.getByRole('button', { name: 'Rome' }).click();
    expect(await s.getByRole('status').textContent()).toBe('Not quite: the answer is Paris.');
    await s.getByRole('button', { name: 'Next question' }).click();
    await s.getByRole('button', { name: 'Lima' }).click();
    expect(await s.getByRole('status').textContent()).toBe('Correct! Final score: 1 of 2.');
    expect(await s.getByRole('button', { name: 'Quito' }).isDisabled()).toBe(true);
    await s.getByRole('button', { name: 'Play again' }).click();
    expect(await s.locator('.quiz-question').textContent()).toBe('Capital of France?');
  });

  it('flashcards flip, and a card added is kept by the server under the v1 collection name', async () => {
    const s = await open('flashcards');
    const card = s.locator('.flashcard');
    await expect.poll(() => card.textContent()).toBe('Spanishhola');
    await s.getByRole('button', { name: 'Flip', exact: true }).click();
    expect(await card.textContent()).toBe('Englishhello');
    await s.getByLabel('Spanish', { exact: true }).fill('gato');
    await s.getByLabel('English', { exact: true }).fill('cat');
    await s.getByRole('button', { name: 'Add card' }).click();
    await expect.poll(() => card.textContent()).toBe('Spanishgato');
    const stored = (await (await fetch(`${app!.url}/api/cards`)).json()) as { front: string }[];
    expect(stored.map((c) => c.front).sort()).toEqual(['gato', 'hola']);
    await page.keyboard.press('Space');
    expect(await card.textContent()).toBe('Englishcat');
    await s.getByRole('button', { name: 'Delete current card' }).click();
    await expect.poll(() => s.getByText(/^Card \d of 1$/).count()).toBe(1);
  });

  it('tic-tac-toe is for two on one screen, as the v1 board was', async () => {
    const s = await open('tic-tac-toe');
    const squares = s.locator('.ttt-board > *');
    await squares.nth(0).click();
    await squares.nth(4).click();
    await expect.poll(() => squares.nth(4).textContent()).toMatch(/O/);
  });
});

describe('former v1 live tools', () => {
  it('poll counts a vote once from this browser, keeps it after a reload, and loses none at once', async () => {
    let s = await open('poll');
    expect(await s.getByRole('heading', { name: 'Best fruit?' }).count()).toBe(1);
    await s.getByRole('button', { name: 'Vote for Pears' }).click();
    await expect.poll(() => s.getByText('You voted for Pears.').count()).toBe(1);
    expect(await s.getByRole('button', { name: 'Vote for Apples' }).isDisabled()).toBe(true);
    s = await open('poll');
    await expect.poll(() => s.locator('.bar-row strong').allTextContents()).toEqual(['0', '1']);
    const [apples] = (await (await fetch(`${app!.url}/api/options`)).json()) as { id: string }[];
    const vote = () =>
      fetch(`${app!.url}/api/options/${apples!.id}/increment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ field: 'votes' }),
      });
    await Promise.all([vote(), vote(), vote()]);
    await expect
      .poll(() => s.locator('.bar-row strong').allTextContents(), { timeout: 6000 })
      .toEqual(['3', '1']);
    expect(await s.getByText('Total votes: 4').count()).toBe(1);
    const refused = await fetch(`${app!.url}/api/options/${apples!.id}/increment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'option' }),
    });
    expect(refused.status).toBe(400);
    const beyond = await fetch(`${app!.url}/api/options/${apples!.id}/increment/more`, { method: 'POST' });
    expect(beyond.status).toBe(404);
  });

  it('chat sends a message with Enter, and shows messages others send', async () => {
    const s = await open('chat');
    expect(await s.getByText('No messages yet. Say hello!').isVisible()).toBe(true);
    await s.getByLabel('Your name', { exact: true }).fill('Ana');
    await s.getByLabel('Message', { exact: true }).fill('Hello room');
    await s.getByLabel('Message', { exact: true }).press('Enter');
    await expect.poll(() => s.locator('.chat-messages li.mine p').allTextContents()).toEqual(['Hello room']);
    await fetch(`${app!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ben', message: 'Hi Ana' }),
    });
    await expect
      .poll(() => s.locator('.chat-messages li p').allTextContents(), { timeout: 5000 })
      .toEqual(['Hello room', 'Hi Ana']);
  });
});

describe('former v1 calculators', () => {
  it('the pocket calculator works one operation at a time, by keypad and keyboard', async () => {
    const s = await open('calculator');
    const display = s.getByLabel('Display', { exact: true });
    for (const k of ['7', '+', '8', '=']) await s.getByRole('button', { name: k, exact: true }).click();
    expect(await display.inputValue()).toBe('15');
    await page.keyboard.type('9/0');
    await page.keyboard.press('Enter');
    expect(await display.inputValue()).toBe('Error');
    await page.keyboard.press('Escape');
    await page.keyboard.type('12*3-6');
    await page.keyboard.press('Enter');
    expect(await display.inputValue()).toBe('30');
  });

  it('a v1 tip calculator and unit converter are the catalogue calculators', async () => {
    let s = await open('tip-calculator');
    expect(await s.getByRole('heading', { name: 'Tip and bill split calculator' }).count()).toBe(1);
    s = await open('unit-converter');
    expect(await s.locator('h2').allTextContents()).toEqual(['Length converter', 'Temperature converter']);
  });
});

describe('the app', () => {
  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});
