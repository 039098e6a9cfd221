// @ts-check
// How values read on the page: dates in the person's locale, money with cents, ratings as stars.
import { el } from './dom.js';

/** @typedef {import('./formula.mjs').Field} Field */

/** @param {string} iso */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return String(iso);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toLocaleDateString();
}

/** @param {unknown} n @param {boolean} [money] */
export function formatNumber(n, money) {
  if (n === null || n === undefined || n === '' || Number.isNaN(Number(n))) return '';
  const digits = money
    ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  return Number(n).toLocaleString(undefined, digits);
}

/**
 * The words for a value (references are resolved by the caller, who knows the other records).
 * @param {Field} field
 * @param {unknown} value
 */
export function formatValue(field, value) {
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'money':
      return formatNumber(value, true);
    case 'number':
      return formatNumber(value) + (field.unit ? ' ' + field.unit : '');
    case 'date':
      return formatDate(String(value));
    case 'datetime': {
      const d = new Date(String(value));
      return Number.isNaN(d.getTime()) ? String(value) : d.toLocaleString();
    }
    case 'boolean':
      return value === true ? 'Yes' : 'No';
    case 'rating':
      return Number(value) + ' of ' + (field.max || 5);
    case 'tags':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return String(value);
  }
}

/** A value as a node: links for web addresses and e-mail, stars for ratings, a swatch for colours. */
export function valueNode(field, value) {
  const text = formatValue(field, value);
  if (text === '') return document.createTextNode('');
  if (field.type === 'url' && /^https?:\/\//i.test(String(value)))
    return el('a', {
      href: String(value),
      rel: 'noopener noreferrer',
      target: '_blank',
      text: text.replace(/^https?:\/\//i, ''),
    });
  if (field.type === 'email') return el('a', { href: 'mailto:' + String(value), text });
  if (field.type === 'image' && isPictureUrl(value))
    return el('img', { className: 'thumb', src: String(value), alt: field.label, loading: 'lazy' });
  if (field.type === 'rating') {
    const max = field.max || 5;
    const v = Math.max(0, Math.min(max, Math.round(Number(value))));
    return el('span', {
      className: 'stars',
      'aria-label': text,
      title: text,
      text: '★'.repeat(v) + '☆'.repeat(max - v),
    });
  }
  if (field.type === 'color')
    return el('span', { className: 'swatch-wrap' }, [
      el('span', { className: 'swatch', style: 'background:' + String(value) }),
      text,
    ]);
  if (field.type === 'tags' && Array.isArray(value))
    return el(
      'span',
      {},
      value.map((t) => el('span', { className: 'chip', text: String(t) })),
    );
  return document.createTextNode(text);
}

/**
 * Whether a value is the address of a picture (by its file type), so a page address typed into a
 * picture field shows as a link instead of a broken image. @param {unknown} value
 */
export function isPictureUrl(value) {
  return (
    typeof value === 'string' &&
    /^https?:\/\/\S+\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]\S*)?$/i.test(value.trim())
  );
}
