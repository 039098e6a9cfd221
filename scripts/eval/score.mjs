/* global document, getComputedStyle -- page.evaluate callbacks run in the browser */
// One prompt of the evaluation: create the app through the public API, use it in Chromium, apply
// its follow-up prompts, and record what passed and what did not.
import { visit } from './browser.mjs';
import { runDeclaredProbes } from './declared-probes.mjs';
import { missingNoteWords, rejectionProblem } from './honesty.mjs';
import { eachNavPage } from './probes/locate.mjs';
import { narrowProbe } from './probes/narrow.mjs';
import { checkWords } from './words.mjs';
import { chooseProbe, PROBES, snapshot } from './probes.mjs';

async function api(backendUrl, method, path, body) {
  const response = await fetch(`${backendUrl}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(180_000),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { raw: text.slice(0, 300) };
  }
  return { status: response.status, body: json };
}

/** Planning time from the app's own history: the "planning" event to the "planned" one. */
async function planningMs(backendUrl, appId, afterEventId) {
  const { body } = await api(backendUrl, 'GET', `/api/apps/${appId}/events?after=${afterEventId}`);
  const events = body?.events ?? [];
  const start = events.find((e) => e.type === 'planning');
  const end = events.find((e) => e.type === 'planned');
  return {
    ms: start && end ? Date.parse(end.at) - Date.parse(start.at) : null,
    lastId: events.at(-1)?.id ?? afterEventId,
  };
}

/** The app's words: its home page and each page its navigation links to (one page for most apps). */
async function readPage(page, url, problems, step) {
  const firstProblem = problems.length;
  const texts = [];
  await eachNavPage(page, url, async (p) => {
    texts.push(await snapshot(p));
  });
  const text = texts.join('\n');
  const wordCheck = checkWords(text, step.expect, step.absent);
  await visit(page, url);
  return { ...wordCheck, text, problems: problems.slice(firstProblem) };
}

/** True when the page's background is dark: mean of its RGB channels below half. */
async function looksDark(page) {
  return page.evaluate(() => {
    const parse = (c) => (c.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    for (const node of [document.body, document.documentElement]) {
      const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
      if (a > 0) return (r + g + b) / 3 < 128;
    }
    return false;
  });
}

function failureOf(status, body) {
  const error = body?.error ?? {};
  return `${status} ${error.code ?? body?.status ?? ''}: ${error.message ?? ''}`.trim();
}

/**
 * A "reject": true line: creation must answer 422 with suggestions and leave no app listed for the
 * prompt. Anything it did create is deleted, so the run leaves no apps behind.
 */
async function scoreRejection(backendUrl, item, result) {
  const created = await api(backendUrl, 'POST', '/api/apps?wait=true', { prompt: item.prompt });
  const problem = rejectionProblem(created.status, created.body);
  const listed = await api(backendUrl, 'GET', '/api/apps?limit=100');
  const left = (listed.body?.apps ?? []).filter((app) => app.prompt === item.prompt);
  const ids = new Set([...left.map((app) => app.id), created.body?.id].filter(Boolean));
  for (const id of ids) await api(backendUrl, 'DELETE', `/api/apps/${id}`).catch(() => undefined);
  result.rejection = {
    ok: !problem && left.length === 0,
    detail:
      problem ??
      (left.length ? 'refused, but an app was left listed for the prompt' : '422 with suggestions'),
  };
  result.pass = result.rejection.ok;
  return result;
}

/** Scores one line of the prompts file; never throws, so one bad app does not end the run. */
export async function scorePrompt({ backendUrl, browser, item }) {
  const result = {
    id: item.id ?? null,
    category: item.category ?? 'uncategorised',
    prompt: item.prompt,
    started: false,
    engine: null,
    kind: null,
    probe: null,
    probes: [],
    layout: null,
    noteWordsMissing: [],
    missing: [],
    present: [],
    problems: [],
    followUps: [],
    planMs: [],
    pass: false,
  };
  if (item.reject) {
    try {
      return await scoreRejection(backendUrl, item, result);
    } catch (error) {
      result.failure = `evaluation error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      return result;
    }
  }
  const { page, problems } = await browser.openPage();
  let appId = null;
  try {
    const created = await api(backendUrl, 'POST', '/api/apps?wait=true', { prompt: item.prompt });
    appId = created.body?.id ?? null;
    if (created.status !== 201 || created.body?.status !== 'running') {
      result.failure = failureOf(created.status, created.body);
      return result;
    }
    result.started = true;
    result.engine = created.body.engine ?? null;
    result.kind = created.body.plan?.spec?.kind ?? null;
    result.noteWordsMissing = missingNoteWords(created.body.plan, item.noteWords);
    const timing = await planningMs(backendUrl, appId, 0);
    result.planMs.push(timing.ms);
    let lastEvent = timing.lastId;
    const url = created.body.url;
    const first = await readPage(page, url, problems, item);
    Object.assign(result, { missing: first.missing, present: first.present });
    result.layout = await narrowProbe(page, url);
    if (item.probes?.length) {
      result.probes = await runDeclaredProbes(page, url, item.probes);
    } else {
      await visit(page, url);
      const probeName = await chooseProbe(page, result.kind);
      const probe =
        probeName === 'none'
          ? { ok: true, detail: 'nothing to use beyond reading' }
          : await PROBES[probeName](page, url);
      result.probe = { name: probeName, ...probe };
    }
    const marker = result.probe?.marker ?? null;
    for (const step of item.then ?? []) {
      const changed = await api(backendUrl, 'POST', `/api/apps/${appId}/prompts?wait=true`, {
        prompt: step.prompt,
      });
      const stepTiming = await planningMs(backendUrl, appId, lastEvent);
      lastEvent = stepTiming.lastId;
      result.planMs.push(stepTiming.ms);
      if (changed.status !== 200 && changed.status !== 201) {
        result.followUps.push({
          prompt: step.prompt,
          ok: false,
          failure: failureOf(changed.status, changed.body),
        });
        continue;
      }
      const stepUrl = changed.body.url ?? url;
      const after = await readPage(page, stepUrl, problems, step);
      // The record added before the change must survive it (the app's data outlives redeploys).
      const kept = marker ? (await snapshot(page, { withInputs: true })).includes(marker) : true;
      // "make it dark" names no word to look for; the page itself must turn dark.
      const dark = /\bdark\b/i.test(step.prompt) ? await looksDark(page) : true;
      const stepProbes = await runDeclaredProbes(page, stepUrl, step.probes);
      const ok =
        after.missing.length === 0 &&
        after.present.length === 0 &&
        after.problems.length === 0 &&
        kept &&
        dark &&
        stepProbes.every((p) => p.ok);
      result.followUps.push({
        prompt: step.prompt,
        ok,
        missing: after.missing,
        present: after.present,
        problems: after.problems,
        recordKept: kept,
        probes: stepProbes,
        ...(dark ? {} : { dark: false }),
      });
    }
  } catch (error) {
    result.failure = `evaluation error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  } finally {
    result.problems = [...problems];
    await page.close().catch(() => undefined);
    if (appId) await api(backendUrl, 'DELETE', `/api/apps/${appId}`).catch(() => undefined);
  }
  result.pass =
    result.started &&
    !result.failure &&
    result.missing.length === 0 &&
    result.present.length === 0 &&
    result.problems.length === 0 &&
    result.noteWordsMissing.length === 0 &&
    result.layout?.ok === true &&
    (item.probes?.length ? result.probes.every((p) => p.ok) : result.probe?.ok === true) &&
    result.followUps.every((f) => f.ok);
  return result;
}
