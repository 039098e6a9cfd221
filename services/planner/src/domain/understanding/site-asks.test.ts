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
