import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

const labelsOf = (spec: AppSpec) => spec.collections.map((c) => c.label.toLowerCase());

const byLabel = (spec: AppSpec, label: string) =>
  spec.collections.find((c) => c.label.toLowerCase() === label);

/** "a → b": a record of `a` refers to one of `b`. */
function refersTo(spec: AppSpec, from: string, to: string): boolean {
  const [a, b] = [byLabel(spec, from), byLabel(spec, to)];
  return !!a && !!b && a.fields.some((f) => f.type === 'reference' && f.ref === b.name);
}

// Sentences of many shapes (a list after a colon, bullets, "who", "each", "per", "in each") that name
// kinds of record the rules for particular sentences missed: each named thing is a collection under
// the person's word, related to the record named beside it.
const CASES: { prompt: string; named: string[]; refs: [string, string][] }[] = [
  {
    prompt: 'a tracker for my aquariums with water tests for each tank',
    named: ['aquarium', 'water test'],
    refs: [['water test', 'aquarium']],
  },
  {
    prompt: 'band admin: gigs at venues, with the cover songs we play at each gig',
    named: ['gig', 'venue', 'cover song'],
    refs: [
      ['gig', 'venue'],
      ['cover song', 'gig'],
    ],
  },
  {
    prompt: 'Estate office:\n* blocks\n* flats in each block\n* repair requests per flat',
    named: ['block', 'flat'],
    refs: [['flat', 'block']],
  },
  {
    prompt: 'a kennel register: kennel runs, and the dog owners who book them',
    named: ['kennel run', 'dog owner'],
    refs: [['kennel run', 'dog owner']],
  },
  {
    prompt:
      'sailing school: dinghies, the instructors who teach on them, and the yearly fee each instructor is paid',
    named: ['dinghy', 'instructor'],
    refs: [['dinghy', 'instructor']],
  },
  {
    prompt: 'greenhouse records: seed trays, with germination checks for each tray',
    named: ['germination check'],
    refs: [],
  },
  {
    prompt: 'lab bookings: microscopes in each lab room, and the students who book them',
    named: ['microscope', 'lab room', 'student'],
    refs: [['microscope', 'lab room']],
  },
  {
    prompt: 'museum app: exhibits in each gallery room, and guided tours per room',
    named: ['exhibit', 'gallery room', 'guided tour'],
    refs: [['exhibit', 'gallery room']],
  },
  {
    prompt: 'allotment society register: allotment plots, the plot holders who rent them',
    named: ['allotment plot', 'plot holder'],
    refs: [['allotment plot', 'plot holder']],
  },
  {
    prompt: 'Parish records:\n* graves\n* burials in each grave\n* visitors who tend them',
    named: ['grave', 'burial', 'visitor'],
    refs: [['burial', 'grave']],
  },
  {
    prompt: 'lab inventory: reagents stored in fridges, and usage logs for each reagent',
    named: ['reagent', 'fridge', 'usage log'],
    refs: [
      ['reagent', 'fridge'],
      ['usage log', 'reagent'],
    ],
  },
  {
    prompt: 'cake orders: each order has lines with the cake, how many and the price',
    named: ['order', 'line'],
    refs: [['line', 'order']],
  },
];

describe('every kind of record the prompt names is in the app', () => {
  it.each(CASES)('$prompt', async ({ prompt, named, refs }) => {
    const { spec } = await understandPrompt(prompt);
    for (const word of named) expect(labelsOf(spec)).toContain(word);
    for (const [from, to] of refs) expect(refersTo(spec, from, to), `${from} → ${to}`).toBe(true);
  });

  it('keeps a value said of each record on that record, not as records of its own', async () => {
    const { spec } = await understandPrompt(
      'allotment society register: allotment plots, the plot holders who rent them, and the yearly rent each holder pays',
    );
    const holder = spec.collections.find((c) => c.label === 'Plot holder');
    expect(holder?.fields.map((f) => f.label)).toContain('Yearly rent');
    expect(labelsOf(spec)).not.toContain('yearly rent');
  });

  it('drops a "due date" read as records when the loan it refers to has one', async () => {
    const { spec } = await understandPrompt(
      'a lending shelf: books, borrowers, and the due date of each loan',
    );
    expect(labelsOf(spec)).not.toContain('due date');
    expect(
      spec.pages
        .flatMap((p) => p.sections)
        .every((s) => s.type !== 'collection' || s.collection !== 'dueDate'),
    ).toBe(true);
  });
});

// Relations said in words other than "each X" right beside the record: "X have Y" chains, a container
// ("a log of", "the programme of", "its list of") around the records, a happening listed among the
// fields of a thing, payments made "in one or more payments", "for every X its Y".
const SAID_CASES: { prompt: string; named: string[]; refs: [string, string][] }[] = [
  {
    prompt: 'Comic reading tracker. Publishers have series, series have issues, and each issue has writers.',
    named: ['publisher', 'series', 'issue'],
    refs: [
      ['series', 'publisher'],
      ['issue', 'series'],
    ],
  },
  {
    prompt: 'school trips: Classes have trips and trips have permission slips',
    named: ['class', 'trip', 'permission slip'],
    refs: [
      ['trip', 'class'],
      ['permission slip', 'trip'],
    ],
  },
  {
    prompt: 'my bikes with their parts, and repairs such as brake bleeds or chain swaps, each with a cost',
    named: ['bike', 'repair'],
    refs: [['repair', 'bike']],
  },
  {
    prompt:
      'horse yard: the horses, their stables, and farrier visits like trims or shoeing, each with a date',
    named: ['horse', 'farrier visit'],
    refs: [['farrier visit', 'horse']],
  },
  {
    prompt: 'Toy library. Families borrow toys and every family pays a yearly fee in one or more payments.',
    named: ['family', 'toy', 'payment'],
    refs: [['payment', 'family']],
  },
  {
    prompt: 'a register of rental vans and a log of inspections with the inspector and any faults found',
    named: ['rental van', 'inspection'],
    refs: [['inspection', 'rental van']],
  },
  {
    prompt: 'walking tours: for every tour its list of stops, and the guides who lead them',
    named: ['walking tour', 'stop', 'guide'],
    refs: [['stop', 'walking tour']],
  },
  {
    prompt: 'our orchestra: concerts, the venues, and the list of works we perform at each concert',
    named: ['concert', 'venue', 'work'],
    refs: [['work', 'concert']],
  },
  {
    prompt:
      'beehive app: I keep several hives, each with a queen, and I want to log inspections for each hive',
    named: ['hive', 'inspection'],
    refs: [['inspection', 'hive']],
  },
  {
    prompt:
      'Swimming club. Swimmers, the squads they train in, and the membership fee each swimmer pays per year.',
    named: ['swimmer', 'squad'],
    refs: [['swimmer', 'squad']],
  },
  {
    prompt: 'Folk club: the venues, the sessions we run, and the line-up of singers we book at each session',
    named: ['venue', 'session', 'singer'],
    refs: [['singer', 'session']],
  },
  {
    prompt: 'I keep two ponds, each with koi, and I want to log feeding like pellets or worms for each pond',
    named: ['pond', 'feeding'],
    refs: [['feeding', 'pond']],
  },
  {
    prompt:
      'i play in a folk duo and want an app for our sessions: the pubs we play at and the songs we sang that evening',
    named: ['pub', 'song'],
    refs: [],
  },
];

describe('relations said in the words around the records', () => {
  it.each(SAID_CASES)('$prompt', async ({ prompt, named, refs }) => {
    const { spec } = await understandPrompt(prompt);
    for (const word of named) expect(labelsOf(spec)).toContain(word);
    // "that evening", "the line-up of": a time pointed at, or what holds the records, is no record.
    expect(
      labelsOf(spec).filter((l) => /evening|night$|line-up|programme/.test(l) && !named.includes(l)),
    ).toEqual([]);
    for (const [from, to] of refs) expect(refersTo(spec, from, to), `${from} → ${to}`).toBe(true);
  });

  it.each([
    [
      'Swimming club. Swimmers, the squads they train in, and the membership fee each swimmer pays per year.',
      'swimmer',
      'Membership fee',
    ],
    ['Dojo register: students, belts, and each student pays a monthly fee', 'student', 'Monthly fee'],
    [
      'Toy library. Families borrow toys and every family pays a yearly fee in one or more payments.',
      'family',
      'Yearly fee',
    ],
    [
      'Youth rugby: teams, the players on each team, and the match fee each player pays per game.',
      'player',
      'Match fee',
    ],
  ])('keeps the value each record pays on it: %s', async (prompt, record, field) => {
    const { spec } = await understandPrompt(prompt);
    expect(byLabel(spec, record)?.fields.map((f) => f.label)).toContain(field);
  });
});
