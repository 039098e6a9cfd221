// Section 3: how many limited apps one machine holds. Starts apps through the public API until the cap or
// until available memory would fall under a floor, measures each idle app's PSS and private memory and
// GET /health latency with all of them running, then deletes them all and checks no process is left.
import { memAvailableMb, isAlive, processTree, treeMemoryKb } from './proc-memory.mjs';
import { summarize } from './stats.mjs';

const PROMPT = 'a todo list';

async function sandboxState(platform, id) {
  const response = await fetch(`${platform.sandbox.url}/v1/apps/${id}`, {
    headers: { authorization: `Bearer ${platform.serviceToken}` },
  });
  return response.json();
}

export async function measureDensity(platform, { cap, memoryFloorMb, healthSamples }) {
  const apps = [];
  let stoppedBy = 'cap';
  while (apps.length < cap) {
    if ((await memAvailableMb()) < memoryFloorMb) {
      stoppedBy = 'memory';
      break;
    }
    const response = await fetch(`${platform.backend.url}/api/apps?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: PROMPT }),
    });
    const app = await response.json();
    if (response.status !== 201) {
      stoppedBy = `create answered ${response.status}: ${app.error?.message ?? ''}`;
      break;
    }
    apps.push(app);
  }
  // Idle: let start-up work settle before reading memory.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const pids = [];
  const pss = [];
  const privateKb = [];
  for (const app of apps) {
    const state = await sandboxState(platform, app.id);
    if (!state.pid) continue;
    pids.push(...(await processTree(state.pid)));
    const memory = await treeMemoryKb(state.pid);
    pss.push(memory.pss / 1024);
    privateKb.push(memory.private / 1024);
  }
  const health = [];
  let healthy = 0;
  for (let i = 0; i < healthSamples; i++) {
    const started = performance.now();
    const response = await fetch(`${platform.backend.url}/health`);
    await response.text();
    health.push(performance.now() - started);
    if (response.status === 200) healthy++;
  }
  for (const app of apps) await fetch(`${platform.backend.url}/api/apps/${app.id}`, { method: 'DELETE' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const alive = await Promise.all(pids.map(isAlive));
  const leftover = pids.filter((_, i) => alive[i]);
  return {
    started: apps.length,
    stoppedBy,
    pssMb: summarize(pss),
    privateMb: summarize(privateKb),
    healthMs: summarize(health),
    healthOk: `${healthy}/${healthSamples}`,
    leftoverProcesses: leftover.length,
  };
}
