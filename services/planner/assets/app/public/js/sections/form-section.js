// @ts-check
// A public form (contact, sign-up, RSVP) whose submissions are stored in a collection.
import { el } from '../dom.js';
import { recordForm } from '../record-form.js';
import { RESPONSES } from '../router.js';

/** @param {any} section @param {import('./section-context.js').SectionContext} ctx */
export function renderFormSection(section, ctx) {
  const collection = ctx.store.collection(section.collection);
  if (!collection)
    return el('section', { className: 'card' }, [
      el('p', { className: 'error', text: 'Missing collection ' + section.collection }),
    ]);
  // The sender reads back what was received under their name, so they know which sending it was.
  const received = el('p', { className: 'received', hidden: true });
  const form = recordForm(ctx.store, collection, {
    title: section.title,
    submitLabel: section.submitLabel,
    thanks: section.thanks,
    onSaved: (saved) => {
      received.textContent = 'Received: ' + ctx.store.titleOf(collection, saved);
      received.hidden = false;
    },
  });
  // The section's own heading names the form; the form's heading would say it twice.
  const heading = form.node.querySelector('h3');
  if (heading) heading.remove();
  // The owner reads what this form stored from beside it: with several forms, the footer's list of
  // responses does not say which is whose.
  const responses = el('p', { className: 'responses-link' }, [
    el('a', { href: ctx.href(RESPONSES + collection.name), text: 'Responses: ' + collection.plural }),
  ]);
  return el('section', { className: 'card form-section', id: ctx.sectionId }, [
    el('h2', { text: section.title }),
    section.intro ? el('p', { className: 'intro', text: section.intro }) : null,
    form.node,
    received,
    responses,
  ]);
}
