// Adding one record of a collection through its own form, as a person would: open its page, fill the
// form by labels, save. A reference with nothing to choose yet gets a record of its own first.
import { fillFields, submitForm } from './fill.mjs';
import { findForm, hasHeading, newMarker, openPageFor, settle, waitForText } from './locate.mjs';

/**
 * The form that adds the collection's records: one named for it, or the page's only form when the page
 * is headed with the collection's name ("Books" over a form titled just "Add"). Never a form on a page
 * about something else, which would add the wrong kind of record.
 */
async function collectionForm(page, collection) {
  return findForm(page, collection, { loose: await hasHeading(page, collection) });
}

/** Labels of the form's visible selects that offer no real option yet (a loan before any member exists). */
function emptyChoices(form) {
  return form.locator('select:visible').evaluateAll((selects) =>
    selects
      .filter((s) => !Array.from(s.options).some((o) => o.value))
      .map((s) =>
        (
          Array.from(s.labels ?? [])
            .map((l) => l.innerText)
            .join(' ') ||
          s.getAttribute('aria-label') ||
          ''
        )
          .replace(/[*:]/g, '')
          .trim(),
      )
      .filter(Boolean),
  );
}

/**
 * Adds a record: `values` by label (a select by its option's text), the marker in the first free text
 * box. `beforeSave(page)` runs once the form is filled, for probes that compare before and after.
 * `madeFirst`: markers of the records added first so that the form's empty selects had a choice.
 */
export async function addRecord(page, url, collection, { marker, values = {}, beforeSave, depth = 0 } = {}) {
  await openPageFor(page, url, collection);
  let form = await collectionForm(page, collection);
  if (!form) return { ok: false, detail: `no form to add a ${collection}` };
  const wanted = Object.keys(values).map((k) => k.toLowerCase());
  const missing = (await emptyChoices(form)).filter((label) => !wanted.includes(label.toLowerCase()));
  const madeFirst = [];
  if (missing.length && depth === 0) {
    for (const label of missing) {
      const refMarker = newMarker('Ref');
      const needed = await addRecord(page, url, label, { marker: refMarker, depth: 1 });
      if (!needed.ok)
        return { ok: false, detail: `a ${collection} needs a ${label} first: ${needed.detail}` };
      if (needed.markerPlaced) madeFirst.push(refMarker);
    }
    await openPageFor(page, url, collection);
    form = await collectionForm(page, collection);
    if (!form) return { ok: false, detail: `no form to add a ${collection}` };
  }
  const filled = await fillFields(form, { values, marker });
  if (filled.unmatched.length)
    return {
      ok: false,
      detail: `the ${collection} form has no field or choice for: ${filled.unmatched.join(', ')}`,
    };
  const before = beforeSave ? await beforeSave(page) : undefined;
  await submitForm(form);
  await settle(page);
  if (filled.markerPlaced && !(await waitForText(page, (t) => t.includes(marker))).ok)
    return { ok: false, detail: `the new ${collection} did not show after saving` };
  return { ok: true, markerPlaced: filled.markerPlaced, before, madeFirst };
}
