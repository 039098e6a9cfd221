import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '@isekai/test-kit';
import { launchBrowser, type EvalBrowser } from '../../../scripts/eval/browser.mjs';
import { serveFixtures, type FixtureServer } from '../../../scripts/eval/fixtures/serve.mjs';
import { byCategory, failureReasons } from '../../../scripts/eval/report.mjs';
import { scorePrompt } from '../../../scripts/eval/score.mjs';

/** What the fake API answers creating an app: a status and a body, and whether it then lists the app. */
type Answer = { status: number; body: Record<string, unknown>; listed?: boolean };

/**
 * A stand-in for the backend's public API, enough for the scorer: create, list, events, delete. The
 * "app" it creates is a fixture page, so the scorer's own judgements are tested without the planner.
 */
async function fakeBackend(answer: (prompt: string) => Answer) {
  const listed: { id: string; prompt: string }[] = [];
  const deleted: string[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const path = new URL(req.url ?? '/', 'http://api').pathname;
      if (req.method === 'POST' && path === '/api/apps') {
        const { prompt } = JSON.parse(raw) as { prompt: string };
        const { status, body, listed: list } = answer(prompt);
        if (list) listed.push({ id: String(body.id), prompt });
        return send(status, body);
      }
      if (req.method === 'GET' && path === '/api/apps') return send(200, { apps: listed, nextCursor: null });
      if (req.method === 'GET' && path.endsWith('/events')) return send(200, { events: [] });
      if (req.method === 'DELETE') {
        deleted.push(path.split('/').at(-1)!);
        return send(204, {});
      }
      send(404, { error: { code: 'not-found', message: path } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    deleted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const refusal = (suggestions: string[]): Answer => ({
  status: 422,
  body: { error: { code: 'unclear-prompt', message: 'Say what the app is for.', details: { suggestions } } },
});

describe.skipIf(!hasChromium())('scoring one prompt line against an API', () => {
  let browser: EvalBrowser;
  let fixtures: FixtureServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await serveFixtures();
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  it('"reject": passes a 422 with suggestions; fails one without, or an app left listed', async () => {
    const api = await fakeBackend((prompt) => {
      if (prompt === 'asdfgh qwerty') return refusal(['a todo list', 'a budget tracker']);
      if (prompt === 'blorp zindle') return refusal([]);
      return { status: 201, body: { id: 'app-1', status: 'running' }, listed: true };
    });
    try {
      const score = (prompt: string) =>
        scorePrompt({ backendUrl: api.url, browser, item: { prompt, expect: [], reject: true } });
      const good = await score('asdfgh qwerty');
      const noSuggestions = await score('blorp zindle');
      const built = await score('fnak fnak');
      expect(good).toMatchObject({ pass: true, rejection: { ok: true } });
      expect(noSuggestions).toMatchObject({
        pass: false,
        rejection: { detail: expect.stringContaining('suggestions') },
      });
      expect(built).toMatchObject({ pass: false, rejection: { detail: expect.stringContaining('got 201') } });
      // What the refused line did create is not left behind.
      expect(api.deleted).toContain('app-1');
    } finally {
      await api.close();
    }
  });

  it('"noteWords" and declared probes: an app passes only when its plan says the words and it works', async () => {
    const plan = {
      summary: 'A currency converter with rates you edit.',
      built: ['Converter: amount, from and to currency'],
      leftOut: ['Live exchange rates: generated apps have no network'],
      notes: [],
      spec: { kind: 'tool' },
    };
    const api = await fakeBackend(() => ({
      status: 201,
      body: { id: 'app-2', status: 'running', url: `${fixtures.url}/calc.html`, plan },
    }));
    try {
      const item = {
        id: 'honesty-01',
        category: 'honesty',
        prompt: 'a BMI calculator with live data',
        expect: ['bmi'],
        probes: [{ type: 'calc', inputs: { weight: '70', height: '170' }, expect: '24.2' }],
      };
      const honest = await scorePrompt({
        backendUrl: api.url,
        browser,
        item: { ...item, noteWords: ['network'] },
      });
      const silent = await scorePrompt({
        backendUrl: api.url,
        browser,
        item: { ...item, id: 'honesty-02', noteWords: ['network', 'email'] },
      });
      const wrong = await scorePrompt({
        backendUrl: api.url,
        browser,
        item: {
          ...item,
          id: 'honesty-03',
          probes: [{ type: 'calc', inputs: { weight: '70' }, expect: '99.9' }],
        },
      });
      expect(honest, JSON.stringify(honest)).toMatchObject({
        pass: true,
        noteWordsMissing: [],
        layout: { ok: true },
        probes: [{ name: 'calc', ok: true }],
      });
      expect(silent).toMatchObject({ pass: false, noteWordsMissing: ['email'] });
      expect(wrong).toMatchObject({ pass: false, probes: [{ name: 'calc', ok: false }] });

      const results = [honest, silent, wrong];
      expect(byCategory(results)).toEqual({ honesty: { total: 3, passed: 1, passRate: 1 / 3 } });
      expect(failureReasons(results)).toEqual([
        { id: 'honesty-02', category: 'honesty', reason: 'plan does not say: email' },
        { id: 'honesty-03', category: 'honesty', reason: 'calc: the answer 99.9 is not shown' },
      ]);
    } finally {
      await api.close();
    }
  }, 60_000);

  it('reads expected words across the pages the navigation links to, and only there', async () => {
    const api = await fakeBackend((prompt) => ({
      status: 201,
      body: {
        id: prompt,
        status: 'running',
        url: `${fixtures.url}/${prompt}.html`,
        plan: { summary: '', notes: [], spec: { kind: 'site' } },
      },
    }));
    try {
      // "Founded" is on the About page only; the broken twin's links lead nowhere.
      const item = {
        expect: ['founded', 'pricing'],
        absent: ['zebra'],
        probes: [{ type: 'nav', pages: ['About'] }],
      };
      const site = await scorePrompt({ backendUrl: api.url, browser, item: { ...item, prompt: 'site' } });
      const broken = await scorePrompt({
        backendUrl: api.url,
        browser,
        item: { ...item, prompt: 'site-broken' },
      });
      expect(site, JSON.stringify(site)).toMatchObject({ pass: true, missing: [], present: [] });
      expect(broken).toMatchObject({ pass: false, missing: ['founded'] });
    } finally {
      await api.close();
    }
  }, 60_000);
});
