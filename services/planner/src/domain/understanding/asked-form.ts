// A form the prompt asks for by name ("an event RSVP form", "a contact form that emails me each message"):
// added to the top of a data app's home page, or, when the form is the first thing the prompt names, the
// whole app: the form and, under it, the list of what it has stored.
import type { AppSpec, CollectionSpec, PageSpec } from '@isekai/contracts';
import { titleCase } from './naming.js';
import type { Phrase } from './phrases.js';
import { SECTION_RECIPES } from './site-sections.js';

const ASKED_FORM =
  /\b(rsvp|sign[- ]?up|registration|contact|booking|enquiry|inquiry|feedback|order|request) forms?\b/i;

interface AskedForm {
  /** The prompt's word for it: "contact". */
  asked: string;
  section: PageSpec['sections'][number];
  collection: CollectionSpec;
}

function askedForm(prompt: string, name: string): AskedForm | null {
  const asked = ASKED_FORM.exec(prompt)?.[1];
  if (!asked) return null;
  const recipe = SECTION_RECIPES.find((r) => r.type === 'form' && r.asked.test(asked));
  const built = recipe?.build({ name, topic: name.toLowerCase() });
  return built?.collection ? { asked, section: built.section, collection: built.collection } : null;
}

/** "an event RSVP form", "a sign-up form": a data app asked for a form gets it at the top of its home page. */
export function addAskedForm(spec: AppSpec, prompt: string): void {
  const home = spec.pages[0];
  const form = askedForm(prompt, spec.title);
  if (!home || !form || spec.collections.some((c) => c.name === form.collection.name)) return;
  spec.collections.push(form.collection);
  home.sections.unshift(form.section);
}

/**
 * "contact form that emails me each message": the first thing named is the form, so the app is the form
 * with what it stored listed under it, not the records its word names elsewhere (an address book).
 */
export function formApp(
  prompt: string,
  phrases: Phrase[],
): { title: string; collections: CollectionSpec[]; pages: PageSpec[] } | null {
  const first = phrases[0];
  const asked = ASKED_FORM.exec(prompt);
  // The tagger may read "contact" as a verb: the form is first when its words lie in the first phrase,
  // wherever it starts ("event RSVP form", "contact form").
  if (!first || !asked || first.head !== 'form' || asked.index > first.end) return null;
  const title = titleCase(asked[0].replace(/s$/, ''));
  const form = askedForm(prompt, title);
  if (!form) return null;
  const { collection } = form;
  // "with an attendee list": the person's name for what the form gathers heads the list of it.
  const list = phrases.find((p) => p.start > first.end && p.head === 'list' && p.words.length > 1);
  const listed: PageSpec['sections'][number] = {
    type: 'collection',
    collection: collection.name,
    view: 'table',
    form: false,
    ...(list ? { title: titleCase(list.text) } : {}),
  };
  const page: PageSpec = { id: 'home', title, sections: [form.section, listed] };
  return { title, collections: [collection], pages: [page] };
}
