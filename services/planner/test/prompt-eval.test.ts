import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts, hasChromium } from '@isekai/test-kit';
import { launchBrowser, type EvalBrowser } from '../../../scripts/eval/browser.mjs';
import { runDeclaredProbe } from '../../../scripts/eval/declared-probes.mjs';
import { narrowProbe } from '../../../scripts/eval/probes/narrow.mjs';
import { toolProbe } from '../../../scripts/eval/probes.mjs';
import { promptSetPath, type ProbeDeclaration } from '../../../scripts/eval/prompt-sets.mjs';
import { serveFixtures, type FixtureServer } from '../../../scripts/eval/fixtures/serve.mjs';
import { removeDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLIC_PROMPTS = promptSetPath('public');

async function publicLines(starts: string[]): Promise<string[]> {
  const lines = (await readFile(PUBLIC_PROMPTS, 'utf8')).split('\n').filter((l) => l.trim());
  return starts.map((start) =>
    lines.find((l) => (JSON.parse(l) as { prompt: string }).prompt.startsWith(start))!,
  );
}

function runEval(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', 'eval-prompts.mjs'), ...args],
      { cwd: ROOT, timeout: 240_000 },
      (error, stdout) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
      },
    );
  });
}

// CI installs Chromium (.ci/run); a machine without it cannot run the browser half of the evaluation.
describe.skipIf(!hasChromium())('npm run eval:prompts', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('scores public prompts in Chromium and fails an app that lacks an expected word', async () => {
    dir = await mkdtemp(join(tmpdir(), 'isekai-eval-test-'));
    const prompts = join(dir, 'prompts.jsonl');
    const out = join(dir, 'result.json');
    // A todo list with its follow-ups (a record added through the page), a timer that must count, a quiz
    // to play; and a line no app can satisfy, so the test proves the evaluation can fail.
    const lines = await publicLines(['Build a todo list', 'pomodoro timer', 'a quiz about world capitals']);
    lines.push(JSON.stringify({ prompt: 'a stopwatch with lap times', expect: ['lap', 'zebra'] }));
    await writeFile(prompts, `${lines.join('\n')}\n`);

    const { code, stdout } = await runEval([prompts, '--out', out, '--app-ports', appPorts(20).join('-')]);

    expect(code, stdout).toBe(1);
    expect(stdout).toContain('passed 3/4');
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report.summary).toMatchObject({ total: 4, passed: 3 });
    const [todo, pomodoro, quiz, impossible] = report.results;
    expect(todo).toMatchObject({ pass: true, probe: { name: 'record', ok: true } });
    expect(todo.followUps).toEqual([
      expect.objectContaining({ ok: true, recordKept: true }),
      expect.objectContaining({ ok: true }),
    ]);
    expect(pomodoro).toMatchObject({ pass: true, probe: { name: 'timer', ok: true } });
    expect(quiz).toMatchObject({ pass: true, probe: { name: 'game', ok: true } });
    expect(impossible).toMatchObject({ pass: false, started: true, missing: ['zebra'] });
  }, 300_000);
});

// Each probe judged against fixture apps written for it (scripts/eval/fixtures/): one that does what the
// probe checks, and its "-broken" twin that does not. Independent of the planner and its engines.
const PROBE_CASES: [fixture: string, probe: ProbeDeclaration][] = [
  ['records', { type: 'relation', parent: 'member', child: 'loan', via: 'book' }],
  ['records', { type: 'relation', parent: 'member', child: 'loan' }],
  [
    'records',
    { type: 'computed', collection: 'order line', inputs: { quantity: '3', price: '2.50' }, expect: '7.50' },
  ],
  ['records', { type: 'computed', collection: 'loan', inputs: { 'due date': 'today-5' }, expect: 'overdue' }],
  ['site', { type: 'nav', pages: ['Pricing', 'About', 'Contact'] }],
  ['site', { type: 'form', form: 'sign up' }],
  ['site', { type: 'colors', background: 'ivory', header: 'navy', components: 'forest green' }],
  ['calc', { type: 'calc', inputs: { weight: '70', height: '170' }, expect: '24.2' }],
  ['calc', { type: 'tool', inputs: { text: 'hello' }, expect: 'aGVsbG8=' }],
  ['game', { type: 'game', keys: ['ArrowLeft', 'ArrowUp'] }],
];

describe.skipIf(!hasChromium())('declared probes on fixture apps', { concurrent: true }, () => {
  let browser: EvalBrowser;
  const servers: FixtureServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  /** A server of its own per run: its own origin, so no two runs share the fixture's localStorage. */
  async function judge(page: string, probe: ProbeDeclaration) {
    const server = await serveFixtures();
    servers.push(server);
    const { page: tab, problems } = await browser.openPage();
    try {
      return { ...(await runDeclaredProbe(tab, `${server.url}/${page}.html`, probe)), problems };
    } finally {
      await tab.close();
    }
  }

  for (const [fixture, probe] of PROBE_CASES) {
    it(`${probe.type} ${JSON.stringify(probe)}: passes ${fixture}, fails ${fixture}-broken`, async () => {
      const [good, bad] = await Promise.all([judge(fixture, probe), judge(`${fixture}-broken`, probe)]);
      expect(good, good.detail).toMatchObject({ name: probe.type, ok: true });
      expect(good.problems).toEqual([]);
      expect(bad, bad.detail).toMatchObject({ name: probe.type, ok: false });
      expect(bad.detail).not.toMatch(/^error:/);
    }, 60_000);
  }

  it('narrow check: the site fits 360 px, its broken twin scrolls sideways', async () => {
    const server = await serveFixtures();
    servers.push(server);
    const { page } = await browser.openPage();
    try {
      expect(await narrowProbe(page, `${server.url}/site.html`)).toMatchObject({ ok: true });
      expect(await narrowProbe(page, `${server.url}/site-broken.html`)).toMatchObject({
        ok: false,
        detail: expect.stringContaining('scrolls sideways'),
      });
      // The page is given back at the width it had.
      expect(page.viewportSize()?.width).toBeGreaterThan(360);
    } finally {
      await page.close();
    }
  });

  it('tool probe: a calculator of dates and choices answers a day picked, its broken twin does not', async () => {
    const server = await serveFixtures();
    servers.push(server);
    const outcomes = [];
    for (const fixture of ['dates', 'dates-broken']) {
      const { page } = await browser.openPage();
      try {
        await page.goto(`${server.url}/${fixture}.html`);
        outcomes.push(await toolProbe(page));
      } finally {
        await page.close();
      }
    }
    expect(outcomes).toMatchObject([{ ok: true }, { ok: false }]);
  }, 60_000);

  it('a declaration that cannot fail is refused, not run', async () => {
    const outcome = await judge('calc', { type: 'tool', inputs: { text: 'hello' }, expect: 'hell' });
    expect(outcome).toMatchObject({ ok: false, detail: expect.stringContaining('typed in as an input') });
  });
});
