// The content sections and the theme in a real browser: one of each section rendered from a fixture on a
// page served with the generated apps' CSP, checked for structure, keyboard use, layout at phone width and
// the colours the theme named.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHex, parse, wcagContrast } from 'culori';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@isekai/test-kit';
import type { SectionSpec, ThemeSpec } from '@isekai/contracts';
import { renderThemeCss } from '../src/domain/compose/theme-css.js';

const PUBLIC = fileURLToPath(new URL('../assets/app/public/', import.meta.url));
const THEME: ThemeSpec = {
  mode: 'light',
  colors: { background: '#fffff0', components: '#228b22', header: '#000080' },
  font: 'serif',
};
const UNSAFE_TITLE = '<img src=x onerror=alert(1)> Our story';

const SECTIONS: SectionSpec[] = [
  {
    type: 'hero',
    heading: 'Fresh bread every morning',
    text: 'A small bakery on the corner, baking since 1987.',
    action: { label: 'See our prices', target: '#pricing' },
  },
  {
    type: 'features',
    title: 'Why people come back',
    intro: 'Three things we never compromise on.',
    items: [
      { title: 'Fresh daily', text: 'Baked at 5 am, sold by noon.' },
      { title: 'Local flour', text: 'Milled twenty kilometres away.' },
      { title: 'Friendly service', text: 'We know your name and your usual.' },
    ],
  },
  {
    type: 'pricing',
    title: 'Pricing',
    items: [
      { name: 'Loaf', price: '€4', period: 'week', features: ['One loaf a week'] },
      {
        name: 'Family',
        price: '€12',
        period: 'per week',
        features: ['Four loaves a week', 'Free pastry'],
        highlighted: true,
      },
      { name: 'Café', price: '€40', period: 'month', features: ['Daily delivery', 'Invoice'] },
    ],
  },
  {
    type: 'testimonials',
    title: 'What neighbours say',
    items: [
      { quote: 'The best sourdough in town.', name: 'Marta Kowalska', role: 'Regular since 2010' },
      { quote: 'My kids ask for the rye.', name: 'Tom' },
    ],
  },
  {
    type: 'faq',
    title: 'Questions',
    items: [
      { question: 'Do you bake gluten-free bread?', answer: 'Yes, on Fridays.' },
      { question: 'Can I order ahead?', answer: 'Call us the day before.' },
    ],
  },
  {
    type: 'gallery',
    title: 'Gallery',
    items: [
      { title: 'The oven at dawn', caption: 'Stone-floored, wood-fired' },
      { title: 'Saturday market' },
      { title: 'Our sourdough starter' },
    ],
  },
  {
    type: 'team',
    title: 'The bakers',
    items: [
      { name: 'Ada Lovelace', role: 'Head baker', bio: 'Up at four, every day.' },
      { name: 'Björk', role: 'Pastry' },
    ],
  },
  {
    type: 'menu',
    title: 'Menu',
    items: [
      {
        name: 'Breads',
        items: [
          { name: 'Sourdough', price: '€4.50', description: 'Two-day ferment' },
          { name: 'Rye', price: '€3.80' },
        ],
      },
      { name: 'Pastries', items: [{ name: 'Croissant', price: '€1.90' }] },
    ],
  },
  {
    type: 'schedule',
    title: 'Baking classes',
    items: [
      { when: 'Sat 9:00', title: 'Sourdough basics', detail: 'Bring an apron' },
      { when: 'Sat 11:00', title: 'Shaping' },
    ],
  },
  {
    type: 'hours',
    title: 'Opening hours',
    items: [
      { days: 'Mon–Fri', hours: '7:00–18:00' },
      { days: 'Saturday', hours: '8:00–14:00' },
      { days: 'Sun', hours: 'Closed' },
      { days: 'Daily', hours: 'Bread hotline 6:00–8:00' },
    ],
  },
  { type: 'text', title: UNSAFE_TITLE, body: 'We started in 1987.\n\nStill the same oven.' },
];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content sections</title>
<link rel="stylesheet" href="/css/theme.css">
<link rel="stylesheet" href="/css/shell.css">
<link rel="stylesheet" href="/css/content.css">
</head>
<body>
<header class="app-header"><p>Bakery</p></header>
<main id="main"></main>
<script type="module" src="/js/page.js"></script>
</body>
</html>
`;

/** Stands in for the shell's app.css: only what the theme checks need. */
const SHELL_CSS = `* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font-family: var(--font); }
.app-header { background: var(--header-bg); color: var(--header-text); padding: 1rem; }
main { max-width: 1100px; margin: 0 auto; padding: var(--space); }
`;

const PAGE_JS = `import { CONTENT_SECTIONS } from './sections/content/index.js';
import { SECTIONS } from './fixture.js';
const ctx = { href: (target) => (target.startsWith('#') ? target : '#/' + target) };
const main = document.getElementById('main');
for (const section of SECTIONS) main.append(CONTENT_SECTIONS[section.type](section, ctx));
document.body.dataset.ready = 'yes';
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A static server for `root` with the generated apps' Content-Security-Policy. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': "default-src 'self'",
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const hexOf = (cssColor: string) => formatHex(parse(cssColor)!);

// The one browser global the page callbacks use; the planner's tsconfig has no DOM library.
declare const getComputedStyle: (node: unknown) => {
  getPropertyValue(name: string): string;
  backgroundImage: string;
};

let dir: string;
let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-sections-'));
  await cp(join(PUBLIC, 'js/sections/content'), join(dir, 'js/sections/content'), { recursive: true });
  await cp(join(PUBLIC, 'css/content.css'), join(dir, 'css/content.css'));
  await writeFile(join(dir, 'css/theme.css'), renderThemeCss(THEME));
  await writeFile(join(dir, 'css/shell.css'), SHELL_CSS);
  await writeFile(join(dir, 'index.html'), PAGE);
  await writeFile(join(dir, 'js/page.js'), PAGE_JS);
  await writeFile(join(dir, 'js/fixture.js'), `export const SECTIONS = ${JSON.stringify(SECTIONS)};\n`);
  server = await serve(dir);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens the page at a fixed date and size; collects page errors and console errors (CSP reports there). */
async function open(at: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.clock.setFixedTime(new Date(at));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="yes"]');
  return { page, errors };
}

const SATURDAY = '2026-12-05T10:00:00';
const WEDNESDAY = '2026-12-02T10:00:00';

describe('content.css', () => {
  it('takes every colour from the theme variables', async () => {
    const css = (await readFile(join(PUBLIC, 'css/content.css'), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).toContain('var(--button-bg)');
    // Hex, rgb()/hsl() literals and named colours other than transparent (and black as a mask's alpha).
    expect(
      css.match(
        /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|(?<![\w-])(?:white|red|blue|green|gray|grey)(?![\w-])/gi,
      ),
    ).toBeNull();
    expect(css.match(/\bblack\b/g)?.length).toBe(1);
  });
});

describe('content sections in Chromium', () => {
  it('renders every section as a <section> with an id from its title and an <h2>', async () => {
    const { page, errors } = await open(SATURDAY);
    const sections = await page.$$eval('main > section', (nodes) =>
      nodes.map((n) => ({ id: n.id, h2: n.querySelector('h2')?.textContent ?? '', tag: n.tagName })),
    );
    expect(sections.map((s) => s.h2)).toEqual(
      SECTIONS.map((s) => ('heading' in s ? s.heading : 'title' in s ? s.title : '')),
    );
    expect(sections.map((s) => s.id)).toEqual([
      'fresh-bread-every-morning',
      'why-people-come-back',
      'pricing',
      'what-neighbours-say',
      'questions',
      'gallery',
      'the-bakers',
      'menu',
      'baking-classes',
      'opening-hours',
      'img-src-x-onerror-alert-1-our-story',
    ]);
    // The hero's button links through ctx.href; spec text is text, never markup.
    expect(await page.getAttribute('.cs-hero a.cs-button', 'href')).toBe('#pricing');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#img-src-x-onerror-alert-1-our-story p').allTextContents()).toEqual([
      'We started in 1987.',
      'Still the same oven.',
    ]);
    expect(await page.locator('.cs-features svg.cs-icon').count()).toBe(3);
    expect(await page.locator('.cs-person .cs-avatar').allTextContents()).toEqual(['AL', 'B']);
    expect(await page.locator('.cs-menu-price').allTextContents()).toEqual(['€4.50', '€3.80', '€1.90']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a FAQ answer with the keyboard', async () => {
    const { page } = await open(SATURDAY);
    const first = page.locator('.cs-faq-item').first();
    expect(await first.evaluate((d) => d.hasAttribute('open'))).toBe(false);
    expect(await first.locator('.cs-faq-answer').isVisible()).toBe(false);
    // Tab from the last control before the FAQ (the last tier's button) reaches the first question.
    await page.focus('#pricing .cs-tier:last-child .cs-button');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Do you bake gluten-free bread?');
    await page.keyboard.press('Enter');
    expect(await first.evaluate((d) => d.hasAttribute('open'))).toBe(true);
    expect(await first.locator('.cs-faq-answer').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await first.evaluate((d) => d.hasAttribute('open'))).toBe(false);
    await page.close();
  });

  it('shows three pricing tiers side by side with the highlighted one marked', async () => {
    const { page } = await open(SATURDAY);
    const tiers = page.locator('#pricing .cs-tier');
    expect(await tiers.count()).toBe(3);
    expect(await page.locator('#pricing .is-highlighted .cs-tier-name').textContent()).toBe('Family');
    expect(await page.locator('#pricing .cs-tier-badge').allTextContents()).toEqual(['Most popular']);
    expect(await page.locator('#pricing .is-highlighted .cs-tier-period').textContent()).toBe(' / week');
    expect(await page.locator('#pricing .cs-tier').nth(1).locator('li svg').count()).toBe(2);
    const tops = await tiers.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await page.getByRole('button', { name: 'Choose Café' }).click();
    expect(await page.getByRole('button', { name: 'Choose Café' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Choose Family' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await page.close();
  });

  it("highlights the rows of today's opening hours", async () => {
    const rows = async (at: string) => {
      const { page } = await open(at);
      const today = await page.locator('#opening-hours tr.is-today .cs-hours-days').allTextContents();
      await page.close();
      return today;
    };
    expect(await rows(SATURDAY)).toEqual(['SaturdayToday', 'DailyToday']);
    expect(await rows(WEDNESDAY)).toEqual(['Mon–FriToday', 'DailyToday']);
  });

  it('reads the ways people write days', async () => {
    const { page } = await open(SATURDAY);
    const texts = [
      'Weekends',
      'Fri – Mon',
      'Tue & Thu',
      'Sundays',
      'Monday to Wednesday',
      'Every day',
      'Holidays',
      'Weekdays',
    ];
    // A string, so the test runner's transform leaves the page's own import() alone.
    const days = await page.evaluate(
      `import('/js/sections/content/days.js').then((m) => ${JSON.stringify(texts)}.map((t) => [...m.daysOf(t)].sort()))`,
    );
    expect(days).toEqual([
      [0, 6],
      [0, 1, 5, 6],
      [2, 4],
      [0],
      [1, 2, 3],
      [0, 1, 2, 3, 4, 5, 6],
      [],
      [1, 2, 3, 4, 5],
    ]);
    await page.close();
  });

  it('fits a 360 px phone in one column without horizontal scrolling', async () => {
    const { page, errors } = await open(SATURDAY, 360);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    for (const selector of ['#pricing .cs-tier', '.cs-feature', '.cs-tile', '.cs-menu-group']) {
      const lefts = await page
        .locator(selector)
        .evaluateAll((n) => n.map((e) => e.getBoundingClientRect().left));
      expect(new Set(lefts).size, selector).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes its colours from the theme', async () => {
    const { page } = await open(SATURDAY);
    const style = (selector: string, property: string) =>
      page.$eval(selector, (n, p) => getComputedStyle(n).getPropertyValue(p), property);
    expect(hexOf(await style('body', 'background-color'))).toBe(formatHex('ivory'));
    const button = await style('#pricing .cs-button', 'background-color');
    expect(hexOf(button)).toBe(formatHex('forestgreen'));
    expect(wcagContrast(button, await style('#pricing .cs-button', 'color'))).toBeGreaterThanOrEqual(4.5);
    expect(hexOf(await style('.cs-hero .cs-button', 'background-color'))).toBe(formatHex('forestgreen'));
    const header = await style('.app-header', 'background-color');
    expect(hexOf(header)).toBe(formatHex('navy'));
    expect(wcagContrast(header, await style('.app-header', 'color'))).toBeGreaterThanOrEqual(4.5);
    expect(await style('body', 'font-family')).toMatch(/Georgia/);
    // Gallery tiles are drawn from their titles: each a gradient, no two alike.
    const tiles = await page
      .locator('.cs-tile-art')
      .evaluateAll((n) => n.map((e) => getComputedStyle(e).backgroundImage));
    expect(tiles.every((t) => t.includes('gradient'))).toBe(true);
    expect(new Set(tiles).size).toBe(3);
    await page.close();
  });
});
