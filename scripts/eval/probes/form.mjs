/* global document -- page.evaluate callbacks run in the browser */
// {"type": "form", "form": "sign up", "inputs"?: {...}}: a visitor's submission is confirmed, and the
// owner finds it on the page of submissions.
import { visit } from '../browser.mjs';
import { fillFields, submitForm } from './fill.mjs';
import { findForm, newMarker, openPageFor, settle, waitForText } from './locate.mjs';

const CONFIRMATION = /thank|received|sent/i;
const REFUSAL = /error|required|invalid|fail|must/i;
const SUBMISSIONS = /responses|submissions|sign-?ups|entries|messages|bookings|rsvps/i;

/** Text of role="status" regions (and outputs) plus the page's text, to look for the confirmation in. */
const statusAndText = (page) =>
  page.evaluate(() => ({
    status: Array.from(document.querySelectorAll('[role=status], output'))
      .map((s) => s.innerText)
      .join(' ')
      .trim(),
    text: document.body.innerText,
  }));

export async function formProbe(page, url, probe) {
  // The home page's own form first: a nav link naming the word may lead to the submissions instead.
  await visit(page, url);
  let form = await findForm(page, probe.form, { loose: false });
  if (!form) {
    await openPageFor(page, url, probe.form);
    form = await findForm(page, probe.form);
  }
  if (!form) return { ok: false, detail: `no "${probe.form}" form` };
  const before = await statusAndText(page);
  const marker = newMarker();
  const filled = await fillFields(form, { values: probe.inputs ?? {}, marker });
  if (filled.unmatched.length)
    return { ok: false, detail: `the form has no field for: ${filled.unmatched.join(', ')}` };
  if (!filled.markerPlaced)
    return { ok: false, detail: 'the form has no text field to recognise the submission by' };
  await submitForm(form);
  await settle(page);
  const confirmed = await waitForText(
    page,
    ({ status, text }) =>
      (status && status !== before.status && !REFUSAL.test(status)) ||
      (CONFIRMATION.test(text) && !CONFIRMATION.test(before.text)),
    statusAndText,
  );
  if (!confirmed.ok) return { ok: false, detail: 'submitting showed no confirmation' };
  const link = page
    .locator('a:visible, button:visible, [role=tab]:visible')
    .filter({ hasText: SUBMISSIONS })
    .first();
  if ((await link.count()) === 0) return { ok: false, detail: 'no link to the submissions' };
  await link.click();
  await settle(page);
  const listed = await waitForText(page, (t) => t.includes(marker));
  return listed.ok
    ? { ok: true, detail: 'confirmed, and listed among the submissions' }
    : { ok: false, detail: 'the submission is not on the submissions page' };
}
