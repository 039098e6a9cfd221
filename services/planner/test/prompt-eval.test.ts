import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { promptSetPath } from '../../../scripts/eval/prompt-sets.mjs';
import { removeDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
describe.skipIf(!existsSync(CHROMIUM))('npm run eval:prompts', () => {
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

    const { code, stdout } = await runEval([prompts, '--out', out, '--app-ports', '9640-9659']);

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
