// placeholder by R1; R2 owns this file
// @ts-check
/** Content sections by type (hero, features, pricing...): `render(section, ctx) => HTMLElement`. */
/** @type {Record<string, (section: any, ctx: { href: (target: string) => string }) => HTMLElement>} */
export const CONTENT_SECTIONS = {};
