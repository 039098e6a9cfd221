// @ts-check
// The form that adds and edits records of one collection: a labelled input for every stored field,
// errors beside the field they are about, and a status line once the server has kept the record.
import { ApiError } from './api.js';
import { el, lower, statusArea, uid, withArticle } from './dom.js';
import { fieldProblem, ruleProblems } from './checks.js';
import { isPictureUrl } from './format.js';
import { dateDefault } from './formula.mjs';

/** @typedef {import('./formula.mjs').Field} Field */
/** @typedef {import('./formula.mjs').Collection} Collection */
/** @typedef {import('./store.js').Store} Store */

/**
 * @typedef {{
 *   title?: string, submitLabel?: string, thanks?: string,
 *   preset?: Record<string, unknown>, onSaved?: (record: Record<string, any>, wasEdit: boolean) => void,
 *   onCancel?: () => void,
 * }} FormOptions
 */

/** @param {Field} field */
function defaultValue(field) {
  if (field.default === undefined) return field.type === 'boolean' ? false : '';
  if (field.type === 'date') return dateDefault(field.default);
  return field.default;
}

/** @param {Field} field @param {Store} store */
function referenceOptions(field, store) {
  const target = field.ref ? store.collection(field.ref) : undefined;
  const options = field.required ? [] : [el('option', { value: '', text: '— none —' })];
  if (!target) return options;
  const rows = store
    .list(target.name)
    .map((r) => ({ id: r.id, title: store.titleOf(target, r) }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return options.concat(rows.map((r) => el('option', { value: r.id, text: r.title })));
}

/** @param {Field} field @param {string} id @param {Store} store @returns {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} */
function inputFor(field, id, store) {
  const common = { id, name: field.name, required: field.required || undefined };
  switch (field.type) {
    case 'longtext':
      return /** @type {HTMLTextAreaElement} */ (el('textarea', common));
    case 'boolean':
      return /** @type {HTMLInputElement} */ (
        el('input', Object.assign({ type: 'checkbox' }, common, { required: undefined }))
      );
    case 'choice': {
      const blank = field.required ? [] : [el('option', { value: '', text: '— none —' })];
      const options = (field.options || []).map((o) => el('option', { value: o, text: o }));
      return /** @type {HTMLSelectElement} */ (el('select', common, blank.concat(options)));
    }
    case 'rating': {
      const max = field.max || 5;
      const blank = field.required ? [] : [el('option', { value: '', text: '— none —' })];
      const options = Array.from({ length: max }, (_, i) =>
        el('option', { value: String(i + 1), text: String(i + 1) }),
      );
      return /** @type {HTMLSelectElement} */ (el('select', common, blank.concat(options)));
    }
    case 'reference':
      return /** @type {HTMLSelectElement} */ (el('select', common, referenceOptions(field, store)));
    case 'number':
    case 'money':
      return /** @type {HTMLInputElement} */ (
        el(
          'input',
          Object.assign(
            {
              type: 'number',
              step: field.type === 'money' ? '0.01' : 'any',
              min: field.min,
              max: field.max,
              inputmode: 'decimal',
            },
            common,
          ),
        )
      );
    default: {
      const types = {
        date: 'date',
        datetime: 'datetime-local',
        time: 'time',
        email: 'email',
        url: 'url',
        image: 'url',
        phone: 'tel',
        color: 'color',
      };
      const type = types[/** @type {keyof typeof types} */ (field.type)] || 'text';
      return /** @type {HTMLInputElement} */ (
        el(
          'input',
          Object.assign(
            {
              type,
              placeholder:
                field.type === 'tags' ? 'comma, separated' : field.type === 'image' ? 'https://…' : undefined,
            },
            common,
          ),
        )
      );
    }
  }
}

/** The label a person reads: a reference is named after the collection it points at ("Member"). @param {Field} field @param {Store} store */
export function fieldLabel(field, store) {
  const target = field.type === 'reference' && field.ref ? store.collection(field.ref) : undefined;
  return target ? target.label : field.label;
}

/** @param {Field} field @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} input */
function readInput(field, input) {
  if (field.type === 'boolean') return /** @type {HTMLInputElement} */ (input).checked;
  const text = input.value.trim();
  if (field.type === 'tags')
    return text
      ? text
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
  if (text === '') return null;
  if (field.type === 'number' || field.type === 'money' || field.type === 'rating') return Number(text);
  return text;
}

/** @param {Field} field @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} input @param {unknown} value */
function writeInput(field, input, value) {
  if (field.type === 'boolean') /** @type {HTMLInputElement} */ (input).checked = value === true;
  else if (field.type === 'tags')
    input.value = Array.isArray(value) ? value.join(', ') : value == null ? '' : String(value);
  else input.value = value === null || value === undefined ? '' : String(value);
  // A required select has no empty choice: show its first option rather than a blank box.
  if (input instanceof HTMLSelectElement && input.selectedIndex === -1 && input.options.length > 0)
    input.selectedIndex = 0;
}

/**
 * @param {Store} store
 * @param {Collection} collection
 * @param {FormOptions} [options]
 */
export function recordForm(store, collection, options = {}) {
  const noun = lower(collection.label);
  const addTitle = options.title || 'Add ' + withArticle(noun);
  const addLabel = options.submitLabel || 'Add ' + noun;
  const preset = options.preset || {};
  const fields = collection.fields.filter((f) => !f.formula && !(f.name in preset));
  /** @type {string | null} */
  let editing = null;

  const heading = el('h3', { text: addTitle });
  const submit = el('button', { type: 'submit', className: 'primary', text: addLabel });
  const cancel = el('button', {
    type: 'button',
    className: 'secondary',
    text: 'Cancel',
    hidden: true,
    onclick: () => {
      reset();
      if (options.onCancel) options.onCancel();
    },
  });
  const formError = el('p', { className: 'form-error error', role: 'alert', hidden: true });
  const status = statusArea();
  /** @type {Map<string, { input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, error: HTMLElement }>} */
  const controls = new Map();

  const rows = fields.map((field) => {
    const id = uid('f-' + collection.name + '-' + field.name);
    const input = inputFor(field, id, store);
    const error = el('span', { className: 'field-error error', id: id + '-error', hidden: true });
    input.setAttribute('aria-describedby', error.id);
    controls.set(field.name, { input, error });
    const label = el('label', {
      for: id,
      text: fieldLabel(field, store) + (field.unit ? ' (' + field.unit + ')' : ''),
    });
    const extra = field.type === 'image' ? imagePreview(input) : null;
    const wide = field.type === 'longtext' || field.type === 'image';
    return el(
      'div',
      { className: 'field' + (field.type === 'boolean' ? ' check' : '') + (wide ? ' wide' : '') },
      field.type === 'boolean' ? [input, label, error] : [label, input, extra, error],
    );
  });

  const form = /** @type {HTMLFormElement} */ (
    el('form', { className: 'record-form', novalidate: true }, [
      el('div', { className: 'form-grid' }, rows),
      formError,
      el('div', { className: 'actions' }, [submit, cancel]),
    ])
  );
  const node = el('div', { className: 'form-card' }, [heading, form, status.node]);

  function clearErrors() {
    formError.hidden = true;
    formError.textContent = '';
    for (const { input, error } of controls.values()) {
      error.hidden = true;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  }

  /** @param {string} name @param {string} message */
  function showFieldError(name, message) {
    const control = controls.get(name);
    if (!control) return false;
    control.error.textContent = message;
    control.error.hidden = false;
    control.input.setAttribute('aria-invalid', 'true');
    return true;
  }

  function fill(record) {
    for (const field of fields) {
      const control = controls.get(field.name);
      if (control) writeInput(field, control.input, record ? record[field.name] : defaultValue(field));
    }
  }

  function reset() {
    editing = null;
    heading.textContent = addTitle;
    submit.textContent = addLabel;
    cancel.hidden = true;
    clearErrors();
    form.reset();
    fill(null);
  }

  /** @param {Record<string, any>} record */
  function edit(record) {
    editing = record.id;
    heading.textContent = 'Edit ' + noun;
    submit.textContent = 'Save changes';
    cancel.hidden = false;
    clearErrors();
    status.say('');
    fill(record);
    const first = fields[0] && controls.get(fields[0].name);
    node.scrollIntoView({ block: 'nearest' });
    if (first) first.input.focus();
  }

  /** Keeps reference choices current when the other collections change, and the chosen value. */
  function refreshOptions() {
    for (const field of fields) {
      const control = controls.get(field.name);
      if (field.type !== 'reference' || !control) continue;
      const chosen = control.input.value;
      control.input.replaceChildren(...referenceOptions(field, store));
      writeInput(field, control.input, chosen);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    /** @type {Record<string, unknown>} */
    const values = Object.assign({}, preset);
    let problems = 0;
    for (const field of fields) {
      const control = controls.get(field.name);
      if (!control) continue;
      const value = readInput(field, control.input);
      const problem = fieldProblem(field, value);
      if (problem && showFieldError(field.name, problem)) problems += 1;
      values[field.name] = value;
    }
    if (problems > 0) {
      status.say('');
      return;
    }
    // The collection's rules, worked out here as the server will ("due on or after the loan date").
    const current = editing ? store.find(collection.name, editing) : null;
    const broken = ruleProblems(store, collection, Object.assign({}, current || {}, values));
    if (broken.length > 0) {
      formError.textContent = broken.join('; ');
      formError.hidden = false;
      status.say('');
      return;
    }
    const wasEdit = editing !== null;
    submit.setAttribute('disabled', '');
    try {
      const saved = await store.save(collection.name, editing, values);
      reset();
      status.say(options.thanks || collection.label + (wasEdit ? ' saved' : ' added'));
      if (options.onSaved) options.onSaved(saved, wasEdit);
    } catch (error) {
      const fieldsWithErrors = error instanceof ApiError ? error.fields : {};
      const shown = Object.entries(fieldsWithErrors).filter(([name, message]) =>
        showFieldError(name, message),
      );
      if (
        shown.length === 0 ||
        shown.length < Object.keys(fieldsWithErrors).length ||
        Object.keys(fieldsWithErrors).length === 0
      ) {
        formError.textContent = error instanceof Error ? error.message : String(error);
        formError.hidden = false;
      }
      status.say('');
    } finally {
      submit.removeAttribute('disabled');
    }
  });

  fill(null);
  return { node, edit, reset, refreshOptions };
}

/** @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} input */
function imagePreview(input) {
  const img = /** @type {HTMLImageElement} */ (
    el('img', { className: 'image-preview', alt: 'Preview', hidden: true })
  );
  const update = () => {
    const ok = isPictureUrl(input.value);
    img.hidden = !ok;
    if (ok) img.src = input.value.trim();
    else img.removeAttribute('src');
  };
  input.addEventListener('input', update);
  input.addEventListener('change', update);
  img.addEventListener('error', () => (img.hidden = true));
  return img;
}
