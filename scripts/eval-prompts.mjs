// `npm run eval:prompts [file]`: every prompt of a set through a platform, each app used in headless
// Chromium and scored. Prints a table and the pass rate per category and overall; writes both to JSON.
//
//   node scripts/eval-prompts.mjs [prompts.jsonl] [--set public|dev|test] [--category NAME]
//        [--backend URL] [--out FILE] [--only 1,4,9]
//
// --set names a set in prompts/ (default public); a file path given instead is read as it is. --only
// takes line numbers of the file (after --category filtering they keep their numbers). The report goes
// to runtime/eval/<set>.json unless --out says otherwise. Each prompt has PROMPT_TIMEOUT_MS in all.
//
// Without --backend it starts its own platform on loopback (temporary database and apps directory,
// app ports 9600-9699, the engine from PLANNER_ENGINE/LLM_* in the environment) and stops it after.
// Exit code 0 when every prompt passed, 1 otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPlatform } from '@isekai/test-kit';
import { launchBrowser } from './eval/browser.mjs';
import { promptSetPath, readPromptFile } from './eval/prompt-sets.mjs';
import { failureReasons, formatTable, summarize } from './eval/report.mjs';
import { scorePrompt } from './eval/score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    set: { type: 'string' },
    category: { type: 'string' },
    'app-ports': { type: 'string', default: '9600-9699' },
  },
});
// Creating an app waits up to 180 s; with follow-ups and probes a prompt gets this much in all.
const PROMPT_TIMEOUT_MS = 600_000;

const file = resolve(positionals[0] ?? promptSetPath(values.set ?? 'public'));
const setName = positionals[0] ? basename(file, '.jsonl') : (values.set ?? 'public');
const out = resolve(values.out ?? join(root, 'runtime', 'eval', `${setName}.json`));
const only = values.only ? new Set(values.only.split(',').map(Number)) : null;
const items = readPromptFile(file)
  .map((item, i) => ({ ...item, number: i + 1 }))
  .filter((item) => !only || only.has(item.number))
  .filter((item) => !values.category || item.category === values.category);
if (items.length === 0) {
  console.error(`no prompts in ${file}${values.category ? ` of category ${values.category}` : ''}`);
  process.exit(2);
}

/** A prompt that outlives its time is a failure with that reason; the run goes on to the next. */
function overTime(item) {
  let timer;
  const promise = new Promise((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          id: item.id ?? null,
          category: item.category ?? 'uncategorised',
          prompt: item.prompt,
          started: false,
          missing: [],
          present: [],
          problems: [],
          followUps: [],
          planMs: [],
          pass: false,
          failure: `took over ${PROMPT_TIMEOUT_MS / 1000} s`,
        }),
      PROMPT_TIMEOUT_MS,
    );
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

const appPorts = values['app-ports'].split('-').map(Number);
// The person's environment goes to the services, so PLANNER_ENGINE and LLM_* choose the engine judged.
const platform = values.backend ? null : await startPlatform({ appPorts, baseEnv: process.env });
const backendUrl = values.backend ?? platform.backend.url;
const browser = await launchBrowser();
const results = [];
try {
  for (const item of items) {
    const started = performance.now();
    const limit = overTime(item);
    const result = await Promise.race([scorePrompt({ backendUrl, browser, item }), limit.promise]);
    limit.cancel();
    result.number = item.number;
    result.elapsedMs = Math.round(performance.now() - started);
    results.push(result);
    console.log(
      `${result.pass ? 'PASS' : 'FAIL'} ${item.number}. ${item.id ? `[${item.id}] ` : ''}${item.prompt.slice(0, 100)} (${result.elapsedMs} ms)`,
    );
  }
} finally {
  await browser.close();
  await platform?.stop();
}

const table = formatTable(results);
console.log(`\n${table}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ file, set: setName, category: values.category ?? null, backend: values.backend ?? 'started by the evaluation', at: new Date().toISOString(), summary: summarize(results), failures: failureReasons(results), table, results }, null, 2)}\n`,
);
console.log(`\nwrote ${out}`);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
