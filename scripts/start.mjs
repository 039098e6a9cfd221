// `npm start`: the whole platform on this machine with the embedded defaults. Starts sandbox, planner and
// backend with one shared service token, waits until each answers, restarts one that dies (see
// start/supervisor.mjs), and stops all three on Ctrl-C.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@isekai/service-kit';
import { serviceStdio, showOutput } from './start/service-output.mjs';
import { readSupervisorConfig } from './start/supervisor-config.mjs';
import { createSupervisor } from './start/supervisor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST ?? '127.0.0.1';
const token = process.env.ISEKAI_SERVICE_TOKEN ?? randomBytes(32).toString('base64url');
const services = [
  { name: 'sandbox', port: process.env.SANDBOX_PORT ?? '8002', health: '/health' },
  { name: 'planner', port: process.env.PLANNER_PORT ?? '8001', health: '/health' },
  { name: 'backend', port: process.env.BACKEND_PORT ?? '8000', health: '/health/ready' },
];
function spawnService({ name }) {
  const child = spawn(process.execPath, [join(root, 'services', name, 'dist', 'index.js')], {
    cwd: root,
    env: { ...process.env, ISEKAI_SERVICE_TOKEN: token },
    stdio: serviceStdio,
  });
  showOutput(child);
  return child;
}

async function waitUntilAnswering({ name, port, health }, deadline) {
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${health}`;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return url.replace(health, '');
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not answer on ${url} within 30 s`);
}

let stopping = null;
function stopAll(exitCode) {
  stopping ??= supervisor.stopAll().then(() => {
    console.log('Isekai stopped.');
    process.exit(exitCode);
  });
  return stopping;
}

function readConfigOrExit() {
  try {
    return readSupervisorConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}
const supervisor = createSupervisor({ spawnService, ...readConfigOrExit(), onFatal: () => void stopAll(1) });

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const deadline = Date.now() + 30_000;
  // The backend last: its first reconcile pass asks the sandbox what runs, so the sandbox answers first.
  const [sandbox, planner, backend] = services;
  [sandbox, planner].forEach(supervisor.launch);
  const urls = await Promise.all([sandbox, planner].map((service) => waitUntilAnswering(service, deadline)));
  supervisor.launch(backend);
  urls.push(await waitUntilAnswering(backend, deadline));
  supervisor.started();
  console.log('\nIsekai is running:');
  services.forEach((service, i) => console.log(`  ${service.name.padEnd(8)} ${urls[i]}`));
  console.log(
    `\nOpen ${urls[2]}/ or create an app:\n  curl -X POST '${urls[2]}/api/apps?wait=true' -H 'content-type: application/json' -d '{"prompt":"a todo list"}'\nPress Ctrl-C to stop.\n`,
  );
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  await stopAll(1);
}
