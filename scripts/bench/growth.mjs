// Section 5: how the costs grow with the number of stored apps. The store is filled through the public
// API (each app created, then stopped, as most apps on a long-lived instance are), and at each level
// prompt -> running and list latency are measured: the first page, a page deep in the list through its
// cursor, and a status filter.
import { summarize } from './stats.mjs';

const FILL_PROMPT = 'a book catalog with title, author and a rating';
const MEASURE_PROMPT = 'a recipe manager with ingredients, cooking time and a 1-5 star rating';

async function call(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function createRunning(backendUrl, prompt) {
  const { status, body } = await call(`${backendUrl}/api/apps?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt }),
  });
  if (status !== 201) throw new Error(`create answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

async function createStopped(backendUrl, prompt) {
  const app = await createRunning(backendUrl, prompt);
  const { status } = await call(`${backendUrl}/api/apps/${app.id}/stop`, { method: 'POST' });
  if (status !== 200) throw new Error(`stop answered ${status}`);
}

/** Adds stopped apps until `target` are stored, `concurrency` at a time. */
async function fill(backendUrl, stored, target, concurrency) {
  let next = stored;
  const worker = async () => {
    while (next < target) {
      next++;
      await createStopped(backendUrl, FILL_PROMPT);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return next;
}

async function timeGets(url, samples) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const { status } = await call(url);
    if (status !== 200) throw new Error(`GET ${url} answered ${status}`);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** The cursor of the oldest full page of 20: walks the list 100 at a time. */
async function deepCursor(backendUrl) {
  let cursor = null;
  let previous = null;
  for (;;) {
    const { body } = await call(`${backendUrl}/api/apps?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    if (!body.nextCursor) return previous ?? cursor;
    previous = cursor;
    cursor = body.nextCursor;
  }
}

async function measureLevel(backendUrl, { createRuns, listSamples }) {
  const creates = [];
  for (let i = 0; i < createRuns; i++) {
    const started = performance.now();
    const app = await createRunning(backendUrl, MEASURE_PROMPT);
    creates.push(performance.now() - started);
    await call(`${backendUrl}/api/apps/${app.id}/stop`, { method: 'POST' });
  }
  const cursor = await deepCursor(backendUrl);
  return {
    createMs: summarize(creates),
    listFirstPageMs: await timeGets(`${backendUrl}/api/apps`, listSamples),
    listDeepPageMs: await timeGets(`${backendUrl}/api/apps${cursor ? `?cursor=${cursor}` : ''}`, listSamples),
    listStatusMs: await timeGets(`${backendUrl}/api/apps?status=stopped`, listSamples),
  };
}

export async function measureGrowth(backendUrl, { levels, createRuns, listSamples, concurrency }) {
  const results = [];
  let stored = 0;
  for (const level of levels) {
    const fillStarted = performance.now();
    stored = await fill(backendUrl, stored, level, concurrency);
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const measured = await measureLevel(backendUrl, { createRuns, listSamples });
    results.push({ storedApps: stored, fillSeconds: Number(fillSeconds.toFixed(1)), ...measured });
    stored += createRuns;
  }
  return results;
}
