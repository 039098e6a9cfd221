// @ts-check
// What every section renderer receives from the page shell (types only).

/**
 * @typedef {{
 *   store: import('../store.js').Store,
 *   spec: any,
 *   pageId: string,
 *   pageTitle: string,
 *   sectionId: string,
 *   href: (target: string) => string,
 *   onCleanup: (fn: () => void) => void,
 * }} SectionContext
 */

export {};
