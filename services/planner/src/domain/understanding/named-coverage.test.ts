import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

const labelsOf = (spec: AppSpec) => spec.collections.map((c) => c.label.toLowerCase());

/** "a → b": a record of `a` refers to one of `b`. */
function refersTo(spec: AppSpec, from: string, to: string): boolean {
  const byLabel = (label: string) => spec.collections.find((c) => c.label.toLowerCase() === label);
  const [a, b] = [byLabel(from), byLabel(to)];
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
