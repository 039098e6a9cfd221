/**
 * Helpers every page script starts with. Plain browser JavaScript kept in a string: it is shipped to
 * the generated app as it is, and unit tests compile it with vm.Script.
 */
export const CLIENT_KIT = String.raw`'use strict';
function $(selector, root) { return (root || document).querySelector(selector); }
/** For parts of a page that only some specs have; the caller checks for null. */
function $maybe(selector) { return document.querySelector(selector); }
function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (key) {
    const value = attrs[key];
    if (value === undefined || value === null || value === false) return;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  });
  (children || []).forEach(function (child) {
    if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}
function appData() {
  const node = document.getElementById('app-data');
  return node ? JSON.parse(node.textContent) : {};
}
function api(method, url, body) {
  const options = { method: method, headers: { accept: 'application/json' } };
  if (body !== undefined) { options.headers['content-type'] = 'application/json'; options.body = JSON.stringify(body); }
  return fetch(url, options).then(function (res) {
    if (res.status === 204) return null;
    return res.json().catch(function () { return null; }).then(function (data) {
      if (!res.ok) throw new Error((data && data.error && data.error.message) || ('The server answered ' + res.status));
      return data;
    });
  });
}
function todayIso() {
  const d = new Date();
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}
function pad2(n) { return String(n).padStart(2, '0'); }
function showError(node, error) {
  if (!node) return;
  node.textContent = error ? (error.message || String(error)) : '';
  node.hidden = !error;
}
function csvCell(value) {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}
function parseCsv(text) {
  const rows = []; let row = []; let cell = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.filter(function (r) { return r.length > 1 || r[0] !== ''; });
}
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type || 'text/plain' }));
  const link = el('a', { href: url, download: name });
  document.body.appendChild(link); link.click(); link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}
function renderBars(container, items, format) {
  container.textContent = '';
  const max = items.reduce(function (m, item) { return Math.max(m, item.value); }, 0) || 1;
  items.forEach(function (item) {
    const fill = el('div', { className: 'bar-fill' });
    fill.style.width = Math.round((item.value / max) * 100) + '%';
    container.appendChild(el('div', { className: 'bar-row' }, [
      el('span', { text: item.label }),
      el('div', { className: 'bar-track', role: 'presentation' }, [fill]),
      el('strong', { text: format ? format(item.value) : String(item.value) }),
    ]));
  });
}
`;
