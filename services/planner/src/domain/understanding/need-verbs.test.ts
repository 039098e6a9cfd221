// Table of sentences where the need is said by a verb: phoning a person ("calls patients", "call the
// lead") and data fetched on its own ("prices fetched from CoinGecko", "syncs my Fitbit steps"), in many
// domains and shapes; and sentences with the same words that ask for nothing the sandbox lacks.
import { describe, expect, it } from 'vitest';
import { readNeeds } from './needs.js';

const whats = async (prompt: string) => (await readNeeds(prompt)).map((n) => n.what);

const CALLS = [
  'a dentist reminder app that calls patients the day before their appointment',
  'Sales leads - a button to call the lead straight from the app',
  'the app should call customers whose invoice is late',
  'It rings volunteers an hour before their shift.',
  'phone parents when a pupil is absent',
  'calling tenants about overdue rent, with notes of what they said',
  'I need something that calls the plumber when a leak is logged',
  'can it ring each player before the match?',
  'a school bus app that phones the driver if a child is missing',
  'Vet clinic: call owners when their pet is ready to be picked up',
  // Whom with "a" or "an": one person of many.
  'Tenants\n- name, flat, phone\n- ring a tenant straight from the app',
  'a way to phone a parent from the register',
  'I want to call an applicant straight from their row',
  'could the app ring a neighbour if my dad does not check in?',
  'a button that calls a client when their car is ready',
];

const FETCHED = [
  'Crypto portfolio - current price fetched from CoinGecko',
  'can you make me an app that syncs my fitbit steps and sleep every night?',
  'track my flights with live departure times pulled from the airline',
  'exchange rates downloaded from the bank each morning',
  'my Spotify playlists synced so I can rate each song',
  'the app fetches the tide times for our harbour each morning',
  'each hive has a scale that sends its weight over wifi',
  'plant sensors report soil moisture by bluetooth',
  'the parcel list is pulled in from our Shopify store',
  'Syncing my kindle highlights into a list of quotes',
  // Shown "live from" where it is made: read over the network.
  'show my heat pump readings live from the unit',
  'the scoreboard shows the points live from the referee’s tablet',
  'a page with our shop footfall live from the door counter',
];

const NEITHER = [
  'a reading list with title, author and rating',
  'a list of the people I called back, and a log of sign-in sheets',
  'a call log for the office: caller, time and what they wanted',
  'a todo app, call it Sprout',
  'call the app Tidy and give it a green header',
  'ring sizes for each customer of my jewellery shop',
  'a phone book of the families in our street',
  'import the old spreadsheet of members once, by hand',
  'a list of the wifi passwords of each office',
  'a recipe box: what to buy, fetch and cook each week',
  'a log of the gigs we played live, with the venue and a recording from the night',
  'a button to call a meeting of the whole committee',
];

describe('needs said by a verb', () => {
  it.each(CALLS)('hears a phone call in "%s"', async (prompt) => {
    expect(await whats(prompt)).toContain('Phone calls');
  });

  it.each(FETCHED)('hears data from the network in "%s"', async (prompt) => {
    expect((await readNeeds(prompt)).length).toBeGreaterThan(0);
  });

  it.each(NEITHER)('hears no call and nothing fetched in "%s"', async (prompt) => {
    expect(await whats(prompt)).toEqual([]);
  });
});
