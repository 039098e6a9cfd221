import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSpec, SectionSpec } from '@isekai/contracts';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { CALCULATOR_BLUEPRINT } from '../src/domain/knowledge/tools/define-calculator.js';
import { CALCULATOR_TOOLS } from '../src/domain/knowledge/tools/calculators.js';
import { startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';

// Calculators and tools in a real app process, driven in Chromium as a person would: inputs typed by
// their labels, answers read from the page.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
  collections: [],
  pages: CALCULATORS.map((id) => ({ id, title: id, sections: [calculatorSection(id)] })),
};

let browser: Browser;
let app: RunningApp | null = null;
let page: Page;
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'isekai-tools-'));

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  await writeApp(dir, renderComposed(SPEC));
  app = await startGeneratedApp(dir);
  const context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
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
    await fill(s, { 'Loan amount': '300000', 'Interest rate': '6', Term: '30' });
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
    await fill(s, { From: '80', To: '60' });
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

  it('fits a 360 px screen without uncaught errors', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const id of ['mortgage', 'compound-interest', 'gpa']) {
      await open(id);
      const [scroll, width] = await page.evaluate<[number, number]>(
        '[document.documentElement.scrollWidth, window.innerWidth]',
      );
      expect(scroll, id).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1000, height: 800 });
    expect(problems).toEqual([]);
  });
});
