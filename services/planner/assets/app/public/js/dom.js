// @ts-check
// Building DOM nodes from data: text always goes in as text, never as HTML.

/**
 * @param {string} tag
 * @param {Record<string, any>} [attrs] `text`, `className`, `on<event>` handlers, or attributes
 * @param {(Node | string | null | undefined | false)[]} [children]
 * @returns {HTMLElement}
 */
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children || []) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** @param {string} tag @param {Record<string, string | number>} [attrs] @param {Node[]} [children] */
export function svg(tag, attrs, children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  for (const child of children || []) node.appendChild(child);
  return node;
}

let counter = 0;
/** Ids for label/input pairs: unique on the page, readable in the DOM. @param {string} base */
export function uid(base) {
  counter += 1;
  return base.replace(/[^A-Za-z0-9_-]/g, '-') + '-' + counter;
}

/** "a book", "an order": the article for a lower-case noun. @param {string} noun */
export function withArticle(noun) {
  return (/^[aeiou]/i.test(noun) ? 'an ' : 'a ') + noun;
}

/** @param {string} text */
export function lower(text) {
  // "TV show" keeps its capitals; "Book" becomes "book".
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A polite message area that screen readers announce; shown only while it has words. */
export function statusArea(className) {
  const node = el('p', { role: 'status', className: 'status ' + (className || ''), 'aria-live': 'polite' });
  return {
    node,
    /** @param {string} text @param {boolean} [isError] */
    say(text, isError) {
      node.textContent = text;
      node.classList.toggle('error', Boolean(isError));
    },
  };
}
