import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

describe('a form the prompt starts with', () => {
  it.each([
    'contact form that emails me each message at hello@example.org',
    'a contact form for my studio that sends me an email',
    'an enquiry form that emails me every enquiry',
  ])('"%s" is the form with the messages it stored listed under it', async (prompt) => {
    const u = await understandPrompt(prompt);
    expect(u.spec.collections.map((c) => c.name)).toEqual(['message']);
    const [home] = u.spec.pages;
    expect(home!.sections.map((s) => s.type)).toEqual(['form', 'collection']);
    expect(u.leftOut.join(' ')).toMatch(/\bemail\b/);
  });

  it.each([
    ['event RSVP form with an attendee list', 'rsvp', 'Attendee List'],
    ['club registration form with a member list', 'signup', 'Member List'],
    ['a workshop booking form', 'booking', undefined],
  ])(
    '"%s" is the form whatever words come before it, its list titled in the person\'s words',
    async (prompt, name, title) => {
      const u = await understandPrompt(prompt);
      expect(u.spec.collections.map((c) => c.name)).toEqual([name]);
      const [form, listed] = u.spec.pages[0]!.sections;
      expect(form!.type).toBe('form');
      expect(listed).toMatchObject({ type: 'collection', collection: name, form: false });
      expect(listed!.type === 'collection' ? listed.title : 'not a list').toBe(title);
    },
  );

  it('is added to the top of a data app that names it later', async () => {
    const u = await understandPrompt('a guest list for our party with an RSVP form');
    expect(u.spec.pages[0]!.sections[0]!.type).toBe('form');
    expect(u.spec.collections.map((c) => c.name)).toContain('rsvp');
  });
});
