import { describe, expect, it } from 'vitest';
import type { AppSpec, SectionSpec } from '@isekai/contracts';
import { says } from './site-coverage.js';
import { understandPrompt } from './understand.js';

const titleOf = (s: SectionSpec) => (s.type === 'hero' ? s.heading : 'title' in s ? (s.title ?? '') : '');
const navPages = (spec: AppSpec) => spec.pages.filter((p) => p.nav !== false);

/** The form a visitor finds by the word: its heading or button says it, on home or a page named by it. */
function reachableForm(spec: AppSpec, word: string) {
  const several = navPages(spec).length > 1;
  return spec.pages
    .filter((p, i) => i === 0 || !several || says(p.title, word))
    .flatMap((p) => p.sections)
    .find((s) => s.type === 'form' && says(`${s.title} ${s.submitLabel}`, word));
}

/** What a visitor reads of the part: a page named by the word, or on one page a section titled with it. */
function reachablePart(spec: AppSpec, word: string): boolean {
  if (navPages(spec).length > 1) return navPages(spec).some((p, i) => i > 0 && says(p.title, word));
  return (spec.pages[0]?.sections ?? []).some((s) => s.type !== 'hero' && says(titleOf(s), word));
}

describe('a site has every form its prompt asks for, wherever the words stand', () => {
  it.each([
    [
      'Website for our rowing club on the Thames, and people should be able to apply from the membership page.',
      'apply',
    ],
    [
      'The website for our dance school: we run free trial classes for new students every Monday, plus a summer show.',
      'trial',
    ],
    ['A website for my allotment society. Members get news by joining the mailing list.', 'mailing list'],
    ['Can you make a site for my pottery studio? Beginners can book a taster evening with us.', 'book'],
    ['bakery site with our bread, cakes and a contact form at the bottom', 'contact'],
    ['Site for my roofing business - customers should request a quote online', 'quote'],
    ['Wedding website for Sam and Alex. Guests RSVP before June.', 'rsvp'],
    ['Page for our film society with the season of films and a newsletter signup', 'newsletter'],
    ['We repair bikes in Bristol. The website should take bookings for services too.', 'booking'],
    ['A site for the village fete where stallholders register for a pitch.', 'register'],
    ['Website for Hilltop Kennels: our kennels, prices, and people can send an enquiry.', 'enquiry'],
    ['Our food truck site needs the menu, where we park each week, and a way to order.', 'order'],
  ])('%s → a form saying "%s"', async (prompt, word) => {
    const { spec } = await understandPrompt(prompt);
    expect(spec.kind).toBe('site');
    expect(reachableForm(spec, word)).toBeDefined();
  });

  it('stores what a form sends into a collection of the site', async () => {
    const { spec } = await understandPrompt(
      'Website for Harbour Lights Theatre Company\n- What’s on: our spring season\n- Auditions: actors can apply to audition\n- Contact us',
    );
    const form = reachableForm(spec, 'apply');
    expect(form?.type === 'form' && spec.collections.some((c) => c.name === form.collection)).toBe(true);
    // Each form says what it is: the apply form is not the contact form.
    expect(form && titleOf(form)).not.toMatch(/contact/i);
  });
});

describe('a form on a page named otherwise is found by its word, from the navigation or home', () => {
  it.each([
    [
      'Website for the Bluebird Guesthouse. Pages: Home, Rooms, Breakfast, Book. Guests send a booking request with their dates.',
      'booking',
    ],
    [
      'Website for our accountants, Hale & Co: pages for services, the team, and a contact page with an enquiry form.',
      'enquiry',
    ],
    [
      'Site for Marsh Lane Allotments. Pages: Home, Plots, Rules, Join. New members apply for a plot on the Join page.',
      'apply',
    ],
    [
      'Website for a surf school. Pages: Home, Lessons, Camps, Reserve. People book lessons on the Reserve page.',
      'book',
    ],
    [
      'Website for the Kingfisher Bistro with pages Menu, Wine, Reservations; diners make a booking on the Reservations page.',
      'booking',
    ],
    [
      'A website for our choir with pages: Concerts, Members, Auditions. Singers apply through a form on the Auditions page.',
      'apply',
    ],
    [
      'Website for Pine Ridge Campsite. Pages: Home, Pitches, Facilities, Get in touch, with a contact form.',
      'contact',
    ],
    [
      'Website for a yoga studio. Pages: Home, Classes, Teachers, Newsletter. Visitors join the mailing list on the Newsletter page.',
      'mailing list',
    ],
    [
      'Website for Hollybank Primary. Pages: Home, Term Dates, Admissions. Parents apply for a place on the Admissions page.',
      'apply',
    ],
    [
      'Website for a dog walker. Pages: Home, Walks, Prices, Contact. Owners can book a walk from the Contact page.',
      'book',
    ],
  ])('%s → "%s"', async (prompt, word) => {
    const { spec } = await understandPrompt(prompt);
    expect(spec.kind).toBe('site');
    expect(reachableForm(spec, word)).toBeDefined();
  });
});

describe('a site has every part its prompt names, wherever the words stand', () => {
  it.each([
    [
      'Our website needs a Tours page listing each ride, a page where you meet the team of guides, and a gallery.',
      'team',
    ],
    [
      'A website for our kayak centre, with river tours for families, a shop and a cafe on separate pages.',
      'tours',
    ],
    [
      'The site for our charting library: a homepage with examples, the API docs, pricing and a blog.',
      'docs',
    ],
    [
      'The site for our charting library: a homepage with examples, the API docs, pricing and a blog.',
      'blog',
    ],
    [
      'hey can you make a site for my tattoo studio, there is a team section with photos of each artist',
      'team',
    ],
    [
      'A site for our joinery firm with our services, past projects and a gallery of kitchens we fitted.',
      'projects',
    ],
    ['Running club site: fixtures, results, the club history, a gallery and how to join.', 'gallery'],
    ['Website for the Riverside Cafe: our menu, the opening hours and reviews from customers.', 'reviews'],
    [
      'The website for our hackspace needs pages for the workshops we run, our tools and an FAQ.',
      'workshops',
    ],
    ['I run a recruitment agency and the site should list careers at our clients and our team.', 'careers'],
    ['Food festival website with the schedule for both days, the traders and ticket prices.', 'schedule'],
  ])('%s → "%s"', async (prompt, word) => {
    const { spec } = await understandPrompt(prompt);
    expect(spec.kind).toBe('site');
    expect(reachablePart(spec, word)).toBe(true);
  });
});

it('keeps to the pages a person listed, showing a part named elsewhere on the home page', async () => {
  const { spec } = await understandPrompt(
    'A website for our kayak centre. We run river tours for families.\n\nPages: Home, Shop, Cafe.',
  );
  expect(spec.pages.filter((p) => p.nav !== false).map((p) => p.title)).toEqual(['Home', 'Shop', 'Cafe']);
  expect(spec.pages[0]?.sections.some((s) => says(titleOf(s), 'tours'))).toBe(true);
});

describe('a site shows every thing the business says it offers', () => {
  it.each([
    ['bakery website: we bake sourdough bread every morning and sell cakes', 'bread'],
    [
      'can you make me a little website for my bike shop? we do repairs and e-bike rentals by the day',
      'rentals',
    ],
    ['A page for our community choir with our rehearsal times and upcoming concerts', 'concerts'],
    ['a site for my tattoo studio with a gallery of our work plus aftercare advice', 'aftercare'],
    ['Website for our farm shop. We grow asparagus and strawberries and we sell free range eggs.', 'eggs'],
    ['Our brewery website should show our beers and the taproom, and we host quiz nights.', 'quiz nights'],
    ['I teach piano and guitar from my home studio in Leeds, and I want a simple site.', 'guitar'],
    ['A site for our cafe: we serve breakfast all day, homemade soup and cream teas.', 'cream teas'],
    ['Website for a florist. We make bridal bouquets and sympathy wreaths to order.', 'wreaths'],
    ['Page for my van hire business: we rent out camper vans and roof boxes.', 'roof boxes'],
  ])('%s → "%s"', async (prompt, word) => {
    const { spec } = await understandPrompt(prompt);
    expect(spec.kind).toBe('site');
    expect(says(JSON.stringify(spec.pages), word)).toBe(true);
  });
});
