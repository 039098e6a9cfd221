// Section 1: prompt to running app through POST /api/apps?wait=true (offline engine), split into its parts
// from the app's own event timestamps: plan (created -> planned), store (planned -> version stored),
// deploy (version -> running, the sandbox start included), first answer (running -> first GET /).
import { summarize } from './stats.mjs';

const PROMPT = 'a recipe manager with ingredients, cooking time and a 1-5 star rating';

async function json(url, init) {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

function at(events, type) {
  const event = events.find((e) => e.type === type);
  return event ? Date.parse(event.at) : null;
}

export async function measureCreate(backendUrl, runs) {
  const totals = [];
  const parts = { plan: [], store: [], deploy: [], firstAnswer: [] };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { status, body: app } = await json(`${backendUrl}/api/apps?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: PROMPT }),
    });
    if (status !== 201) throw new Error(`create answered ${status}: ${JSON.stringify(app).slice(0, 300)}`);
    const answered = Date.now();
    const page = await fetch(app.url);
    await page.text();
    const firstAnswerMs = Date.now() - answered;
    totals.push(performance.now() - started);
    const { body } = await json(`${backendUrl}/api/apps/${app.id}/events`);
    const t = Object.fromEntries(
      ['created', 'planned', 'version', 'running'].map((type) => [type, at(body.events, type)]),
    );
    parts.plan.push(t.planned - t.created);
    parts.store.push(t.version - t.planned);
    parts.deploy.push(t.running - t.version);
    parts.firstAnswer.push(firstAnswerMs);
    await fetch(`${backendUrl}/api/apps/${app.id}`, { method: 'DELETE' });
  }
  return {
    total: summarize(totals),
    parts: Object.fromEntries(Object.entries(parts).map(([name, values]) => [name, summarize(values)])),
  };
}
