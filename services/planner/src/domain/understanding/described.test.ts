import { describe, expect, it } from 'vitest';
import type { AppSpec, CollectionSpec } from '@isekai/contracts';
import { readDescriptions } from './descriptions.js';
import { readAskedTotals, readFormulas } from './named-formulas.js';
import { understandPrompt } from './understand.js';

function collection(spec: AppSpec, word: string): CollectionSpec {
  const found = spec.collections.find((c) => c.label.toLowerCase().split(' ').includes(word));
  if (!found) throw new Error(`no ${word} in ${spec.collections.map((c) => c.label).join(', ')}`);
  return found;
}

const refs = (c: CollectionSpec) => c.fields.filter((f) => f.type === 'reference').map((f) => f.ref);
const labels = (c: CollectionSpec) => c.fields.map((f) => f.label.toLowerCase());

describe(readDescriptions.name, () => {
  it('reads the subject of a sentence, what it relates to and what it lists', () => {
    const [deal] = readDescriptions('Each deal belongs to a company and has a close date.');
    expect(deal).toMatchObject({ subject: 'deal', sentence: true });
    expect(deal!.items.map((i) => i.text)).toEqual(['company', 'has a close date']);
  });

  it('gives a list item its bracketed fields, its relating nouns and its "with" fields', () => {
    const found = readDescriptions(
      'allotment: plots (name, soil) and harvests from each plot with crop, weight and notes on the taste',
    );
    expect(found.map((d) => d.subject)).toEqual(['plot', 'harvest', 'note']);
    expect(found[0]!.items.map((i) => i.text)).toEqual(['name', 'soil']);
    expect(found[1]!.related).toEqual(['plot']);
    expect(found[1]!.items.map((i) => i.text)).toEqual(['crop', 'weight']);
    // "notes on the taste" follows the harvest's list: a field of it unless it names a thing.
    expect(found[2]!.after).toBe(found[1]);
  });
});

describe(readFormulas.name, () => {
  it('reads a value the person says how to work out', () => {
    expect(readFormulas('shifts with hours and a wage, and the pay is hours x wage.')).toEqual([
      { label: 'pay', left: 'hours', op: 'mul', right: 'wage' },
    ]);
    expect(readAskedTotals("show each order's total")).toEqual(['order']);
  });
});

describe('records as the person describes them', () => {
  it('relates a sentence subject to every collection it names', async () => {
    const { spec } = await understandPrompt(
      'Dog walking: walkers, dogs, and walks. Each walk has a dog, a walker and a start time.',
    );
    const walk = collection(spec, 'walk');
    expect(refs(walk)).toEqual(expect.arrayContaining([collection(spec, 'dog').name, 'walker']));
    expect(labels(walk)).toContain('start time');
  });

  it('adds the fields named for a domain collection and refers to the thing "each" names', async () => {
    const { spec } = await understandPrompt(
      'vet practice: owners, their pets (species, breed, microchip) and visits for each pet with diagnosis and cost',
    );
    expect(labels(collection(spec, 'pet'))).toContain('microchip');
    expect(labels(collection(spec, 'visit'))).toContain('diagnosis');
    expect(refs(collection(spec, 'visit'))).toContain('pet');
  });

  it('labels a domain field the person names in fuller words with their words', async () => {
    const { spec } = await understandPrompt(
      'Freelance finances. I log invoices (client, amount, issue date) and my expenses.',
    );
    expect(labels(collection(spec, 'invoice'))).toContain('issue date');
    expect(labels(collection(spec, 'invoice'))).not.toContain('issued');
  });

  it('refers to a person a record "is assigned to" and reads "whether it is done" as a yes/no', async () => {
    const { spec } = await understandPrompt(
      'Scout troop: scouts, leaders and badges. Each badge is assigned to a scout, with a date and whether it is done.',
    );
    const badge = collection(spec, 'badge');
    expect(refs(badge)).toContain('scout');
    expect(badge.fields.find((f) => f.label === 'Done')?.type).toBe('boolean');
  });

  it('makes a described thing no domain has into a collection with its references and total', async () => {
    const { spec } = await understandPrompt(
      "a bakery app: cakes, customers, and orders from a customer for a cake with quantity and price per cake; show each order's total",
    );
    const order = collection(spec, 'order');
    expect(refs(order)).toEqual(expect.arrayContaining([collection(spec, 'customer').name, 'cake']));
    const total = order.fields.find((f) => f.label === 'Total');
    expect(total?.formula).toEqual({ op: 'mul', args: [{ field: 'quantity' }, { field: 'pricePerCake' }] });
    expect(spec.pages.some((p) => p.title === order.plural)).toBe(true);
  });

  it('computes a value from the fields the person names, replacing the domain formula', async () => {
    const { spec } = await understandPrompt(
      'Invoices for my customers. Each invoice has line items with a task, hours and an hourly rate, and the line amount is hours x rate.',
    );
    const line = spec.collections.find((c) => c.fields.some((f) => f.label === 'Hourly rate'))!;
    const amount = line.fields.find((f) => f.name === 'amount');
    expect(amount?.formula).toEqual({ op: 'mul', args: [{ field: 'hours' }, { field: 'hourlyRate' }] });
    expect(line.fields.find((f) => f.name === 'hourlyRate')?.type).toBe('money');
  });

  it('gives the person’s word to a domain field that means the same, and a page under its name', async () => {
    const { spec } = await understandPrompt(
      'A recipe app where each recipe has its ingredients as rows (ingredient, amount, unit).',
    );
    const ingredient = collection(spec, 'ingredient');
    expect(ingredient.fields.find((f) => f.label === 'Amount')?.type).toBe('number');
    expect(spec.pages.some((p) => p.title === 'Ingredients')).toBe(true);
  });
});
