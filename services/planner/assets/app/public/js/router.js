// @ts-check
// Hash routes: #/<pageId>, #/<pageId>/<collection>/<recordId> for a record's detail, and
// #/<pageId>@<sectionId> to jump to a section of a page. The first page is home.

/**
 * @typedef {{ pageId: string, collection?: string, recordId?: string, sectionId?: string }} Route
 */

/** @param {string} hash @returns {Route} */
export function parseRoute(hash) {
  const raw = decodeURIComponent(hash.replace(/^#\/?/, ''));
  const [path, sectionId] = raw.split('@');
  const [pageId, collection, recordId] = (path || '').split('/');
  return {
    pageId: pageId || '',
    collection: collection || undefined,
    recordId: recordId || undefined,
    sectionId: sectionId || undefined,
  };
}

/** The page id prefix of a public form's responses page: #/responses-<collection>. */
export const RESPONSES = 'responses-';

/** @param {string} pageId */
export function pageHref(pageId) {
  return '#/' + encodeURIComponent(pageId);
}

/** @param {string} pageId @param {string} collection @param {string} id */
export function recordHref(pageId, collection, id) {
  return (
    '#/' + encodeURIComponent(pageId) + '/' + encodeURIComponent(collection) + '/' + encodeURIComponent(id)
  );
}

/**
 * What content sections call to link somewhere: a page id, or "#section" on the current page.
 * @param {string} target
 * @param {string} currentPageId
 */
export function targetHref(target, currentPageId) {
  if (target.startsWith('#')) return pageHref(currentPageId) + '@' + encodeURIComponent(target.slice(1));
  return pageHref(target);
}
