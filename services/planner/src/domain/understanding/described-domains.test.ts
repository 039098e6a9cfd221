import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

const labelsOf = (spec: AppSpec) => spec.collections.map((c) => c.label.toLowerCase());
const refsOf = (spec: AppSpec, label: string) =>
  spec.collections
    .find((c) => c.label.toLowerCase() === label)
    ?.fields.filter((f) => f.type === 'reference')
    .map((f) => spec.collections.find((c) => c.name === f.ref)?.label.toLowerCase());

describe('a domain found by a word or two beside the things the person names', () => {
  it.each([
    // The domain lacks most of the things named: it lends only those it holds, never its core ones.
    [
      'The school orchestra: instruments, music stands and concerts',
      ['instrument', 'concert'],
      ['class', 'grade'],
    ],
    ['a plant nursery with seedling trays, sowings and customers', ['seedling tray'], ['child']],
    [
      "a gym's equipment register: machines, faults and repairs to each machine",
      ['machine', 'repair'],
      ['member'],
    ],
    ['library of things: drills, ladders and lending slips', ['drill', 'ladder'], ['book']],
    [
      'Our astronomy club lends telescopes to members; we keep telescopes, loans and observing nights.',
      ['telescope', 'loan', 'observing night'],
      ['due'],
    ],
    [
      'hotel housekeeping: rooms, cleaners and cleaning rounds for each room',
      ['room', 'cleaner', 'cleaning round'],
      [],
    ],
    [
      'farm: fields, crops and sprayings of each field with the product used',
      ['field', 'crop', 'spraying'],
      [],
    ],
    ['church hall: rooms, hirers and bookings of a room by a hirer', ['room', 'hirer', 'booking'], []],
    // A domain that holds what is named keeps its core collections.
    ['vet practice: owners, their pets and visits for each pet', ['owner', 'pet', 'visit'], []],
    ['Our hospital volunteers need shifts, wards and volunteers', ['volunteer', 'shift', 'ward'], []],
  ])('%s', async (prompt, present, absent) => {
    const { spec } = await understandPrompt(prompt);
    const labels = labelsOf(spec);
    for (const word of present) expect(labels).toContain(word);
    for (const word of absent) expect(labels).not.toContain(word);
  });
});

describe('", and each X has Ys with …" in a list', () => {
  it.each([
    ['courses for students, and every course has lessons with a room and a time', 'lesson', 'course'],
    ['boat club: boats for members, and each boat has repairs with a date and a cost', 'repair', 'boat'],
    [
      'Community orchard: tree sponsors and fruit trees. Each fruit tree has a tree sponsor and a variety.',
      'fruit tree',
      'tree sponsor',
    ],
  ])('%s: the %s refers to the %s', async (prompt, child, parent) => {
    const { spec } = await understandPrompt(prompt);
    expect(refsOf(spec, child)).toContain(parent);
  });
});
