import { describe, expect, it } from 'vitest';
import { nounPhrases } from './phrases.js';

const nouns = (text: string) => nounPhrases(text).map((p) => p.noun);

describe(nounPhrases.name, () => {
  it.each([
    ['a 2048 game that keeps my best score', '2048 game'],
    ['space invaders game, shoot the aliens', 'space invaders game'],
    ['a 1000 piece puzzle, with a timer', '1000 piece puzzle'],
    ['our five a side team, the players', 'side team'],
    ['a word search puzzle, for the kids', 'word search puzzle'],
    ['my vinyl record shop stock, by genre', 'vinyl record shop stock'],
    ['the tennis club ladder, with each player', 'tennis club ladder'],
    ['a 3 day event that has talks', '3 day event'],
  ])('reads the bare verb the tagger sees at the end of a compound as its noun: "%s"', (text, noun) => {
    expect(nouns(text)).toContain(noun);
  });

  it.each([
    ['goal is 40 pages a day, show today’s pages next to the goal', 'show'],
    ['an app that connects to my thermostat and shows the temperature', 'show'],
    ['I log my runs, track the distance and list the shoes', 'track'],
    ['members, and keeps the fees', 'keep'],
    ['a list of plants, display the watering days', 'display'],
    ['the bookings and lists their guests', 'list'],
    ['jobs at each house, and records the hours', 'record'],
    ['our recipes, and highlight the quick ones', 'highlight'],
    ['the stock, find the ones running low', 'find'],
    ['all the loans, sort the late ones first', 'sort'],
  ])('reads a word asking for behaviour after a comma or "and" as a verb: "%s"', (text, verb) => {
    expect(nouns(text)).not.toContain(verb);
  });

  it('keeps the plurals of a list as nouns', () => {
    expect(nouns('concerts, shows and venues')).toEqual(['concert', 'show', 'venue']);
    expect(nouns('my kids play, and we keep the scores')).not.toContain('kid play');
  });

  it.each([
    // A verb's bare form between a list separator and a plural names the plural's kind.
    ['tree sponsors, fruit trees and harvest days', ['tree sponsor', 'fruit tree', 'harvest day']],
    ['tools, neighbours and repair jobs', ['tool', 'neighbour', 'repair job']],
    ['members and training sessions', ['member', 'training session']],
    ['clients and cleaning visits', ['client', 'cleaning visit']],
    ['cars, drivers and service records', ['car', 'driver', 'service record']],
    ['hives, keepers and feed rounds', ['hive', 'keeper', 'feed round']],
    ['kilns, potters and fire logs', ['kiln', 'potter', 'fire log']],
    ['plots, holders and dig days', ['plot', 'holder', 'dig day']],
    ['pupils, instruments and practice slots', ['pupil', 'instrument', 'practice slot']],
    ['players, or score cards', ['player', 'score card']],
  ])('reads a bare verb between a list separator and a plural as its kind: "%s"', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each([
    // A prompt that opens on a word the tagger takes for a verb only by its place names the plural's kind.
    ['order lines with product and quantity', 'order line'],
    ['purchase orders with supplier and quantity', 'purchase order'],
    ['repair jobs with the customer and the date promised', 'repair job'],
    ['service visits for each boiler we look after', 'service visit'],
    ['order forms sent by each school', 'order form'],
  ])('reads a noun that opens a prompt before a plural as its kind: "%s"', (text, noun) => {
    expect(nouns(text)[0]).toBe(noun);
  });

  it.each([
    ['create invoices for my clients', 'invoice'],
    ['plan meals for the week', 'meal'],
    ['record expenses with the amount', 'expense'],
    ['manage tenants and their leases', 'tenant'],
    ['sell cakes at the market', 'cake'],
  ])('keeps a verb people ask with out of the thing it asks for: "%s"', (text, noun) => {
    expect(nouns(text)[0]).toBe(noun);
  });
});
