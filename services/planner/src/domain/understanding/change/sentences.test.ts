// Change sentences of several changes, applied in order through the offline engine, on apps and in
// words nobody tuned for; every app's saved records must survive each change.
import type { AppSpec, CollectionSpec } from '@isekai/contracts';
import { describe, expect, it } from 'vitest';
import { planOffline } from '../../offline/offline.engine.js';
import { changed } from './change-steps.js';

/** Every collection and field name the earlier spec stored is still there: saved records keep their values. */
function expectRecordsKept(before: AppSpec, after: AppSpec): void {
  for (const collection of before.collections) {
    const now = after.collections.find((c) => c.name === collection.name);
    expect(now, collection.name).toBeDefined();
    for (const field of collection.fields)
      expect(
        now!.fields.map((f) => f.name),
        `${collection.name}.${field.name}`,
      ).toContain(field.name);
  }
}

function collection(spec: AppSpec, label: string): CollectionSpec {
  const found = spec.collections.find((c) => c.label.toLowerCase() === label);
  expect(found, label).toBeDefined();
  return found!;
}

const refsOf = (c: CollectionSpec) => c.fields.filter((f) => f.type === 'reference').map((f) => f.ref);

describe('a change sentence of several changes', () => {
  it.each([
    [
      'a recipe box with name and cooking time',
      'add cuisines and link each recipe to a cuisine',
      'recipe',
      'cuisine',
    ],
    [
      'a list of contacts with name and phone',
      'add companies and link each contact to a company',
      'contact',
      'company',
    ],
    ['a reading list with title and author', 'add shelves and link each book to a shelf', 'book', 'shelf'],
    ['my chores with a title', 'add rooms, then link each chore to a room', 'chore', 'room'],
  ])('%s + %j: adds the collection, then links one way only', async (prompt, change, child, parent) => {
    const [first, second] = await changed(prompt, change);
    const spec = second!.plan.spec;
    expect(refsOf(collection(spec, child))).toContain(collection(spec, parent).name);
    expect(refsOf(collection(spec, parent))).not.toContain(collection(spec, child).name);
    expectRecordsKept(first!.plan.spec, spec);
  });

  it.each([
    [
      'a list of singers with name and voice',
      'add songs, and solos that link a singer to a song with a length',
      'solo',
      ['singer', 'song'],
    ],
    [
      'a list of dogs with name and breed',
      'add walkers, and walks that connect a dog with a walker',
      'walk',
      ['dog', 'walker'],
    ],
    [
      'a list of players with name',
      'add teams, and memberships that join a player to a team with a position',
      'membership',
      ['player', 'team'],
    ],
    // The join said by a participle, or as a statement of its own about collections the app has.
    [
      'a list of depots with name and town',
      'add parcels, and scans linking a parcel to a depot with a time',
      'scan',
      ['parcel', 'depot'],
    ],
    [
      'a list of volunteers with name and phone',
      'add shifts and rotas, where a rota connects a volunteer with a shift',
      'rota',
      ['volunteer', 'shift'],
    ],
  ])(
    '%s + %j: the joining collection refers to both sides, and they to nothing guessed',
    async (prompt, change, joining, sides) => {
      const [first, second] = await changed(prompt, change);
      const spec = second!.plan.spec;
      const refs = refsOf(collection(spec, joining));
      for (const side of sides) expect(refs).toContain(collection(spec, side).name);
      for (const side of sides) expect(refsOf(collection(spec, side))).toEqual([]);
      expectRecordsKept(first!.plan.spec, spec);
    },
  );

  it('answers a link that is there already by saying so, not with a 422', async () => {
    const [, second] = await changed(
      'a shop inventory of products with name and price',
      'add suppliers and link each product to a supplier',
    );
    expect(second!.plan.steps.join(' ')).toMatch(/already/i);
    expect(refsOf(collection(second!.plan.spec, 'product'))).toContain('supplier');
  });

  it('reads the choices a colon lists, and a formula input by its head word', async () => {
    const [, second] = await changed(
      'a list of kites with name and colour',
      'add a flight stage: ready, flying or grounded',
    );
    const stage = collection(second!.plan.spec, 'kite').fields.find((f) => f.label === 'Flight stage');
    expect(stage).toMatchObject({ type: 'choice', options: ['Ready', 'Flying', 'Grounded'] });
    const [, priced] = await changed(
      'a list of packs with label and quantity',
      'add a price per pack and a charge which is quantity times price',
    );
    const pack = collection(priced!.plan.spec, 'pack');
    expect(pack.fields.map((f) => f.label)).not.toContain('Price');
    expect(pack.fields.find((f) => f.label === 'Charge')?.formula).toEqual({
      op: 'mul',
      args: [{ field: 'quantity' }, { field: 'pricePerPack' }],
    });
  });

  it('gives a clause without a verb the verb before it', async () => {
    const [first, second] = await changed(
      'a list of my plants with name and location',
      'add a pot size, a last watered date and rename location to spot',
    );
    const plant = collection(second!.plan.spec, 'plant');
    expect(plant.fields.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Pot size', 'Last watered date', 'Spot']),
    );
    expect(second!.plan.leftOut).toEqual([]);
    expectRecordsKept(first!.plan.spec, second!.plan.spec);
  });

  it('puts fields the clause gives no owner on the collection the sentence is about', async () => {
    const [, second] = await changed(
      'students with name and email',
      'add courses and enrolments: an enrolment is a student taking a course, with a grade',
    );
    const enrolment = collection(second!.plan.spec, 'enrolment');
    expect(refsOf(enrolment)).toEqual(expect.arrayContaining(['student', 'course']));
    expect(enrolment.fields.map((f) => f.label)).toContain('Grade');
    expect(collection(second!.plan.spec, 'student').fields.map((f) => f.label)).not.toContain('Grade');
  });

  it('links a thing the app keeps when it is added to another ("add a project to each task")', async () => {
    const [, second, third] = await changed(
      'a task list with a title',
      'add projects',
      'add a project to each task',
    );
    expect(second!.plan.spec.collections.map((c) => c.name)).toContain('project');
    expect(refsOf(collection(third!.plan.spec, 'task'))).toContain('project');
  });

  it('still stores nothing for a change it does not understand at all', async () => {
    const [first] = await changed('a task list with a title');
    const change = planOffline({
      prompt: 'zorp the blimble and frobnicate',
      current: { plan: first!.plan, files: first!.files },
    });
    await expect(change).rejects.toMatchObject({ code: 'change-not-understood', status: 422 });
  });

  it('says which part of a sentence it could not do, and does the rest', async () => {
    const [, second] = await changed('a task list with a title', 'add a due date and zorp the blimble');
    expect(collection(second!.plan.spec, 'task').fields.map((f) => f.label)).toContain('Due date');
    expect((second!.plan.leftOut ?? []).join(' ')).toMatch(/zorp the blimble/);
  });
});

describe('computed fields whose inputs the sentence adds', () => {
  it.each([
    ['a timesheet with date and hours', 'add a rate and a pay that is hours times rate', 'pay', 'mul'],
    ['a list of rooms with name, length and width', 'add an area that is length times width', 'area', 'mul'],
    ['a shopping list with item and quantity', 'add a total that is quantity times price', 'total', 'mul'],
    [
      'a log of car trips with distance and litres',
      'add a consumption that is litres divided by distance',
      'consumption',
      'div',
    ],
    [
      'a savings jar with deposit and withdrawal',
      'add a balance = deposit minus withdrawal',
      'balance',
      'sub',
    ],
  ])('%s + %j', async (prompt, change, computed, op) => {
    const [first, second] = await changed(prompt, change);
    const home = second!.plan.spec.collections.find((c) =>
      c.fields.some((f) => f.label.toLowerCase() === computed),
    );
    expect(home, computed).toBeDefined();
    const field = home!.fields.find((f) => f.label.toLowerCase() === computed)!;
    expect(field.formula).toMatchObject({ op });
    // Every input the formula reads is a field a person fills in on the same record.
    const args = (field.formula as { args: { field: string }[] }).args.map((a) => a.field);
    for (const name of args)
      expect(
        home!.fields.find((f) => f.name === name && !f.formula),
        name,
      ).toBeDefined();
    expectRecordsKept(first!.plan.spec, second!.plan.spec);
  });

  it('makes the result money when an input is money ("quantity times price")', async () => {
    const [, second] = await changed(
      'a shopping list with item and quantity',
      'add a total that is quantity times price',
    );
    const list = second!.plan.spec.collections[0]!;
    expect(list.fields.find((f) => f.label === 'Total')?.type).toBe('money');
    expect(list.fields.find((f) => f.label === 'Price')?.type).toBe('money');
  });
});
