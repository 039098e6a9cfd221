import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { onePageSections, sectionSlug } from './one-page-nav.js';
import { renderIndexHtml } from './page-html.js';

const site = (pages: AppSpec['pages'], kind = 'site'): AppSpec => ({
  version: 2,
  kind,
  blueprint: 'composed',
  title: 'Bao Down',
  description: '',
  collections: [{ name: 'request', label: 'Request', plural: 'Requests', fields: [] }],
  pages,
  theme: { mode: 'light', colors: {} },
  options: {},
});

const onePage = site([
  {
    id: 'home',
    title: 'Home',
    sections: [
      { type: 'hero', heading: 'Bao Down', text: 'Fluffy buns' },
      { type: 'menu', title: 'Menu', items: [] },
      { type: 'schedule', title: "This week's schedule", items: [] },
      {
        type: 'form',
        title: 'Catering request',
        collection: 'request',
        submitLabel: 'Send',
        thanks: 'Thanks',
      },
    ],
  },
]);

describe('onePageSections', () => {
  it('links a one-page site to each titled section by the id the page gives it', () => {
    expect(onePageSections(onePage)).toEqual([
      { title: 'Menu', anchor: 'menu' },
      { title: "This week's schedule", anchor: 'this-week-s-schedule' },
      { title: 'Catering request', anchor: 'form-4' },
    ]);
    expect(renderIndexHtml(onePage)).toContain('<a href="#/home@this-week-s-schedule">');
  });

  it('leaves sites of several pages and data apps to their pages', () => {
    const two = site([...onePage.pages, { id: 'about', title: 'About', sections: [] }]);
    expect(onePageSections(two)).toEqual([]);
    expect(onePageSections(site(onePage.pages, 'data'))).toEqual([]);
    expect(renderIndexHtml(two)).toContain('data-page="about"');
  });

  it('slugs as the page script does', () => {
    expect(sectionSlug('Café & Bar')).toBe('cafe-bar');
    expect(sectionSlug('')).toBe('section');
  });
});
