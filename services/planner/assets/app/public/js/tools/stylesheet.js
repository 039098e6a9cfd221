// @ts-check
// A tool's own stylesheet, linked once when the tool first shows (the page links only the shared ones).
import { el } from '../dom.js';

/** @param {string} href e.g. "/css/calculator.css" */
export function useStylesheet(href) {
  if (document.querySelector('link[href="' + href + '"]')) return;
  document.head.appendChild(el('link', { rel: 'stylesheet', href }));
}
