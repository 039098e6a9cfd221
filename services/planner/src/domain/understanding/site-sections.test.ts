import { describe, expect, it } from 'vitest';
import { headed } from './site-sections.js';

describe('headed', () => {
  it.each([
    ['photos', 'Gallery', 'Photos'],
    ['packages', 'Pricing', 'Packages'],
    ['prices', 'Pricing', 'Prices'],
    ['reviews', 'What people say', 'Reviews'],
    ['Testimonials', 'What people say', 'Testimonials'],
    ['faq', 'Frequently asked questions', 'FAQ'],
    ['FAQs', 'Frequently asked questions', 'FAQs'],
    ['timetable', 'Schedule', 'Timetable'],
    ['team', 'Meet the team', 'Meet the team'],
    ['staff', 'Meet the team', 'Staff'],
    ['quotes from', 'What people say', 'What people say'],
    [undefined, 'Schedule', 'Schedule'],
  ])('%s, usually %s -> %s', (asked, usual, heading) => {
    expect(headed(asked, usual)).toBe(heading);
  });
});
