/* global document -- page.evaluate callbacks run in the browser */
// Uses an app the way a person would, through the page only, and says whether it did what it shows.
// Probes find their controls by role and type rather than by our blueprints' ids, so the same checks
// judge apps written by a language model.
import { randomBytes } from 'node:crypto';
import { visit } from './browser.mjs';
import { sampleFor } from './probes/fill.mjs';

const SETTLE_MS = 5000;

/** What a person can read, plus the values of fields the app writes into (outputs, read-only inputs). */
export function snapshot(page, { withInputs = false } = {}) {
  return page.evaluate((all) => {
    const fields = Array.from(document.querySelectorAll('input, textarea, output, select')).filter(
      (f) => all || f.readOnly || f.tagName === 'OUTPUT',
    );
    return `${document.body.innerText}\n${fields.map((f) => f.value).join('\n')}`;
  }, withInputs);
}

async function waitFor(page, test, options) {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const text = await snapshot(page, options);
    if (test(text) || Date.now() >= deadline) return test(text);
    await page.waitForTimeout(100);
  }
}

/** Fills every field a person would fill; the first free-text field carries the marker. */
async function fillForm(form, marker) {
  const controls = form.locator('input, select, textarea');
  let markerPlaced = false;
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || !(await control.isEditable())) continue;
    const attrs = await control.evaluate((c) => ({
      tag: c.tagName.toLowerCase(),
      type: (c.getAttribute('type') ?? 'text').toLowerCase(),
      min: c.getAttribute('min') ?? '',
      max: c.getAttribute('max') ?? '',
      name: c.name,
    }));
    if (attrs.tag === 'select') {
      const value = await control.evaluate((c) =>
        c.value ? null : (Array.from(c.options).find((o) => o.value)?.value ?? null),
      );
      if (value) await control.selectOption(value);
      continue;
    }
    if (['hidden', 'file', 'submit', 'button', 'reset', 'range', 'search', 'image'].includes(attrs.type))
      continue;
    if (attrs.type === 'checkbox') continue;
    if (attrs.type === 'radio') {
      const groupChecked = await form.locator(`input[type=radio][name="${attrs.name}"]:checked`).count();
      if (!groupChecked) await control.check();
      continue;
    }
    const isText = attrs.tag === 'textarea' || attrs.type === 'text';
    await control.fill(sampleFor(attrs.type, attrs, marker, isText && !markerPlaced));
    if (isText) markerPlaced = true;
  }
  return markerPlaced;
}

/** A form with free text and a submit button is how a person adds a record. */
async function findRecordForm(page) {
  const forms = page.locator('form');
  for (let i = 0; i < (await forms.count()); i++) {
    const form = forms.nth(i);
    if (!(await form.isVisible())) continue;
    const texts = form.locator('input:not([type]):visible, input[type=text]:visible, textarea:visible');
    const submit = form.locator(
      'button[type=submit]:visible, button:not([type]):visible, input[type=submit]:visible',
    );
    if ((await texts.count()) > 0 && (await submit.count()) > 0) return { form, submit: submit.first() };
  }
  return null;
}

/** A record added through the page shows up, and is still there after a reload. */
export async function recordProbe(page, url) {
  const marker = `Eval${randomBytes(3).toString('hex')}`;
  const found = await findRecordForm(page);
  if (found) {
    await fillForm(found.form, marker);
    await found.submit.click();
    if (!(await waitFor(page, (t) => t.includes(marker))))
      return { ok: false, marker, detail: 'the added record did not appear' };
  } else {
    // Grids that save as you type (a week planner) have no form: type into the first box and leave it.
    const box = page.locator('input:not([type]):visible, input[type=text]:visible, textarea:visible').first();
    if ((await box.count()) === 0) return { ok: false, detail: 'no form or text box to add a record with' };
    await box.fill(marker);
    await box.press('Tab');
    await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
    await page.waitForTimeout(300);
  }
  await visit(page, url);
  const kept = await waitFor(page, (t) => t.includes(marker), { withInputs: !found });
  return kept
    ? { ok: true, marker, detail: 'added through the page; kept after reload' }
    : { ok: false, marker, detail: 'the added record was gone after a reload' };
}

/** A vote changes the results, and the results stay after a reload. */
export async function voteProbe(page, url) {
  const before = await snapshot(page);
  await page.getByRole('button', { name: /vote/i }).first().click();
  if (!(await waitFor(page, (t) => t !== before)))
    return { ok: false, detail: 'voting changed nothing on the page' };
  const after = await snapshot(page);
  await visit(page, url);
  return (await waitFor(page, (t) => t === after))
    ? { ok: true, detail: 'voted; results kept after reload' }
    : { ok: false, detail: 'the vote was gone after a reload' };
}

/** A timer counts: after Start (when there is one) the time on the page moves. */
export async function timerProbe(page) {
  const before = await snapshot(page);
  const start = page.getByRole('button', { name: /^\s*start/i }).first();
  if ((await start.count()) > 0) await start.click();
  await page.waitForTimeout(1500);
  const after = await snapshot(page);
  return after !== before
    ? { ok: true, detail: 'the time moved' }
    : { ok: false, detail: 'the time did not move' };
}

const NOT_A_MOVE = /new game|restart|reset|play again|next|prev|shuffle|delete|clear|add|known|start/i;

/** A game answers a move: flip a card, pick an answer, take a square. */
export async function gameProbe(page) {
  const before = await snapshot(page);
  const flip = page.getByRole('button', { name: /flip/i }).first();
  const buttons = page.locator('main button:visible, body > button:visible');
  let move = (await flip.count()) > 0 ? flip : null;
  for (let i = 0; !move && i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const label = `${await button.innerText()} ${(await button.getAttribute('aria-label')) ?? ''}`;
    if (!NOT_A_MOVE.test(label) && (await button.isEnabled())) move = button;
  }
  if (!move) return { ok: false, detail: 'found nothing to play' };
  await move.click();
  return (await waitFor(page, (t) => t !== before))
    ? { ok: true, detail: 'the game answered a move' }
    : { ok: false, detail: 'a move changed nothing' };
}

const ACTION =
  /^\s*(show|format|generate|convert|calculate|compute|count|split|view|load|parse|run|preview)/i;

function textSample(pageText) {
  if (/csv/i.test(pageText)) return { text: 'name,city\nEvalcsv,Lisbon', marker: 'Evalcsv' };
  if (/json/i.test(pageText)) return { text: '{"evalKey": [1, 2, 3]}', marker: 'evalKey' };
  return { text: '# Eval heading\n\nSome **bold** words.', marker: 'Eval heading' };
}

/**
 * Picks what a person would in a calculator without number boxes: a day long ago in the first date box
 * (a birthday, a start) and a later one in the next, a time in each time box, the next option of each
 * choice. True when there was anything to pick.
 */
async function pickDatesAndChoices(page) {
  const fields = page.locator(
    'input[type=date]:visible:not([readonly]), input[type=datetime-local]:visible:not([readonly]), input[type=time]:visible:not([readonly]), select:visible',
  );
  const count = await fields.count();
  const now = Date.now();
  let dates = 0;
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    const kind = await field.evaluate((f) => (f.tagName === 'SELECT' ? 'select' : f.type));
    if (kind === 'select') {
      const next = await field.evaluate((f) => f.options[(f.selectedIndex + 1) % f.options.length]?.value);
      if (next !== undefined) await field.selectOption(next);
      continue;
    }
    if (kind === 'time') {
      await field.fill(i === 0 ? '07:30' : '17:45');
      continue;
    }
    const day = sampleFor('date', {}, '', false, new Date(now - (dates === 0 ? 1000 : 10) * 86_400_000));
    await field.fill(kind === 'date' ? day : `${day}T09:30`);
    dates++;
  }
  return count > 0;
}

/** A tool answers input: text in, result out; numbers in, a new result; or keys pressed. */
export async function toolProbe(page) {
  const before = await snapshot(page);
  const textarea = page.locator('textarea:visible').first();
  const numbers = page.locator('input[type=number]:visible:not([readonly])');
  let marker = null;
  if ((await textarea.count()) > 0) {
    const sample = textSample(before);
    marker = sample.marker;
    await textarea.fill(sample.text);
  } else if ((await numbers.count()) > 0) {
    for (let i = 0; i < (await numbers.count()); i++) await numbers.nth(i).fill(i === 0 ? '120' : '4');
  } else if (await pickDatesAndChoices(page)) {
    // A calculator of dates, times or choices: a person picks a day, a time or another option.
  } else {
    for (const key of ['7', '+', '8', '=']) {
      const button = page.getByRole('button', { name: key, exact: true }).first();
      if ((await button.count()) > 0) await button.click();
    }
  }
  const action = page.getByRole('button', { name: ACTION }).first();
  if ((await action.count()) > 0) await action.click();
  // A viewer must show the very rows it was given; other tools just have to answer.
  const mustShow = marker && /csv/i.test(before) ? marker : null;
  const changed = await waitFor(page, (t) => t !== before && (!mustShow || t.includes(mustShow)));
  return changed
    ? { ok: true, detail: 'the result followed the input' }
    : { ok: false, detail: 'input changed nothing on the page' };
}

const PROBES_BY_KIND = {
  data: 'record',
  board: 'record',
  tracker: 'record',
  planner: 'record',
  timer: 'timer',
  game: 'game',
  calculator: 'tool',
  'text-tool': 'tool',
  viewer: 'tool',
  content: 'none',
};

/** Which probe fits: the spec's kind when the planner gave one, otherwise what the page offers. */
export async function chooseProbe(page, kind) {
  if (kind === 'live')
    return (await page.getByRole('button', { name: /vote/i }).count()) > 0 ? 'vote' : 'record';
  if (PROBES_BY_KIND[kind]) return PROBES_BY_KIND[kind];
  if (await findRecordForm(page)) return 'record';
  const text = await snapshot(page);
  if (/\b\d{1,2}:\d{2}\b/.test(text) && (await page.getByRole('button', { name: /^\s*start/i }).count()) > 0)
    return 'timer';
  if ((await page.locator('textarea:visible, input[type=number]:visible').count()) > 0) return 'tool';
  return 'none';
}

export const PROBES = {
  record: recordProbe,
  vote: voteProbe,
  timer: timerProbe,
  game: gameProbe,
  tool: toolProbe,
};
