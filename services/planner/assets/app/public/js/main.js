// @ts-check
// The page shell: reads the spec embedded in index.html, loads the records, and draws the page the
// hash names (#/<pageId>, or a record's detail) from its sections in order.
import { el, statusArea } from './dom.js';
import { renderDetail } from './detail.js';
import { RESPONSES, pageHref, parseRoute, targetHref } from './router.js';
import { createStore } from './store.js';
import { renderChartSection } from './sections/chart.js';
import { renderCollectionSection } from './sections/collection.js';
import { CONTENT_SECTIONS } from './sections/content/index.js';
import { renderFormSection } from './sections/form-section.js';
import { renderStatsSection } from './sections/stats.js';
import { renderToolSection } from './sections/tool.js';

/** @typedef {import('./sections/section-context.js').SectionContext} SectionContext */

/** @type {Record<string, (section: any, ctx: SectionContext) => HTMLElement>} */
const RENDERERS = {
  collection: renderCollectionSection,
  stats: renderStatsSection,
  chart: renderChartSection,
  form: renderFormSection,
  tool: renderToolSection,
};

const specNode = document.getElementById('app-spec');
const spec = JSON.parse((specNode && specNode.textContent) || '{}');
const store = createStore(spec);
const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const footer = /** @type {HTMLElement} */ (document.getElementById('app-footer'));
/** @type {(() => void)[]} */
let cleanups = [];
const footerStatus = statusArea();

/** Collections that public forms store into; each gets a hidden responses page. */
function formCollections() {
  const names = spec.pages.flatMap((/** @type {any} */ p) =>
    p.sections
      .filter((/** @type {any} */ s) => s.type === 'form')
      .map((/** @type {any} */ s) => s.collection),
  );
  return [...new Set(names)].filter((n) => store.collection(n));
}

/** A page of the spec, or the responses page of a form's collection. @param {string} id */
function pageOf(id) {
  const page = spec.pages.find((/** @type {any} */ p) => p.id === id);
  if (page) return page;
  const name = id.startsWith(RESPONSES) ? id.slice(RESPONSES.length) : '';
  const collection = formCollections().includes(name) ? store.collection(name) : undefined;
  if (!collection) return null;
  return {
    id,
    title: 'Responses: ' + collection.plural,
    nav: false,
    sections: [
      {
        type: 'collection',
        collection: name,
        view: 'table',
        form: false,
        title: collection.plural,
        exportCsv: true,
      },
    ],
  };
}

/** @param {any} section @param {number} index @param {string} pageId @param {string} pageTitle */
function renderSection(section, index, pageId, pageTitle) {
  /** @type {SectionContext} */
  const ctx = {
    store,
    spec,
    pageId,
    pageTitle,
    sectionId: section.type + '-' + (index + 1),
    href: (target) => targetHref(target, pageId),
    onCleanup: (fn) => cleanups.push(fn),
  };
  const own = RENDERERS[section.type];
  if (own) return own(section, ctx);
  const content = CONTENT_SECTIONS[section.type];
  if (content) return content(section, { href: ctx.href });
  return null;
}

function drawFooter() {
  const links = formCollections().map((name) => {
    const c = store.collection(name);
    return el('a', {
      href: pageHref(RESPONSES + name),
      text: 'Responses (' + store.list(name).length + ')',
      'aria-label': c
        ? 'Responses to ' + c.plural.toLowerCase() + ' (' + store.list(name).length + ')'
        : undefined,
    });
  });
  const samples = store.hasSamples()
    ? el('p', { className: 'samples-note' }, [
        'Some records are samples, so you can see how the app works. ',
        el('button', {
          type: 'button',
          className: 'secondary small',
          text: 'Remove sample records',
          onclick: () =>
            store
              .removeSamples()
              .then((result) =>
                footerStatus.say(
                  result && result.kept > 0
                    ? 'Samples removed; ' + result.kept + ' stay because your own records use them'
                    : 'Sample records removed',
                ),
              )
              .catch((error) => footerStatus.say(error.message, true)),
        }),
      ])
    : null;
  footer.replaceChildren(
    ...(samples ? [samples] : []),
    footerStatus.node,
    ...(links.length ? [el('nav', { className: 'footer-links', 'aria-label': 'Responses' }, links)] : []),
  );
}

function markNav(pageId) {
  for (const link of document.querySelectorAll('header nav a')) {
    if (link.getAttribute('data-page') === pageId) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

let lastPath = '';
function draw() {
  cleanups.forEach((fn) => fn());
  cleanups = [];
  const route = parseRoute(location.hash);
  const home = spec.pages[0];
  const page = pageOf(route.pageId) || home;
  if (!page) return;
  markNav(page.id);
  const path = page.id + '/' + (route.collection || '') + '/' + (route.recordId || '');
  if (route.collection && route.recordId) {
    main.replaceChildren(
      renderDetail(
        { pageId: page.id, collection: route.collection, recordId: route.recordId },
        {
          store,
          spec,
          pageId: page.id,
          pageTitle: page.title,
          sectionId: 'detail',
          href: (t) => targetHref(t, page.id),
          onCleanup: (fn) => cleanups.push(fn),
        },
        page.title,
      ),
    );
    document.title =
      (main.querySelector('h1') || { textContent: spec.title }).textContent + ' · ' + spec.title;
  } else {
    const sections = page.sections
      .map((/** @type {any} */ s, /** @type {number} */ i) => renderSection(s, i, page.id, page.title))
      .filter(Boolean);
    main.replaceChildren(el('h1', { tabindex: '-1', text: page.title }), ...sections);
    document.title = page === home ? spec.title : page.title + ' · ' + spec.title;
  }
  const target = route.sectionId ? document.getElementById(route.sectionId) : null;
  if (target) target.scrollIntoView();
  else if (path !== lastPath && lastPath !== '') {
    // A new page: start at its top and move focus to its heading, as a full page load would.
    window.scrollTo(0, 0);
    const heading = main.querySelector('h1');
    if (heading) heading.focus({ preventScroll: true });
  }
  lastPath = path;
}

store.subscribe(drawFooter);
window.addEventListener('hashchange', () => {
  draw();
  // Another tab or person may have changed records since: a page shows what is stored now.
  store.refresh().catch(() => undefined);
});
store
  .refresh()
  .catch((error) =>
    main.prepend(
      el('p', { className: 'error', role: 'alert', text: 'Could not load the records: ' + error.message }),
    ),
  )
  .finally(() => {
    drawFooter();
    draw();
  });
