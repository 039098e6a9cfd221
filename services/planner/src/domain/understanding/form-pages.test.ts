import { describe, expect, it } from 'vitest';
import type { PageSpec } from '@isekai/contracts';
import { actionToForm, nameFormPages } from './form-pages.js';

const formPage = (title: string, form: string): PageSpec => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  sections: [{ type: 'form', title: form, collection: 'c', submitLabel: 'Send', thanks: 'Thanks' }],
});
const renamed = (title: string, form: string) => {
  const page = formPage(title, form);
  nameFormPages([page]);
  return page.title;
};

describe('nameFormPages', () => {
  it.each([
    ['Sign up', 'Join the mailing list', 'Join the mailing list'],
    ['Application', 'Apply for membership', 'Apply for membership'],
    ['Sign up', 'Rental request', 'Rental request'],
    ['Sign up', 'Enquire about lessons', 'Enquire about lessons'],
    ['Request', 'Send us a rental request', 'Request'],
    ['Application', 'Application for membership', 'Application'],
    ['Contact', 'Contact us', 'Contact'],
    ['Book', 'Book a tour', 'Book'],
    ['Book', 'Make a booking', 'Book'],
    ['RSVP', 'RSVP', 'RSVP'],
    ['Contact', 'Contact us to request a free consultation', 'Contact'],
    ['Sign up', 'Join the waiting list', 'Join the waiting list'],
  ])('a page "%s" holding "%s" is called "%s"', (page, form, title) => {
    expect(renamed(page, form)).toBe(title);
  });
});

describe('actionToForm', () => {
  const home: PageSpec = { id: 'home', title: 'Home', sections: [{ type: 'text', title: 'Hi', body: '' }] };
  it('leads the welcome button to the first page with a form, named by the form', () => {
    const about: PageSpec = {
      id: 'about',
      title: 'About',
      sections: [{ type: 'text', title: 'Us', body: '' }],
    };
    expect(actionToForm([home, about, formPage('Apply', 'Apply for a plot')])).toEqual({
      label: 'Apply for a plot',
      target: 'apply',
    });
  });

  it('leaves it when the home page has the form, or no page has one', () => {
    expect(actionToForm([formPage('Home', 'Join us'), formPage('Book', 'Book a tour')])).toBeNull();
    expect(actionToForm([home])).toBeNull();
  });
});
