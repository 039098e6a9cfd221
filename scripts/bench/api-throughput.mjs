// Section 4: what the API sustains. autocannon drives GET /api/apps and GET /api/apps/:id, then a bare
// Express hello-world started in the same run, so the ratio compares like with like on this machine.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

async function load(url, { connections, durationSeconds }) {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const ok = result['2xx'];
  return {
    requestsPerSecond: Math.round(ok / durationSeconds),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function startBareExpress() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./bare-express.mjs', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = await once(child.stdout, 'data');
  return { url: `http://127.0.0.1:${String(chunk).trim()}/`, stop: () => child.kill('SIGTERM') };
}

export async function measureApi(backendUrl, options) {
  const { body } = await fetch(`${backendUrl}/api/apps?limit=1`).then(async (r) => ({ body: await r.json() }));
  const id = body.apps[0]?.id;
  if (!id) throw new Error('section 4 needs at least one stored app');
  const list = await load(`${backendUrl}/api/apps`, options);
  const one = await load(`${backendUrl}/api/apps/${id}`, options);
  const bare = await startBareExpress();
  try {
    const baseline = await load(bare.url, options);
    return {
      list,
      get: one,
      bareExpress: baseline,
      ratio: {
        list: Number((list.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)),
        get: Number((one.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)),
      },
    };
  } finally {
    bare.stop();
  }
}
