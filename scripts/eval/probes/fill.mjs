// Filling a form the way a person does: by what its fields are labelled, with sample values for the rest.
// The one filler for every probe, so "the field labelled Quantity" means the same thing everywhere.

const DAY_MS = 86_400_000;

/** "today", "today-10", "today+3" → a local YYYY-MM-DD date; any other value is returned as it is. */
export function resolveDateToken(value, now = new Date()) {
  const match = /^today(?:([+-])(\d+))?$/i.exec(String(value).trim());
  if (!match) return String(value);
  const offset = match[1] ? Number(match[2]) * (match[1] === '-' ? -1 : 1) : 0;
  const day = new Date(now.getTime() + offset * DAY_MS);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * A value of the right shape for a field's type; the marker goes into the first free-text field.
 * Dates are `day` (default today): a booking form refuses past dates, a loan form a due date before
 * its loan date, so the caller picks a day that fits what else it types.
 */
export function sampleFor(type, attrs, marker, isFirstText, day = new Date()) {
  const date = resolveDateToken('today', day);
  switch (type) {
    case 'number': {
      const min = Number(attrs.min);
      const max = Number(attrs.max);
      let value = Number.isFinite(min) && attrs.min !== '' ? Math.max(min, 3) : 3;
      if (Number.isFinite(max) && attrs.max !== '') value = Math.min(value, max);
      return String(value);
    }
    case 'date':
      return date;
    case 'datetime-local':
      return `${date}T10:00`;
    case 'time':
      return '10:00';
    case 'month':
      return date.slice(0, 7);
    case 'email':
      return 'ada@example.org';
    case 'url':
      return 'https://example.org/';
    case 'tel':
      return '+44 20 7946 0000';
    case 'color':
      return '#336699';
    default:
      return isFirstText ? marker : 'Eval note';
  }
}

/**
 * The day sample dates use: today, or a week before the earliest date the probe types when that is in
 * the past (a loan made before the due date that is already gone by).
 */
function sampleDay(values, now = new Date()) {
  const today = resolveDateToken('today', now);
  const typed = Object.values(values)
    .map((v) => resolveDateToken(v, now))
    .filter((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && v < today)
    .sort();
  if (!typed.length) return now;
  const [y, m, d] = typed[0].slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d - 7, 12);
}

const SKIPPED_TYPES = ['hidden', 'file', 'submit', 'button', 'reset', 'image'];
const normalise = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[*:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** What a person reads beside each visible, editable field of the scope, in page order. */
async function describeFields(scope) {
  const controls = scope.locator('input, select, textarea');
  const fields = [];
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || !(await control.isEditable())) continue;
    const info = await control.evaluate((c) => ({
      tag: c.tagName.toLowerCase(),
      type: (c.getAttribute('type') ?? 'text').toLowerCase(),
      min: c.getAttribute('min') ?? '',
      max: c.getAttribute('max') ?? '',
      name: c.name,
      value: c.value,
      required: c.required || c.getAttribute('aria-required') === 'true',
      names: [
        Array.from(c.labels ?? [])
          .map((l) => l.innerText)
          .join(' '),
        c.getAttribute('aria-label') ?? '',
        c.getAttribute('placeholder') ?? '',
        c.name ?? '',
      ],
    }));
    if (SKIPPED_TYPES.includes(info.type)) continue;
    fields.push({ control, ...info, names: info.names.map(normalise).filter(Boolean) });
  }
  return fields;
}

/** The field a label names: an exact label first, then one whose label contains it. "*": the first text or number box. */
function pickField(fields, key, taken) {
  const free = fields.filter((f) => !taken.has(f));
  if (key === '*')
    return free.find((f) => f.tag === 'textarea' || f.type === 'text' || f.type === 'number') ?? null;
  const wanted = normalise(key);
  return (
    free.find((f) => f.names.some((n) => n === wanted)) ??
    free.find((f) => f.names.some((n) => n.includes(wanted))) ??
    null
  );
}

async function setField(field, value) {
  const { control } = field;
  if (field.tag === 'select') {
    const option = await control.evaluate((c, wanted) => {
      const lower = wanted.toLowerCase();
      const options = Array.from(c.options);
      const hit =
        options.find((o) => o.value.toLowerCase() === lower || o.text.trim().toLowerCase() === lower) ??
        options.find((o) => o.text.toLowerCase().includes(lower));
      return hit ? hit.value : null;
    }, value);
    if (option === null) return false;
    await control.selectOption(option);
    return true;
  }
  if (field.type === 'checkbox') {
    await control.setChecked(/^(true|yes|on|1)$/i.test(value));
    return true;
  }
  if (field.type === 'radio') {
    await control.check();
    return true;
  }
  if (field.type === 'range') {
    await control.evaluate((c, v) => {
      c.value = v;
      c.dispatchEvent(new Event('input', { bubbles: true }));
      c.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    return true;
  }
  await control.fill(
    field.type.startsWith('date') || field.type === 'month' ? resolveDateToken(value) : value,
  );
  return true;
}

/**
 * Fills the fields named in `values` (label → value; dates may be "today-5"), and with `fillRest` the
 * other required fields that are still empty, with the marker in the first free text box. Fields the probe filled are tagged
 * `data-eval-filled` so a reader can leave the typed values out of what the app answered.
 * Returns the labels no field matched (or whose choice no option offered) and whether the marker went in.
 */
export async function fillFields(scope, { values = {}, marker = 'Eval', fillRest = true } = {}) {
  const fields = await describeFields(scope);
  const now = new Date();
  const day = sampleDay(values, now);
  const taken = new Set();
  const unmatched = [];
  for (const [key, value] of Object.entries(values)) {
    const field = pickField(fields, key, taken);
    if (!field || !(await setField(field, String(value)))) {
      unmatched.push(key);
      continue;
    }
    taken.add(field);
  }
  let markerPlaced = false;
  for (const field of fields) {
    if (taken.has(field) || !fillRest) continue;
    if (field.tag === 'select') {
      // Choose the first real option when none is chosen yet, as a person would.
      const first = await field.control.evaluate((c) =>
        c.value ? null : (Array.from(c.options).find((o) => o.value)?.value ?? null),
      );
      if (first) await field.control.selectOption(first);
      continue;
    }
    if (['checkbox', 'range', 'search'].includes(field.type)) continue;
    const isText = field.tag === 'textarea' || field.type === 'text';
    // Optional fields stay empty, as a person leaves them: a filled "Returned on" would end the loan.
    if (!field.required && !(isText && !markerPlaced)) continue;
    if (field.type === 'radio') {
      const checked = await scope.locator(`input[type=radio][name="${field.name}"]:checked`).count();
      if (!checked) await field.control.check();
      continue;
    }
    // A default the app chose (today's date, a quantity of 1) is left as a person would leave it, but
    // not a date that would come after the past dates the probe typed (a loan date after its due date).
    const redated = /^(date|datetime-local|month)$/.test(field.type) && day !== now;
    if (field.value && !(isText && !markerPlaced) && !redated) continue;
    await field.control.fill(sampleFor(field.type, field, marker, isText && !markerPlaced, day));
    if (isText) markerPlaced = true;
  }
  for (const field of taken) await field.control.evaluate((c) => c.setAttribute('data-eval-filled', ''));
  return { unmatched, markerPlaced };
}

/** The form's own submit button; Enter in its last field when it has none. */
export async function submitForm(form) {
  const submit = form
    .locator('button[type=submit]:visible, button:not([type]):visible, input[type=submit]:visible')
    .first();
  if ((await submit.count()) > 0) return submit.click();
  return form.locator('input:visible').last().press('Enter');
}
