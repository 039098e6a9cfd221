import { describe, expect, it } from 'vitest';
import { namesSubmissions, opensWithAsk, visitorAsks } from './site-asks.js';

const asked = (text: string) => visitorAsks(text).map((a) => [a.part.title, a.part.details]);

describe('visitorAsks', () => {
  it('reads a form from what a visitor does, whoever does it and however it is put', () => {
    expect(asked('Walkers should be able to reserve a hut with their name, email and the night.')).toEqual([
      ['Reserve a hut', ['name', 'email', 'night']],
    ]);
    expect(asked('Let them apply for a plot by giving their name, phone and address.')).toEqual([
      ['Apply for a plot', ['name', 'phone', 'address']],
    ]);
    expect(asked('history of the mill, opening times and request a guided visit')).toEqual([
      ['Request a guided visit', []],
    ]);
    expect(asked('Diners place an order for a hamper online: their name, phone and the day.')).toEqual([
      ['Place an order for a hamper', ['name', 'phone', 'day']],
    ]);
  });

  it.each([
    [
      'Let customers send us a rental request with the tool, the dates and their email.',
      'Send us a rental request',
    ],
    ['Guests can make a booking online: name, date and number of people.', 'Make a booking'],
    ['people should be able to place an order for bread (loaf, day, name)', 'Place an order for bread'],
    ['Tenants leave an enquiry by giving their flat, phone and the problem.', 'Leave an enquiry'],
    ['Could applicants fill in an application with their name, school and grades?', 'Fill in an application'],
    ['I need to let clients submit a referral with the name, age and reason.', 'Submit a referral'],
    ['There should be a way to get in touch, just name, email and a message.', 'Get in touch'],
    [
      'Pupils can register for the trip by giving their form, allergies and a phone number.',
      'Register for the trip',
    ],
    [
      'we want visitors to apply to volunteer, giving their name, phone and availability',
      'Apply to volunteer',
    ],
    ['- request an appointment (name, phone, preferred day)', 'Request an appointment'],
    ['Can locals reserve a pitch with a date, the number of tents and their email?', 'Reserve a pitch'],
    ['Members of the public may book a free trial with their email, phone and a day.', 'Book a free trial'],
  ])('reads a sending act in any shape: %s', (text, title) => {
    expect(asked(text).map(([t]) => t)).toEqual([title]);
    expect(asked(text)[0]?.[1]?.length).toBeGreaterThanOrEqual(2);
  });

  it('reads no ask in a light verb that sends nothing, nor across a sentence end', () => {
    expect(asked('Make sure your booking is confirmed.')).toEqual([]);
    expect(asked('Send us photos of your garden.')).toEqual([]);
    expect(asked('the squad they wish to join.\n\nColours: header navy, buttons gold')).toEqual([
      ['Join', []],
    ]);
  });

  it('reads a form named by its kind when it lists its fields', () => {
    expect(asked('The Visit page has a school trip enquiry form with school, date and class size.')).toEqual([
      ['School trip enquiry', ['school', 'date', 'class size']],
    ]);
    expect(asked('There is a feedback form somewhere.')).toEqual([]);
  });

  it('speaks to the visitor and stops the object where who it is for begins', () => {
    expect(asked('Parents can enrol their daughter by leaving a name and an email.')[0]?.[0]).toBe(
      'Enrol your daughter',
    );
    expect(asked('Carers can enquire about sessions for their mother.')[0]?.[0]).toBe(
      'Enquire about sessions',
    );
  });

  it('leaves what the business does, verbs that send nothing, what the site explains, names and bracketed details', () => {
    expect(asked('We book the band and I order the flowers.')).toEqual([]);
    expect(asked('Members can renew their permit with their name and number.')).toEqual([]);
    expect(asked('A section explaining how to register and what to bring.')).toEqual([]);
    expect(asked('Pages: Home, Menu, Book.')).toEqual([]);
    expect(asked('the process in steps (apply, interview, start)')).toEqual([]);
    expect(asked('and a volunteer sign-up form')).toEqual([]);
  });
});

describe('opensWithAsk', () => {
  it('tells a purpose that sends something from one that names a thing', () => {
    expect(opensWithAsk('apply for a grant')).toBe(true);
    expect(opensWithAsk('get in touch')).toBe(true);
    expect(opensWithAsk('parents to help')).toBe(false);
  });
});

describe('namesSubmissions', () => {
  it('knows the sentence about where the owner reads what was sent', () => {
    const text = 'The enquiries should show up on a separate page. Our gardens are open daily.';
    const part = (title: string, at: number) => ({ title, details: [], at, page: false });
    expect(namesSubmissions(part('Show up on a separate', 14), text)).toBe(true);
    expect(namesSubmissions(part('Gardens', 53), text)).toBe(false);
  });
});
