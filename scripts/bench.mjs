// `npm run bench`: how fast Isekai turns a prompt into a running app, how many apps one machine holds,
// and what the API sustains. Starts its own platform on loopback (built services, temp dirs), measures,
// prints a table, and writes docs/benchmarks.md and bench-results/<timestamp>.json. Figures only: it
// asserts nothing. Options: --runs N (20), --cap N (300 apps), --duration S (5), --connections N (10),
// --levels 10,100,1000 (stored apps for section 5), --quick (small numbers, to check the harness).
// --backend URL measures section 1 alone against a platform already running (`npm start`), writing nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPlatform } from '@isekai/test-kit';
import { measureApi } from './bench/api-throughput.mjs';
import { measureCreate } from './bench/create-latency.mjs';
import { measureDensity } from './bench/density.mjs';
import { measureGrowth } from './bench/growth.mjs';
import { renderMarkdown, renderTable } from './bench/report.mjs';
import { round } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    cap: { type: 'string', default: '300' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    levels: { type: 'string', default: '10,100,1000' },
    quick: { type: 'boolean', default: false },
    backend: { type: 'string' },
  },
});
const quick = values.quick;
const options = {
  runs: quick ? 5 : Number(values.runs),
  cap: quick ? 10 : Number(values.cap),
  load: { durationSeconds: quick ? 2 : Number(values.duration), connections: Number(values.connections) },
  growth: {
    levels: quick ? [5, 15] : values.levels.split(',').map(Number),
    createRuns: quick ? 3 : 10,
    listSamples: quick ? 20 : 200,
    concurrency: 4,
  },
};

const machine = {
  cores: cpus().length,
  memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
  node: process.version,
  date: new Date().toISOString(),
  command: `npm run bench --${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
};

function isolationCost(runs) {
  const output = execFileSync(
    process.execPath,
    [join(root, 'services/sandbox/bench/isolation-cost.mjs'), String(runs)],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.slice(output.indexOf('{')));
}

if (values.backend) {
  console.log(`prompt to running app against ${values.backend}, ${options.runs} runs...`);
  const create = await measureCreate(values.backend, options.runs);
  const line = (name, { median, p95 }) => `${name}: median ${round(median)} ms, p95 ${round(p95)} ms`;
  console.log(
    [line('total', create.total), ...Object.entries(create.parts).map(([n, s]) => line(n, s))].join('\n'),
  );
  process.exit(0);
}

// The services run as `npm start` runs them: the person's environment, the product's own timings.
const platformOptions = { appPorts: [9600, 9999], baseEnv: process.env, env: { LOG_LEVEL: 'error' } };
const platform = await startPlatform(platformOptions);
const results = { machine, options };
try {
  console.log(`1/5 prompt to running app, ${options.runs} runs...`);
  results.create = await measureCreate(platform.backend.url, options.runs);
  console.log(`2/5 density, up to ${options.cap} apps...`);
  results.density = await measureDensity(platform, {
    cap: options.cap,
    memoryFloorMb: 2048,
    healthSamples: 200,
  });
  console.log('3/5 API throughput against bare Express...');
  // A full first page: the list call serializes 20 apps with their plans, as a real client sees it.
  for (let i = 0; i < 20; i++) {
    await fetch(`${platform.backend.url}/api/apps?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a book catalog with title and author' }),
    });
  }
  results.api = await measureApi(platform.backend.url, options.load);
} finally {
  await platform.stop();
}
console.log('4/5 sandbox deploy to first answer, isolated against bare node...');
results.isolation = isolationCost(options.runs);
console.log(`5/5 growth at ${options.growth.levels.join(', ')} stored apps...`);
// A platform of its own, so the store holds exactly the apps this section counts.
const growthPlatform = await startPlatform(platformOptions);
try {
  results.growth = await measureGrowth(growthPlatform.backend.url, options.growth);
} finally {
  await growthPlatform.stop();
}

console.log(`\n${renderTable(results)}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
const stamp = machine.date.replace(/[:.]/g, '-');
writeFileSync(join(root, 'bench-results', `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
if (!quick) writeFileSync(join(root, 'docs', 'benchmarks.md'), renderMarkdown(results));
console.log(`\nWrote bench-results/${stamp}.json${quick ? '' : ' and docs/benchmarks.md'}.`);
