// What isolation costs per app: deploy-to-port-answering time and idle memory (PSS), isolated vs bare.
// Run from the repository root after a build, as root on Linux with bubblewrap for the isolated side:
//   node services/sandbox/bench/isolation-cost.mjs [runs=12]
// Both sides go through the same sandbox code; "bare" is SANDBOX_ISOLATION=off (plain `node` with the
// four variables and a heap limit). A measurement, not a test: it prints figures and asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../dist/config.js';
import { startSandbox } from '../dist/server.js';
import { treeMemoryKb } from '../../../scripts/bench/proc-memory.mjs';

const RUNS = Number(process.argv[2] ?? 12);
const TOKEN = 'bench-token-0123456789abcdef';
const SERVER =
  "require('node:http').createServer((q, r) => r.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');";

async function start(isolation, ports) {
  const dir = await mkdtemp(join(tmpdir(), `isekai-bench-${isolation}-`));
  const config = loadConfig({
    SANDBOX_PORT: '0',
    APPS_DIR: join(dir, 'apps'),
    SANDBOX_STATE_DIR: join(dir, 'state'),
    APP_PORT_MIN: String(ports[0]),
    APP_PORT_MAX: String(ports[1]),
    ISEKAI_SERVICE_TOKEN: TOKEN,
    SANDBOX_ISOLATION: isolation,
    LOG_LEVEL: 'silent',
  });
  const sandbox = await startSandbox(config);
  const call = async (method, path, body) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.status === 204 ? null : response.json();
  };
  return { sandbox, call, dir };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function deployOne(side, index) {
  const id = `bench${String(index).padStart(7, '0')}`;
  const began = performance.now();
  const state = await side.call('PUT', `/v1/apps/${id}`, {
    files: { 'server.js': SERVER },
    entry: 'server.js',
    limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 60000 },
  });
  const answer = await fetch(`http://127.0.0.1:${state.port}/`).then((r) => r.text());
  const ms = performance.now() - began;
  if (state.status !== 'running' || answer !== 'ok')
    throw new Error(`${id} did not start: ${JSON.stringify(state)}`);
  return { id, pid: state.pid, ms };
}

// Every app stays up until the idle PSS is read, so each side needs a port per run.
const isolated = await start('auto', [9500, 9500 + RUNS - 1]);
const bare = await start('off', [9500 + RUNS, 9500 + 2 * RUNS - 1]);
const health = await fetch(`${isolated.sandbox.url}/health`).then((r) => r.json());
const results = { isolated: [], bare: [] };
// Alternate the two sides so drift on a shared machine hits both alike.
for (let i = 0; i < RUNS; i++) {
  results.isolated.push(await deployOne(isolated, i));
  results.bare.push(await deployOne(bare, i));
}
await new Promise((resolve) => setTimeout(resolve, 1500)); // idle: start-up garbage settles
const report = {};
for (const [name, runs] of Object.entries(results)) {
  const pss = [];
  for (const run of runs) pss.push((await treeMemoryKb(run.pid)).pss);
  report[name] = {
    runs: runs.length,
    startMedianMs: Number(median(runs.map((run) => run.ms)).toFixed(1)),
    startMinMs: Number(Math.min(...runs.map((run) => run.ms)).toFixed(1)),
    idlePssMedianMb: Number((median(pss) / 1024).toFixed(1)),
  };
}
report.startRatio = Number((report.isolated.startMedianMs / report.bare.startMedianMs).toFixed(2));
report.defences = health.defences;
console.log(JSON.stringify(report, null, 2));
for (const side of [isolated, bare]) {
  await side.sandbox.stop();
  await rm(side.dir, { recursive: true, force: true });
}
