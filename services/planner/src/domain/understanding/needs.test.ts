import { describe, expect, it } from 'vitest';
import { needLines, readNeeds, withoutNeedWords } from './needs.js';

const whats = async (prompt: string) => (await readNeeds(prompt)).map((n) => n.what);

describe(readNeeds.name, () => {
  it.each([
    ['the live forecast for Leeds this weekend', 'Live weather'],
    ['live tennis results from Wimbledon', 'Live scores'],
    ['real-time gold prices', 'Live prices'],
    ['where my package is now', 'Live tracking'],
    ['flight status for my trips', 'Live tracking'],
    ['contact form that emails me each message', 'Sending email'],
    ['text me when the rent is due', 'SMS, text messages and push notifications'],
    ['translate my notes into French', 'Automatic translation'],
    ['a GPS ride tracker', 'GPS and location'],
    ['bakeries near me', 'Maps and location'],
    ['chess with my friends on their own computers', 'Online multiplayer'],
    ['phone the patients the day before their appointment', 'Phone calls'],
    ['ring me when the bins need to go out', 'Phone calls'],
    ['members log in to see their own bookings', 'Accounts and sign-in'],
    ['a video call room for the team stand-up', 'Live video'],
    ['the top stories from the Guardian', 'News from the internet'],
    ['my Garmin runs, pulled automatically every night', 'Live data from the internet'],
    ['guests pay with their card when they book', 'Online payments'],
    ['members pay each month by direct debit', 'Online payments'],
    ['Parents can set up a direct debit for the term fees.', 'Online payments'],
    ['tenants pay their rent by standing order', 'Online payments'],
    [
      'an app that connects to my smart thermostat and shows each room',
      'Connecting to other devices and accounts',
    ],
    ['Link up to my bank account and read my spending', 'Connecting to other devices and accounts'],
    ['sync with my Fitbit watch every night', 'Connecting to other devices and accounts'],
    ['Can it hook up to the smart meter so I see my usage?', 'Connecting to other devices and accounts'],
    [
      'our greenhouse sensors: connected to the sensors, show humidity',
      'Connecting to other devices and accounts',
    ],
    ['a dashboard of our smart plugs and what each one uses', 'Connecting to other devices and accounts'],
    ['I want it to integrate with our Google calendar', 'Connecting to other devices and accounts'],
    ['pair it with my phone so the steps come in', 'Connecting to other devices and accounts'],
  ])('hears what the sandbox lacks in "%s"', async (prompt, what) => {
    expect(await whats(prompt)).toContain(what);
  });

  // A checkout said as the verb ("and check out") or with a hyphen is a payment, wherever it stands;
  // guests who check out of a room, books checked out of a library and a check-out date are not.
  it.each([
    'customers choose loaves and check out',
    'people fill a basket with plants, then check out',
    'a cart where buyers add candles and check out online',
    'Shop\n- products\n- a basket\n- check-out with card',
    'could shoppers add comics to a bag and check out at the end?',
    'visitors pick their prints, go to check-out and pay',
    'a webshop for our jam: add jars to the basket and checkout',
    'fans choose merch and check out in one step',
    'a simple store where you add items to a cart and check out',
    'a bakery preorder page with a quick check-out',
  ])('hears a checkout in "%s"', async (prompt) => {
    expect(needLines(await readNeeds(prompt)).join(' ')).toMatch(/online payments.*check[- ]?out/i);
  });

  it.each([
    'hotel bookings: guests check in and check out, with the room and the nights',
    'a library where members check out books and return them',
    'room bookings with a check-out date and the guest name',
    'a list of films I want to check out',
  ])('hears no payment in "%s"', async (prompt) => {
    expect(await whats(prompt)).not.toContain('Online payments');
  });

  it('hears nothing in an app the sandbox can build', async () => {
    expect(await readNeeds('a reading list with title, author and rating')).toEqual([]);
    expect(await readNeeds('a list of the people I called back, and a log of sign-in sheets')).toEqual([]);
    // People who connect with each other and cars kept in a list are no device reached over the network.
    expect(await readNeeds('a club where members connect with each other, and a list of our cars')).toEqual(
      [],
    );
    expect(await readNeeds('the bank holidays, and the accounts we keep for each client')).toEqual([]);
  });

  it('says each need in the words the person used, beside the plain ones', async () => {
    const line = needLines(await readNeeds('a shop where people pay at the checkout'))[0];
    expect(line).toMatch(/^Online payments \(“pay at the checkout”\): /);
    expect(needLines(await readNeeds('send payments by Stripe'))[0]).toContain('“Stripe”');
  });

  it('says in plain words that a network is what is missing', async () => {
    for (const prompt of ['the live forecast', 'bakeries near me', 'track my parcel by its tracking number'])
      expect(needLines(await readNeeds(prompt)).join(' ')).toMatch(/\bnetwork\b/);
    expect(needLines(await readNeeds('online multiplayer checkers')).join(' ')).toMatch(/\bmultiplayer\b/);
  });
});

describe(withoutNeedWords.name, () => {
  it('blanks the ways of doing things in place, so no record is named after them', async () => {
    const prompt = 'remind me by SMS when a plant needs watering';
    const rest = withoutNeedWords(prompt, await readNeeds(prompt));
    expect(rest).toHaveLength(prompt.length);
    expect(rest).not.toMatch(/sms/i);
    expect(rest).toMatch(/plant needs watering/);
  });

  it('keeps what is sent, and the fields a list names', async () => {
    const prompt = 'send a newsletter by email to my subscribers with name, email and interests';
    const rest = withoutNeedWords(prompt, await readNeeds(prompt));
    expect(rest).toMatch(/newsletter/);
    expect(rest).toMatch(/name, email and interests/);
    expect(rest).not.toMatch(/by email/);
  });
});

describe('needs that are only words about people', () => {
  it('hears no translation in a translator’s homepage', async () => {
    expect(await whats('personal homepage for a freelance translator')).toEqual([]);
    expect(await whats('a list of translations of my favourite poems')).toEqual([]);
  });
});
