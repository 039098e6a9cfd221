import { describe, expect, it } from 'vitest';
import { headed, SECTION_RECIPES } from './site-sections.js';

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

/** The form a prompt asks for by its own noun or verb is titled with it, so a person finds it by that word. */
describe('a form is titled with the words that asked for it', () => {
  const words = { name: 'Fernhill', topic: 'wildlife trust' };
  const formTitle = (asked: string) => {
    const recipe = SECTION_RECIPES.find((r) => r.type === 'form' && r.asked.test(asked))!;
    const { section } = recipe.build(words, asked);
    return section.type === 'form' ? `${section.title} / ${section.submitLabel}` : '';
  };
  it.each([
    ['a newsletter', /newsletter/i],
    ['sign up to our newsletter', /newsletter/i],
    ['the mailing list', /mailing list/i],
    ['subscribe for updates', /subscribe/i],
    ['an enquiry form', /enquiry/i],
    ['send us an inquiry', /inquiry/i],
    ['get in touch', /get in touch/i],
    ['a contact form', /contact/i],
    ['make a reservation', /reserv/i],
    ['request an appointment', /appointment/i],
    ['book a tour', /tour/i],
    ['the waiting list', /waiting list/i],
  ])('%s -> %s', (asked, word) => {
    expect(formTitle(asked)).toMatch(word);
  });
});

describe('a place called a reserve is no booking', () => {
  const booking = SECTION_RECIPES.find((r) => r.page === 'Book')!;
  it.each([
    ['reserve a table', true],
    ['reserve seats', true],
    ['reserve your place', true],
    ['a reservation', true],
    ['describes each reserve', false],
    ['the nature reserve', false],
    ['our reserve wines', false],
  ])('%s -> %s', (words, asks) => {
    expect(booking.asked.test(words)).toBe(asks);
  });
});
