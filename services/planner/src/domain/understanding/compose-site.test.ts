import { describe, expect, it } from 'vitest';
import type { AppSpec, SectionSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

const sections = (spec: AppSpec): SectionSpec[] => spec.pages.flatMap((p) => p.sections);
const titleOf = (s: SectionSpec) => (s.type === 'hero' ? s.heading : 'title' in s ? (s.title ?? '') : '');
const pageWith = (spec: AppSpec, type: SectionSpec['type']) =>
  spec.pages.find((p) => p.sections.some((s) => s.type === type));

describe('a site composed from the parts its prompt names', () => {
  it('names its pages in the person’s words and puts each form on the page that asks for it', async () => {
    const { spec } = await understandPrompt(
      'A website for our climbing wall, The Crux.\n\nPeople should see the sessions we run (kids club on Saturdays, ladies night on Thursdays), our prices (day pass 12, ten-visit card 100) and join our newsletter.\n\nPages: Home, Sessions, Prices, Book a taster, Newsletter.',
    );
    expect(spec.kind).toBe('site');
    expect(spec.pages.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Sessions', 'Prices', 'Book a taster', 'Newsletter']),
    );
    expect(spec.pages.find((p) => p.title === 'Newsletter')?.sections.some((s) => s.type === 'form')).toBe(
      true,
    );
    const sessions = spec.pages.find((p) => p.title === 'Sessions');
    expect(JSON.stringify(sessions)).toContain('Kids club on Saturdays');
    const pricing = sections(spec).find((s) => s.type === 'pricing');
    expect(pricing?.type === 'pricing' && pricing.items.map((i) => [i.name, i.price])).toEqual([
      ['Day pass', '12'],
      ['Ten-visit card', '100'],
    ]);
  });

  it('renames the domain page that shows what the person named', async () => {
    const { spec } = await understandPrompt(
      'wedding website for Sam and Alex with our story, the schedule of the day (vows 1pm, dinner 6pm) and an RSVP form',
    );
    const schedule = pageWith(spec, 'schedule');
    expect(schedule?.title).toMatch(/schedule/i);
    const lines = schedule?.sections.find((s) => s.type === 'schedule');
    expect(lines?.type === 'schedule' && lines.items).toEqual([
      { when: '1pm', title: 'Vows' },
      { when: '6pm', title: 'Dinner' },
    ]);
  });

  it('gives a site that lists several parts a page for each, named as listed', async () => {
    const { spec } = await understandPrompt(
      'electrician website with services, the areas we cover, our guarantee and a request-a-quote form',
    );
    const titles = spec.pages.map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Services', 'Areas we cover', 'Guarantee']));
    expect(titles.some((t) => /quote/i.test(t))).toBe(true);
    expect(spec.pages[0]?.sections.some((s) => s.type === 'form')).toBe(false);
  });

  it('keeps a one-page site on one page, its sections titled as asked', async () => {
    const { spec } = await understandPrompt(
      'a one-page site for my choir with our concerts, the members and a form to join',
    );
    expect(spec.pages.filter((p) => p.nav !== false)).toHaveLength(1);
    const titles = sections(spec).map(titleOf);
    expect(titles).toEqual(expect.arrayContaining(['Concerts', 'Members', 'Join']));
  });

  it('reads a prompt that opens by naming a page as a site, with the facts it gives', async () => {
    const { spec } = await understandPrompt('event page for a 5k park run on 3 May with a registration form');
    expect(spec.kind).toBe('site');
    expect(JSON.stringify(spec.pages)).toMatch(/5k park run on 3 may/i);
    expect(sections(spec).some((s) => s.type === 'form' && /regist/i.test(s.title))).toBe(true);
  });

  it('answers a FAQ with the questions the person wrote and names a contact form by its purpose', async () => {
    const { spec, notes } = await understandPrompt(
      'Website for a driving school. Add a FAQ section answering "How many lessons will I need?" and "Do you teach automatics?", and have a contact form to book a first lesson.',
    );
    const faq = sections(spec).find((s) => s.type === 'faq');
    expect(faq?.type === 'faq' && faq.items.map((i) => i.question)).toEqual([
      'How many lessons will I need?',
      'Do you teach automatics?',
    ]);
    expect(
      sections(spec).some((s) => s.type === 'form' && s.title === 'Contact us to book a first lesson'),
    ).toBe(true);
    expect(notes.join(' ')).toMatch(/placeholder/);
  });

  it('shows listed prices as price tiers, and names a domain page after the form it opens with', async () => {
    const { spec } = await understandPrompt(
      'hotel website with our rooms, the room rates (single 80/night, double 120/night, suite 200/night) and a stay enquiry form',
    );
    const rates = sections(spec).find((s) => s.type === 'pricing' && /rates/i.test(s.title));
    expect(rates?.type === 'pricing' && rates.items.map((i) => [i.name, i.price, i.period])).toEqual([
      ['Single', '80', 'per night'],
      ['Double', '120', 'per night'],
      ['Suite', '200', 'per night'],
    ]);
    const enquiry = spec.pages.find((p) => p.sections[0]?.type === 'form' && /enquiry/i.test(p.title));
    expect(enquiry?.title).toBe('Stay enquiry');
  });

  it('keeps every page the person named, saying when it only has placeholder text', async () => {
    const { spec, notes } = await understandPrompt(
      'A website for our scout group.\n\nPages: Home, Meetings, Badges, Parents.',
    );
    expect(spec.pages.map((p) => p.title)).toEqual(['Home', 'Meetings', 'Badges', 'Parents']);
    expect(notes.join(' ')).toMatch(/Badges/);
  });
  it('puts a form a visitor is said to fill in on the page named for it, with the fields they give', async () => {
    const { spec } = await understandPrompt(
      'A website for Fernside Allotments.\n\nThere should be a page about our plots (full plot, half plot) and a rules page. Gardeners can apply for a plot by giving their name, email, phone and the size they want.\n\nThe applications should be listed on their own page.',
    );
    expect(spec.kind).toBe('site');
    expect(spec.pages.map((p) => p.title)).toEqual(expect.arrayContaining(['Plots', 'Rules']));
    const form = sections(spec).find((s) => s.type === 'form');
    expect(form && titleOf(form)).toBe('Apply for a plot');
    const stored = spec.collections.find((c) => form?.type === 'form' && c.name === form.collection);
    expect(stored?.fields.map((f) => f.label)).toEqual(['Name', 'Email', 'Phone', 'Size']);
    expect(spec.pages.map((p) => p.title).join(' ')).not.toMatch(/applications/i);
    const hero = spec.pages[0]?.sections.find((s) => s.type === 'hero');
    expect(hero?.type === 'hero' && hero.action?.target).toBeTruthy();
  });
});
