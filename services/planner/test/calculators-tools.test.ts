import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@isekai/test-kit';
import type { AppSpec, SectionSpec } from '@isekai/contracts';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { CALCULATOR_BLUEPRINT } from '../src/domain/knowledge/tools/define-calculator.js';
import { CALCULATOR_TOOLS } from '../src/domain/knowledge/tools/calculators.js';
import { TEXT_TRANSFORM_TOOLS } from '../src/domain/knowledge/tools/text-transforms.js';
import { HABIT_COLLECTION, UTILITY_TOOLS } from '../src/domain/knowledge/tools/utilities.js';
import { startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';

// Calculators and tools in a real app process, driven in Chromium as a person would: inputs typed by
// their labels, answers read from the page.

const CALCULATORS = [
  'bmi',
  'mortgage',
  'loan-payment',
  'compound-interest',
  'tip-split',
  'percent-change',
  'gpa',
  'age',
  'temperature-converter',
  'currency',
  'time-zone',
  'pace',
];

/** A tool's section as the planner would place it for this prompt: the entry's options, then what the prompt names. */
const TOOLS = [...UTILITY_TOOLS, ...TEXT_TRANSFORM_TOOLS];

function toolSection(id: string, prompt = ''): SectionSpec {
  const entry = TOOLS.find((t) => t.id === id)!;
  return {
    type: 'tool',
    blueprint: entry.blueprint ?? id,
    title: entry.name,
    options: { ...entry.options, ...entry.readOptions?.(prompt) },
  };
}
const TOOL_PROMPTS: Record<string, string> = {
  'world-clock': 'a world clock for Tokyo, London, New York and Mumbai',
  'habit-heatmap': 'a habit tracker for running',
};

function calculatorSection(id: string): SectionSpec {
  const entry = CALCULATOR_TOOLS.find((t) => t.id === id)!;
  return { type: 'tool', blueprint: CALCULATOR_BLUEPRINT, title: entry.name, options: entry.options };
}

const SPEC: AppSpec = {
  version: 2,
  kind: 'tool',
  blueprint: 'composed',
  title: 'Everyday tools',
  description: 'Calculators and small tools.',
  theme: { mode: 'light', colors: {} },
  options: {},
  collections: [HABIT_COLLECTION],
  pages: [
    ...CALCULATORS.map((id) => ({ id, title: id, sections: [calculatorSection(id)] })),
    ...TOOLS.map((t) => ({
      id: t.id,
      title: t.name,
      sections: [toolSection(t.id, TOOL_PROMPTS[t.id])],
    })),
    // What a prompt can say of a tool beyond its defaults: a size per group, a length limit.
    { id: 'seating-plan', title: 'Seating plan', sections: [toolSection('team-maker', 'tables of three')] },
    { id: 'word-limit', title: 'Essay', sections: [toolSection('word-counter', 'a 5 word limit')] },
    {
      id: 'scoreboard',
      title: 'Scoreboard',
      sections: [toolSection('tally-counter', 'a scoreboard for 2 teams')],
    },
  ],
};

// uqr exports no package.json: its folder is two above its CommonJS build (dist/index.cjs).
const UQR_DIR = dirname(dirname(createRequire(import.meta.url).resolve('uqr')));
let browser: Browser;
let app: RunningApp | null = null;
let page: Page;
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'isekai-tools-'));

beforeAll(async () => {
  browser = await launchChromium();
  await writeApp(dir, renderComposed(SPEC));
  // Outside the sandbox the app finds client libraries in a node_modules beside it.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(UQR_DIR, join(dir, 'node_modules', 'uqr'));
  app = await startGeneratedApp(dir);
  const context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  page = await context.newPage();
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

/** Opens a page of the app and waits for its tool to replace "Loading…". */
async function open(pageId: string): Promise<Locator> {
  await page.goto(`${app!.url}/#/${pageId}`);
  const section = page.locator('section.tool-section');
  await section.locator('.tool-body > :not(p.muted)').first().waitFor();
  return section;
}

/** The shown answer of the output with this label. */
function answer(section: Locator, label: string): Locator {
  return section.locator('.calc-output', { has: page.getByText(label, { exact: true }) }).locator('output');
}

async function fill(section: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const control = section.getByLabel(label, { exact: true });
    if ((await control.evaluate((n) => n.tagName)) === 'SELECT') await control.selectOption({ label: value });
    else await control.fill(value);
  }
}

describe('calculators in Chromium', () => {
  it('BMI: 70 kg and 170 cm is 24.2, healthy; an empty height says so', async () => {
    const s = await open('bmi');
    await fill(s, { Weight: '70', Height: '170' });
    await expect.poll(() => answer(s, 'BMI').textContent()).toBe('24.2');
    expect(await answer(s, 'Category').textContent()).toBe('Healthy weight');
    await fill(s, { Weight: '95', Height: '175' });
    await expect.poll(() => answer(s, 'BMI').textContent()).toBe('31');
    await fill(s, { Height: '' });
    await expect.poll(() => s.getByText('Height is needed.').isVisible()).toBe(true);
    expect(await answer(s, 'BMI').textContent()).toBe('—');
  });

  it('mortgage: 375,000 with 75,000 down at 6 % over 30 years is 1,798.65 a month, with a table', async () => {
    const s = await open('mortgage');
    await fill(s, { 'Home price': '375000', 'Down payment': '75000', 'Interest rate': '6', Term: '30' });
    await expect.poll(() => answer(s, 'Monthly payment').textContent()).toBe('1,798.65');
    expect(await answer(s, 'Loan amount').textContent()).toBe('300,000.00');
    await s.getByText('Amortization table').click();
    const rows = s.locator('.calc-amortization tbody tr');
    expect(await rows.count()).toBe(30);
    expect(await rows.last().locator('td').last().textContent()).toBe('0.00');
    await fill(s, { 'Down payment': '400000' });
    await expect
      .poll(() => s.getByRole('alert').textContent())
      .toBe('The down payment must be less than the home price.');
  });

  it('loan payment, compound interest with its chart, tip split, percentage change', async () => {
    let s = await open('loan-payment');
    await fill(s, { 'Loan amount': '300000', 'Interest rate (APR)': '6', Term: '30' });
    await expect.poll(() => answer(s, 'Monthly payment').textContent()).toBe('1,798.65');

    s = await open('compound-interest');
    await fill(s, { 'Starting amount': '10000', 'Interest rate': '5', Years: '10', Compounded: 'Monthly' });
    await expect.poll(() => answer(s, 'Final balance').textContent()).toBe('16,470.09');
    expect(await s.locator('.calc-chart rect.interest').count()).toBe(10);
    expect(await s.locator('.calc-chart-caption').textContent()).toContain('16,470.09');

    s = await open('tip-split');
    await fill(s, { Bill: '100', Tip: '15', People: '4' });
    await expect.poll(() => answer(s, 'Each person pays').textContent()).toBe('28.75');

    s = await open('percent-change');
    await fill(s, { 'Old value': '80', 'New value': '60' });
    await expect.poll(() => answer(s, 'Change').textContent()).toBe('-25 %');
  });

  it('GPA, age, temperature and pace', async () => {
    let s = await open('gpa');
    await fill(s, {
      'Course 1 grade': 'A',
      'Course 1 credits': '3',
      'Course 2 grade': 'B',
      'Course 2 credits': '4',
      'Course 3 grade': 'A−',
      'Course 3 credits': '3',
    });
    await expect.poll(() => answer(s, 'GPA').textContent()).toBe('3.51');

    s = await open('age');
    await fill(s, { 'Date of birth': '1990-06-20', 'Age on': '2024-03-15' });
    await expect.poll(() => answer(s, 'Age').textContent()).toBe('33 years 8 months');
    expect(await answer(s, 'Days').textContent()).toBe('12,322');

    s = await open('temperature-converter');
    await fill(s, { Temperature: '98.6', From: 'Fahrenheit (°F)' });
    await expect.poll(() => answer(s, 'Celsius').textContent()).toBe('37');

    s = await open('pace');
    await fill(s, { Distance: '10', Hours: '0', Minutes: '50', Seconds: '0' });
    await expect.poll(() => answer(s, 'Pace per km').textContent()).toBe('5:00');
  });

  it('currency with an edited rate, and a time-zone converter', async () => {
    let s = await open('currency');
    await fill(s, { Amount: '100', From: 'USD', To: 'EUR' });
    await expect.poll(() => answer(s, 'Converted amount').textContent()).toBe('92.00');
    await s.getByText('Exchange rates (per 1 USD)').click();
    await s.getByLabel('EUR', { exact: true }).fill('0.5');
    await expect.poll(() => answer(s, 'Converted amount').textContent()).toBe('50.00');

    s = await open('time-zone');
    await fill(s, { 'Date and time': '2024-01-15T09:00', In: 'New York', 'Time in': 'Tokyo' });
    await expect.poll(() => answer(s, 'Time there').getAttribute('data-value')).toBe('2024-01-15T23:00');
    expect(await answer(s, 'Time there').textContent()).toContain('11:00');
    expect(await answer(s, 'Difference').textContent()).toBe('14');
  });
});

describe('tools in Chromium', () => {
  it('text transforms: Base64 of "hello" is aGVsbG8= and back, Unicode-safe, URL encoding, bad input said', async () => {
    let s = await open('base64');
    const shown = (id: string) => s.locator(`[data-transform="${id}"] output`).textContent();
    const text = () => s.getByLabel('Text', { exact: true });
    await text().fill('hello');
    await expect.poll(() => shown('base64-encode')).toBe('aGVsbG8=');
    await text().fill('héllo 👋');
    await expect.poll(() => shown('base64-encode')).toBe('aMOpbGxvIPCfkYs=');
    await text().fill('aMOpbGxvIPCfkYs=');
    await expect.poll(() => shown('base64-decode')).toBe('héllo 👋');
    await text().fill('%%%');
    await expect.poll(() => shown('base64-decode')).toBe('This text cannot be converted.');

    s = await open('url-encoder');
    await text().fill('a b&c=d/é');
    await expect.poll(() => shown('url-encode')).toBe('a%20b%26c%3Dd%2F%C3%A9');
    await text().fill('a%20b%26c');
    await expect.poll(() => shown('url-decode')).toBe('a b&c');
  });

  it('word counter and case converter follow the text', async () => {
    let s = await open('word-counter');
    const figure = (label: string) => s.locator(`[data-stat="${label}"] output`);
    await s.getByLabel('Text', { exact: true }).fill('The quick brown fox. It jumps!\n\nOver the dog?');
    await expect.poll(() => figure('Words').textContent()).toBe('9');
    expect(await figure('Characters').textContent()).toBe('45');
    expect(await figure('Sentences').textContent()).toBe('3');
    expect(await figure('Paragraphs').textContent()).toBe('2');
    await s.getByLabel('Text', { exact: true }).fill('one two');
    await expect.poll(() => figure('Words').textContent()).toBe('2');

    // What is left of a limit the prompt names, and a word of warning past it.
    s = await open('word-limit');
    await s.getByLabel('Text', { exact: true }).fill('one two');
    await expect.poll(() => figure('Words left (of 5)').textContent()).toBe('3');
    await s.getByLabel('Text', { exact: true }).fill('one two three four five six seven');
    await expect.poll(() => figure('Words left (of 5)').textContent()).toBe('-2');
    expect(await s.getByRole('alert').textContent()).toBe('2 words over the limit of 5.');

    s = await open('case-converter');
    await s.getByLabel('Text', { exact: true }).fill('make it Loud, okay');
    const row = (id: string) => s.locator(`[data-transform="${id}"] output`);
    await expect.poll(() => row('upper').textContent()).toBe('MAKE IT LOUD, OKAY');
    expect(await row('title').textContent()).toBe('Make It Loud, Okay');
    expect(await row('snake').textContent()).toBe('make_it_loud_okay');
    expect(await row('camel').textContent()).toBe('makeItLoudOkay');
  });

  it('regex tester highlights the 2 matches and explains a bad pattern', async () => {
    const s = await open('regex-tester');
    await s.getByLabel('Pattern', { exact: true }).fill('\\d+');
    await s.getByLabel('Test text', { exact: true }).fill('room 12 and room 345');
    await expect.poll(() => s.locator('mark').allTextContents()).toEqual(['12', '345']);
    expect(await s.locator('[data-stat="Matches"] output').textContent()).toBe('2');
    await s.getByLabel('Pattern', { exact: true }).fill('(room');
    await expect.poll(() => s.getByRole('alert').textContent()).toContain('Unterminated group');
    expect(await s.locator('mark').count()).toBe(0);
  });

  it('world clock shows the named cities with the time in their zones', async () => {
    const s = await open('world-clock');
    const clocks = s.locator('li.clock');
    await expect.poll(() => clocks.count()).toBe(4);
    expect(await clocks.locator('strong').allTextContents()).toEqual([
      'Tokyo',
      'London',
      'New York',
      'Mumbai',
    ]);
    for (const zone of ['Asia/Tokyo', 'Europe/London', 'America/New_York', 'Asia/Kolkata']) {
      const shown =
        (await clocks
          .and(s.locator(`[data-zone="${zone}"]`))
          .locator('time')
          .textContent()) ?? '';
      // The zone's time now, worked out here by Node, a minute either way for a tick in between.
      const near = [-60000, 0, 60000].map((ms) =>
        new Date(Date.now() + ms).toLocaleTimeString('en-US', {
          timeZone: zone,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }),
      );
      expect(near, zone).toContain(shown.slice(0, 5));
    }
    await s.getByLabel('Add a city', { exact: true }).selectOption({ label: 'Sydney' });
    await expect.poll(() => clocks.count()).toBe(5);
    await s.getByRole('button', { name: 'Remove London' }).click();
    await expect
      .poll(() => clocks.locator('strong').allTextContents())
      .toEqual(['Tokyo', 'New York', 'Mumbai', 'Sydney']);
  });

  it('diff checker, lorem ipsum, random picker, team maker, dice and coin', async () => {
    let s = await open('diff-checker');
    await s.getByLabel('Original text', { exact: true }).fill('a\nb\nc');
    await s.getByLabel('Changed text', { exact: true }).fill('a\nx\nc\nd');
    await expect.poll(() => s.locator('.diff-added').allTextContents()).toEqual(['+x', '+d']);
    expect(await s.locator('.diff-removed').allTextContents()).toEqual(['−b']);

    s = await open('lorem-ipsum');
    await s.getByLabel('How many', { exact: true }).fill('2');
    await expect.poll(() => s.locator('.lorem-output p').count()).toBe(2);
    expect(await s.locator('.lorem-output p').first().textContent()).toMatch(/^Lorem ipsum dolor sit amet/);
    await s.getByLabel('Of', { exact: true }).selectOption('words');
    await s.getByLabel('How many', { exact: true }).fill('5');
    await expect.poll(() => s.locator('.lorem-output').textContent()).toBe('lorem ipsum dolor sit amet');

    s = await open('random-picker');
    await s.getByLabel('Entries', { exact: true }).fill('red\ngreen\nblue');
    await s.getByLabel('Leave picked entries out of the next pick', { exact: true }).check();
    const picked: string[] = [];
    for (let i = 0; i < 3; i++) {
      await s.getByRole('button', { name: 'Pick one' }).click();
      picked.push((await s.locator('.picker-result').textContent()) ?? '');
    }
    expect(picked.sort()).toEqual(['blue', 'green', 'red']);
    await s.getByRole('button', { name: 'Pick one' }).click();
    expect(await s.getByRole('alert').textContent()).toBe('Add at least one entry to pick from.');

    await s.getByLabel('Entries', { exact: true }).fill('tea\ncoffee');
    expect(await s.locator('.picker-listed').textContent()).toBe('2 entries: tea, coffee');

    // Teams are dealt as the names are typed, before any button; the button deals again.
    s = await open('team-maker');
    await s.getByLabel('Names', { exact: true }).fill('a\nb\nc\nd\ne\nf');
    await s.getByLabel('Number of teams', { exact: true }).fill('3');
    await expect.poll(() => s.locator('.team').count()).toBe(3);
    expect(await s.locator('.picker-listed').textContent()).toBe('6 names: a, b, c, d, e, f');
    await s.getByRole('button', { name: 'Make teams' }).click();
    expect(await s.locator('.team').count()).toBe(3);
    expect((await s.locator('.team li').allTextContents()).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);

    s = await open('seating-plan');
    await s.getByLabel('Names', { exact: true }).fill('a\nb\nc\nd\ne\nf\ng');
    await expect.poll(() => s.locator('.team').count()).toBe(3);
    expect(await s.locator('.team h3').allTextContents()).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(await s.getByLabel('People per table', { exact: true }).inputValue()).toBe('3');

    s = await open('dice-roller');
    await s.getByLabel('Dice', { exact: true }).selectOption('3');
    await s.getByLabel('Sides', { exact: true }).selectOption({ label: 'd20' });
    await s.getByRole('button', { name: 'Roll' }).click();
    const values = (await s.locator('.die').allTextContents()).map(Number);
    expect(values).toHaveLength(3);
    for (const v of values) expect(v >= 1 && v <= 20).toBe(true);
    expect(await s.locator('.dice-total').textContent()).toBe(
      `Rolled ${values.join(' + ')} = ${values.reduce((a, b) => a + b)}`,
    );
    await s.getByRole('button', { name: 'Flip a coin' }).click();
    expect(await s.locator('.coin-result').textContent()).toMatch(/^(Heads|Tails) \(heads \d, tails \d\)$/);
  });

  it('tally counter counts up and down, and a scoreboard keeps a counter a side', async () => {
    let s = await open('tally-counter');
    await s.getByRole('button', { name: 'Add one to Count' }).click();
    await s.getByRole('button', { name: 'Add one to Count' }).click();
    await expect.poll(() => s.locator('.tally-figure').textContent()).toBe('2');
    await s.getByRole('button', { name: 'Take one off Count' }).click();
    await expect.poll(() => s.locator('.tally-figure').textContent()).toBe('1');
    await s.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => s.locator('.tally-figure').textContent()).toBe('0');
    expect(await s.getByRole('button', { name: 'Reset' }).isDisabled()).toBe(true);

    s = await open('scoreboard');
    expect(await s.locator('.tally h3').allTextContents()).toEqual(['Team 1', 'Team 2']);
    await s.getByRole('button', { name: 'Add a point to Team 2' }).click();
    await expect.poll(() => s.locator('.tally-figure').allTextContents()).toEqual(['0', '1']);
  });

  it('colour palette and gradient follow their colours; the palette keeps a locked swatch', async () => {
    let s = await open('color-palette');
    await s.getByLabel('Base colour', { exact: true }).fill('#ff0000');
    await s.getByLabel('Harmony', { exact: true }).selectOption({ label: 'Complementary' });
    const colors = () =>
      s.locator('.swatch-card').evaluateAll((cards: any[]) => cards.map((c) => c.dataset.color as string));
    await expect.poll(async () => (await colors())[2]).toBe('#00ffff');
    await s.getByRole('button', { name: 'Lock #00ffff' }).click();
    await s.getByRole('button', { name: 'New palette' }).click();
    expect((await colors())[2]).toBe('#00ffff');
    expect(await colors()).toHaveLength(5);

    s = await open('gradient');
    await s.getByLabel('First colour', { exact: true }).fill('#112233');
    await expect
      .poll(() => s.locator('.gradient-code').textContent())
      .toMatch(/^background: linear-gradient\(90deg, #112233, /);
    await s.getByLabel('Shape', { exact: true }).selectOption('radial');
    await expect
      .poll(() => s.locator('.gradient-code').textContent())
      .toMatch(/^background: radial-gradient\(circle, #112233/);
  });

  it('metronome starts, beats and stops', async () => {
    const s = await open('metronome');
    // The tempo shows as it is typed, before the box is left.
    await s.getByLabel('Beats per minute (BPM)', { exact: true }).fill('180');
    await expect.poll(() => s.getByRole('status').textContent()).toBe('180 BPM: a beat every 0.33 s');
    await s.getByLabel('Beats per minute (BPM)', { exact: true }).blur();
    await s.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => s.locator('.light.on').count()).toBe(1);
    expect(await s.getByRole('button', { name: 'Stop' }).getAttribute('aria-pressed')).toBe('true');
    await s.getByRole('button', { name: 'Stop' }).click();
    expect(await s.locator('.light.on').count()).toBe(0);
  });

  it('drawing canvas draws, erases and saves a PNG; pixel art paints by mouse and keyboard', async () => {
    let s = await open('drawing-canvas');
    const canvas = s.locator('canvas');
    const pixel = (x: number, y: number) =>
      canvas.evaluate(
        (c: any, [px, py]: number[]) =>
          Array.from(c.getContext('2d').getImageData(px, py, 1, 1).data as number[]),
        [x, y],
      );
    expect(await pixel(400, 250)).toEqual([255, 255, 255, 255]);
    await s.getByRole('button', { name: 'Colour #e53935' }).click();
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await pixel(400, 250)).toEqual([229, 57, 53, 255]);
    await s.getByRole('button', { name: 'Undo' }).click();
    expect(await pixel(400, 250)).toEqual([255, 255, 255, 255]);
    const download = page.waitForEvent('download');
    await s.getByRole('button', { name: 'Save as PNG' }).click();
    expect((await download).suggestedFilename()).toBe('drawing-canvas.png');

    s = await open('pixel-art');
    await s.getByRole('button', { name: 'Colour #43a047' }).click();
    await s.getByRole('button', { name: 'Row 1, column 1', exact: true }).click();
    expect(
      await s.getByRole('button', { name: 'Row 1, column 1', exact: true }).getAttribute('data-color'),
    ).toBe('#43a047');
    await s.getByRole('button', { name: 'Row 1, column 1', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(
      await s.getByRole('button', { name: 'Row 2, column 2', exact: true }).getAttribute('data-color'),
    ).toBe('#43a047');
    await s.getByRole('button', { name: 'Clear' }).click();
  });

  it("QR code: drawn from uqr served at /vendor/, as Node's uqr encodes it, bigger for a longer text", async () => {
    const s = await open('qr-code');
    await s.getByLabel('Text or link', { exact: true }).fill('hello');
    const canvas = s.locator('canvas.qr-canvas');
    await expect.poll(() => canvas.getAttribute('data-modules')).toBe('29');
    const { encode } = await import('uqr');
    const expected = encode('hello', { ecc: 'M', border: 4 }).data.map((row) => row.map((d) => (d ? 1 : 0)));
    const drawn = await canvas.evaluate((c: any, n: number) => {
      const g = c.getContext('2d');
      const scale = c.width / n;
      return Array.from({ length: n }, (_, y) =>
        Array.from({ length: n }, (_, x) =>
          g.getImageData(x * scale + 1, y * scale + 1, 1, 1).data[0] < 128 ? 1 : 0,
        ),
      );
    }, 29);
    expect(drawn).toEqual(expected);
    await s
      .getByLabel('Text or link', { exact: true })
      .fill('https://example.com/a/much/longer/link/that/needs/a/bigger/code');
    await expect.poll(async () => Number(await canvas.getAttribute('data-modules'))).toBeGreaterThan(29);
    const download = page.waitForEvent('download');
    await s.getByRole('button', { name: 'Save as PNG' }).click();
    expect((await download).suggestedFilename()).toBe('qr-code.png');
  });

  it("habit heatmap keeps its days in the app's data", async () => {
    let s = await open('habit-heatmap');
    expect(await s.locator('.heat-habit').textContent()).toBe('Running');
    const today = s.locator('button.heat-cell').last();
    const day = await today.getAttribute('data-day');
    await today.click();
    await expect.poll(() => today.getAttribute('aria-pressed')).toBe('true');
    const stored = (await (await fetch(`${app!.url}/api/habitDay`)).json()) as {
      date: string;
      habit: string;
    }[];
    expect(stored.map((r) => [r.date, r.habit])).toEqual([[day, 'Running']]);
    expect(await s.locator('[data-stat="Current streak"] output').textContent()).toBe('1 day');
    s = await open('habit-heatmap');
    await expect.poll(() => s.locator('button.heat-cell').last().getAttribute('aria-pressed')).toBe('true');
    await s.locator('button.heat-cell').last().press('Enter');
    await expect.poll(() => s.locator('button.heat-cell').last().getAttribute('aria-pressed')).toBe('false');
    expect(await (await fetch(`${app!.url}/api/habitDay`)).json()).toEqual([]);
  });
});

describe('every button of a tool', () => {
  // A press a person cannot see looks broken: each button's first press changes what is read (text, a
  // canvas) or, for a mode like an eraser, shows the button pressed. Saving a file, copying and clearing
  // a fresh page leave it as it is by nature.
  const SILENT_BY_NATURE = /^(save|copy|download|clear)/i;
  const seen = (s: Locator) =>
    s.evaluate((root: any) => {
      const canvases = Array.from(root.querySelectorAll('canvas') as any[]).map((c) => c.toDataURL());
      const pressed = Array.from(root.querySelectorAll('button') as any[]).map((b) =>
        b.getAttribute('aria-pressed'),
      );
      return [root.innerText, ...canvases, ...pressed].join('\n');
    });

  it('changes what the page shows on its first press', async () => {
    const silent: string[] = [];
    for (const tool of TOOLS) {
      // Unworded buttons are a grid's cells and swatches: each tool's own test presses them.
      const names = (await (await open(tool.id)).locator('button:visible').allInnerTexts())
        .map((n) => n.trim())
        .filter((n) => n && !SILENT_BY_NATURE.test(n));
      for (const name of new Set(names)) {
        // Each press on a fresh page: the first press of each button, not one after another's.
        await page.goto('about:blank');
        const s = await open(tool.id);
        const button = s.locator('button:visible').filter({ hasText: name }).first();
        if (!(await button.isEnabled())) continue;
        const before = await seen(s);
        await button.click();
        await expect
          .poll(() => seen(s), { timeout: 1500 })
          .not.toBe(before)
          .catch(() => silent.push(`${tool.id}: ${name}`));
      }
    }
    expect(silent).toEqual([]);
  }, 240_000);
});

describe('at 360 px', () => {
  it('every calculator and tool fits without horizontal scroll, and nothing threw', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const id of [...CALCULATORS, ...UTILITY_TOOLS.map((t) => t.id)]) {
      await open(id);
      const [scroll, width] = await page.evaluate<[number, number]>(
        '[document.documentElement.scrollWidth, window.innerWidth]',
      );
      expect(scroll, id).toBeLessThanOrEqual(width);
    }
    expect(problems).toEqual([]);
  });
});
