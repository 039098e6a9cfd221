// `npm run eval:prompts [file]`: every prompt of a JSONL file through a platform, each app used in
// headless Chromium and scored. Prints a table and the pass rate; writes both to a JSON file.
//
//   node scripts/eval-prompts.mjs [prompts.jsonl] [--backend URL] [--out FILE] [--only 1,4,9]
//
// Without --backend it starts its own platform on loopback (temporary database and apps directory,
// app ports 9600-9699, the engine from PLANNER_ENGINE/LLM_* in the environment) and stops it after.
// Exit code 0 when every prompt passed, 1 otherwise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './eval/browser.mjs';
import { startPlatform } from './eval/platform.mjs';
import { promptSetPath } from './eval/prompt-sets.mjs';
import { formatTable, summarize } from './eval/report.mjs';
import { scorePrompt } from './eval/score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    'app-ports': { type: 'string', default: '9600-9699' },
  },
});
const file = resolve(positionals[0] ?? promptSetPath('public'));
const out = resolve(values.out ?? join(root, 'runtime', 'eval', 'prompts.json'));
const only = values.only ? new Set(values.only.split(',').map(Number)) : null;
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .map((item, i) => ({ ...item, number: i + 1 }))
  .filter((item) => !only || only.has(item.number));

const appPorts = values['app-ports'].split('-').map(Number);
const platform = values.backend ? null : await startPlatform({ appPorts });
const backendUrl = values.backend ?? platform.backendUrl;
const browser = await launchBrowser();
const results = [];
try {
  for (const item of items) {
    const started = performance.now();
    const result = await scorePrompt({ backendUrl, browser, item });
    result.number = item.number;
    result.elapsedMs = Math.round(performance.now() - started);
    results.push(result);
    console.log(`${result.pass ? 'PASS' : 'FAIL'} ${item.number}. ${item.prompt} (${result.elapsedMs} ms)`);
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
  `${JSON.stringify({ file, backend: values.backend ?? 'started by the evaluation', at: new Date().toISOString(), summary: summarize(results), table, results }, null, 2)}\n`,
);
console.log(`\nwrote ${out}`);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
