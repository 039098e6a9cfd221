// @ts-check
// The pieces every content section is built from. Spec text always goes in as text (textContent), never
// as HTML: the page runs under CSP default-src 'self' and a prompt's words are not markup.

/**
 * An element with a class and text.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An unstyled list that keeps its list semantics (Safari drops them with list-style: none).
 * @param {'ul' | 'ol'} tag
 * @param {string} className
 */
export function list(tag, className) {
  const node = h(tag, className);
  node.setAttribute('role', 'list');
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element (decorative drawings: icons, check marks).
 * @param {string} tag
 * @param {Record<string, string | number>} [attrs]
 * @param {Element[]} [children]
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, children = []) {
  const node = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

/**
 * "Opening hours & prices" -> "opening-hours-prices": the section's id, so "#pricing" links land on it.
 * @param {string} text
 */
export function slug(text) {
  const base = String(text || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'section';
}

/**
 * The frame of a content section: `<section id=slug(title)>` with its `<h2>` and optional intro.
 * @param {string} type the section type, also its class (`cs-pricing`)
 * @param {string} title
 * @param {string} [intro]
 * @returns {{ section: HTMLElement, head: HTMLElement }}
 */
export function frame(type, title, intro) {
  const section = h('section', 'cs cs-' + type);
  section.id = slug(title);
  const head = h('div', 'cs-head');
  const heading = h('h2', 'cs-title', title);
  heading.id = section.id + '-title';
  section.setAttribute('aria-labelledby', heading.id);
  head.append(heading);
  if (intro) head.append(h('p', 'cs-intro', intro));
  section.append(head);
  return { section, head };
}

/**
 * Items of a section, tolerating a hand-edited spec without them.
 * @template T
 * @param {{ items?: T[] }} section
 * @returns {T[]}
 */
export function itemsOf(section) {
  return Array.isArray(section.items) ? section.items : [];
}
