import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

// A happening the person describes on its own ("each cleaning is logged with a date") is done by the
// people and to the things named with it: its form chooses them, so their detail pages list it.
describe('happenings refer to who does them and what they are done to', () => {
  it.each([
    [
      'a rota for our guesthouse where cleaners clean the rooms, and each cleaning is logged with a date',
      'cleaning',
      ['cleaner', 'room'],
    ],
    [
      'our volunteers log the litter picks they do. Each litter pick has a beach, a date and the number of bags.',
      'litter pick',
      ['volunteer'],
    ],
    [
      'mechanics service the cars in our garage; every service has a date, the work done and a cost',
      'service',
      ['mechanic', 'car'],
    ],
    [
      'Nurses check the patients on the ward, and every check has a time, a temperature and notes.',
      'check',
      ['nurse', 'patient'],
    ],
    [
      'walkers walk the dogs for our shelter. Each walk has a date, a route and how long it took.',
      'walk',
      ['walker', 'dog'],
    ],
    [
      'inspectors inspect the bridges; each inspection has a date, a rating and notes',
      'inspection',
      ['inspector', 'bridge'],
    ],
    ['My kids do chores and every chore has a date and the pocket money it earned.', 'chore', ['kid']],
    [
      'technicians repair the printers in our office, and each repair is logged with the date and the fault',
      'repair',
      ['technician', 'printer'],
    ],
    [
      'Coaches train the swimmers at our club, and each training has a date, a pool and the distance swum.',
      'training',
      ['coach', 'swimmer'],
    ],
    [
      'our painters paint the houses on the estate, and each paint job has a date, a colour and the hours',
      'paint job',
      ['painter', 'house'],
    ],
  ])('%s', async (prompt, happening, parties) => {
    const { spec } = await understandPrompt(prompt);
    const labels = spec.collections.map((c) => c.label.toLowerCase());
    const child = spec.collections.find((c) => c.label.toLowerCase() === happening);
    expect(child, JSON.stringify(labels)).toBeDefined();
    for (const party of parties) {
      const parent = spec.collections.find((c) => c.label.toLowerCase() === party);
      expect(parent, JSON.stringify(labels)).toBeDefined();
      const refs = child!.fields.filter((f) => f.type === 'reference').map((f) => f.ref);
      expect(refs, `${happening} -> ${party}`).toContain(parent!.name);
    }
  });
});
