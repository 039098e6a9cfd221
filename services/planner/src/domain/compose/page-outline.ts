// The home page's outline in plain HTML (headings, the fields of its forms and columns of its lists), so the
// page reads before any script runs and to anything that does not run scripts; main.js replaces it.
import type { AppSpec, CollectionSpec, SectionSpec } from '@isekai/contracts';
import { escapeHtml } from '../blueprints/shared/html.js';

const items = (labels: string[]) => labels.map((label) => `<li>${escapeHtml(label)}</li>`).join('');

/** A tool's name, what it does and, for a calculator, the labels of its inputs and answers. */
function toolOutline(title: string | undefined, options: Record<string, unknown> | undefined): string {
  const calc = options?.calculator as
    { inputs?: { label: string }[]; outputs?: { label: string }[] } | undefined;
  const labels = [...(calc?.inputs ?? []), ...(calc?.outputs ?? [])].map((part) => part.label);
  const about = typeof options?.about === 'string' ? `<p>${escapeHtml(options.about)}</p>` : '';
  const heading = title ? `<h2>${escapeHtml(title)}</h2>` : '';
  if (!heading && !about && labels.length === 0) return '';
  return `<section>${heading}${about}${labels.length ? `<ul>${items(labels)}</ul>` : ''}</section>`;
}

function outlineOf(section: SectionSpec, collections: Map<string, CollectionSpec>): string {
  switch (section.type) {
    case 'collection': {
      const c = collections.get(section.collection);
      if (!c) return '';
      const fields = [...(section.search ? ['Search'] : []), ...c.fields.map((f) => f.label)];
      // A board's columns are what a person sees first: the choices of the field it is laid out by.
      const by = section.view === 'board' ? c.fields.find((f) => f.name === section.by) : undefined;
      const columns = by?.options ?? [];
      return `<section><h2>${escapeHtml(section.title ?? c.plural)}</h2><ul>${items([...columns, ...fields])}</ul></section>`;
    }
    case 'stats':
      return `<section><ul>${section.figures.map((f) => `<li>${escapeHtml(f.label)}</li>`).join('')}</ul></section>`;
    case 'hero':
      return `<section><h2>${escapeHtml(section.heading)}</h2><p>${escapeHtml(section.text)}</p></section>`;
    case 'tool':
      return toolOutline(section.title, section.options);
    default:
      return `<section><h2>${escapeHtml(section.title)}</h2></section>`;
  }
}

export function renderHomeOutline(spec: AppSpec): string {
  const home = spec.pages[0];
  if (!home) return '';
  const collections = new Map(spec.collections.map((c) => [c.name, c]));
  return `<h1>${escapeHtml(home.title)}</h1>\n${home.sections.map((s) => outlineOf(s, collections)).join('\n')}`;
}
