import { describe, expect, it } from 'vitest';
import type { CollectionSpec } from '@isekai/contracts';
import { applyDescriptions } from './apply-descriptions.js';
import { namedReferences } from './described-things.js';
import { readDescriptions } from './descriptions.js';
import { genericCollection } from './generic-collection.js';
import { applyFormulas } from './named-formulas.js';
import { nounPhrases } from './phrases.js';
import { understandPrompt } from './understand.js';

const refs = (c: CollectionSpec | undefined) =>
  (c?.fields ?? []).filter((f) => f.type === 'reference').map((f) => f.ref);
const context = { aliases: {}, isContainer: () => false };

async function described(text: string, ...nouns: [string, 'person' | 'artifact' | 'act'][]) {
  const start = nouns.map(([noun, kind]) => genericCollection(noun, kind, []));
  return applyDescriptions(start, readDescriptions(text), context);
}

const byName = (all: CollectionSpec[], name: string) => all.find((c) => c.name === name);

describe('where a described thing ends', () => {
  it('ends the subject at a determiner, a dash or a participle that opens a clause about it', () => {
    const found = readDescriptions(
      'garage: cars, the repairs each mechanic does on a car, walks - for every dog, and owners living nearby',
    );
    expect(found.map((d) => d.subject)).toEqual(['car', 'repair', 'walk', 'owner']);
    expect(found[1]!.related).toEqual(expect.arrayContaining(['mechanic', 'car']));
    expect(found[2]!.owners).toEqual(['dog']);
  });

  it('reads "their" as belonging to the thing named before it', () => {
    const [, tenants] = readDescriptions('allotments: the plots and their tenants');
    expect(tenants).toMatchObject({ subject: 'tenant', possessor: 'plot' });
  });

  it('reads "the X of each Y" as the Y\'s, not as a Y having many', () => {
    const [, keeper] = readDescriptions('coast: lighthouses, the keeper of each lighthouse');
    expect(keeper).toMatchObject({ subject: 'keeper', possessor: 'lighthouse' });
    expect(keeper!.owners).toBeUndefined();
  });

  it('a count before a plural leaves the name', () => {
    expect(nounPhrases('five tractors and 2 barns').map((p) => p.noun)).toEqual(['tractor', 'barn']);
  });

  it('takes no clause for a thing ("that answers my questions")', () => {
    expect(readDescriptions('a helper that answers my questions').map((d) => d.subject)).toEqual(['helper']);
  });
});

describe('which way described records refer', () => {
  it('a thing refers to the person had with it, what is had to what has it', async () => {
    const people = await described(
      'kennels: dogs and their walkers',
      ['dog', 'artifact'],
      ['walker', 'person'],
    );
    expect(refs(byName(people, 'dog'))).toEqual(['walker']);
    const work = await described(
      'studio: clients and their projects',
      ['client', 'person'],
      ['project', 'act'],
    );
    expect(refs(byName(work, 'project'))).toEqual(['client']);
  });

  it('"desks in each office": the desks refer to the office, and a guessed reference back goes', async () => {
    const office = genericCollection('office', 'artifact', []);
    office.fields.push({ name: 'desk', label: 'Desk', type: 'reference', ref: 'desk' });
    const start = [office, genericCollection('desk', 'artifact', [])];
    const all = await applyDescriptions(start, readDescriptions('offices, desks in each office'), context);
    expect(refs(byName(all, 'desk'))).toEqual(['office']);
    expect(refs(byName(all, 'office'))).toEqual([]);
  });

  it('someone a record is for becomes records of their own; what it merely has stays a field', async () => {
    const forSomeone = await described('Each booking is for a guest, with a date.', ['booking', 'act']);
    expect(refs(byName(forSomeone, 'booking'))).toEqual(['guest']);
    const held = await described('Each booking has a guest and a date.', ['booking', 'act']);
    expect(byName(held, 'guest')).toBeUndefined();
  });

  it('a sentence listing fields of an unknown thing makes it, referring to the record it is named after', async () => {
    const all = await described('Every order row has a product code, a quantity and a unit price.', [
      'order',
      'act',
    ]);
    const row = byName(all, 'orderRow');
    expect(refs(row)).toEqual(['order']);
    expect(row!.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Quantity', 'Unit price']));
  });

  it('names a field without the verb that lists it or the record it is of', async () => {
    const all = await described('Each inspection records the outcome of the inspection.', [
      'inspection',
      'act',
    ]);
    expect(byName(all, 'inspection')!.fields.map((f) => f.label)).toContain('Outcome');
  });
});

describe(applyFormulas.name, () => {
  it('a value per something is not that something: "price per seat" is no seats', () => {
    const trip: CollectionSpec = {
      ...genericCollection('trip', 'act', []),
      fields: [
        { name: 'pricePerSeat', label: 'Price per seat', type: 'money' },
        { name: 'numberOfSeats', label: 'Number of seats', type: 'number' },
      ],
    };
    const [worked] = applyFormulas([trip], 'the fare is seats times price', () => undefined);
    expect(worked!.fields.find((f) => f.label === 'Fare')?.formula).toEqual({
      op: 'mul',
      args: [{ field: 'numberOfSeats' }, { field: 'pricePerSeat' }],
    });
  });
});

describe(namedReferences.name, () => {
  it('labels a reference with its collection, unless it says so already or there are two', () => {
    const lesson: CollectionSpec = {
      ...genericCollection('lesson', 'act', []),
      fields: [
        { name: 'title', label: 'Title', type: 'text' },
        { name: 'teacher', label: 'Taught by', type: 'reference', ref: 'teacher' },
        { name: 'homeRoom', label: 'Home room', type: 'reference', ref: 'room' },
        { name: 'from', label: 'From', type: 'reference', ref: 'school' },
        { name: 'to', label: 'To', type: 'reference', ref: 'school' },
      ],
    };
    const others = ['teacher', 'room', 'school'].map((n) => genericCollection(n, 'artifact', []));
    const [named] = namedReferences([lesson, ...others]);
    expect(named!.fields.map((f) => f.label)).toEqual(['Title', 'Teacher', 'Home room', 'From', 'To']);
  });
});

describe('records the prompt lists', () => {
  it('with no happening among them, works refer to the people and bodies named with them', async () => {
    const { spec } = await understandPrompt('sculptures, sculptors, museums');
    expect(refs(spec.collections.find((c) => c.name === 'sculpture'))).toContain('sculptor');
  });

  it('a count before a plural is not part of its name, and a record of payments is no online payment', async () => {
    const u = await understandPrompt(
      'harbour office: boats, skippers in two clubs, and the mooring payments',
    );
    expect(u.spec.collections.map((c) => c.name)).not.toContain('twoClub');
    expect(u.spec.collections.map((c) => c.label)).toContain('Mooring payment');
    expect(u.leftOut.join(' ')).not.toMatch(/payments/i);
    const shop = await understandPrompt('a cake shop that takes payments online');
    expect(shop.leftOut.join(' ')).toMatch(/payments/i);
  });
});
