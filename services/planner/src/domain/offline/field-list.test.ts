import { describe, expect, it } from 'vitest';
import { extractFieldList, listSegment } from './field-list.js';

describe(listSegment.name, () => {
  it('starts after the records a colon list opens with: "dashboard: bookings with date, guests"', () => {
    expect(listSegment('hotel dashboard: bookings with date, guests and room')).toBe('date, guests and room');
    expect(listSegment('pantry: jars with label and expiry date')).toBe('label and expiry date');
  });

  it('keeps a list whose first item is a field', () => {
    expect(listSegment('reading log: title, author with notes')).toBe('title, author with notes');
  });
});

describe(extractFieldList.name, () => {
  const labels = (prompt: string) => extractFieldList(prompt).fields.map((f) => f.label);

  it.each([
    // A "where"/"which" clause standing as an item of its own is a field, wherever it stands.
    [
      'lost property: item, date found, where it was found, colour',
      ['Item', 'Date found', 'Where it was found', 'Colour'],
    ],
    [
      'geocaches: cache name, where it was hidden, difficulty',
      ['Cache name', 'Where it was hidden', 'Difficulty'],
    ],
    [
      'plants with name, which room it is in and last watered',
      ['Name', 'Which room it is in', 'Last watered'],
    ],
    ['coats: owner, where I bought it, price', ['Owner', 'Where I bought it', 'Price']],
    // ... but one that says what someone can do ends the list.
    ['books with title and author, where I can sort by author', ['Title', 'Author']],
    ['recipes with name, cuisine which we can filter', ['Name', 'Cuisine']],
    ['a list of films with title and year where each film has a rating', ['Title', 'Year']],
    // Bulleted lines are items, with or without their bullets.
    ['tyre log\n- date fitted\n- brand\n- tread depth', ['Date fitted', 'Brand', 'Tread depth']],
    ['piano practice:\n* piece\n* minutes\n* tempo', ['Piece', 'Minutes', 'Tempo']],
    ['seed swap -\n• variety\n• packets\n• sown on', ['Variety', 'Packet', 'Sown on']],
    ['hikes:\nroute\ndistance\nascent', ['Route', 'Distance', 'Ascent']],
  ])('%s', (prompt, expected) => {
    expect(labels(prompt)).toEqual(expected);
  });

  it('keeps the particle of a yes/no asked with "whether"', () => {
    expect(labels('loans: book, friend, whether it has come back')).toEqual(['Book', 'Friend', 'Come back']);
    expect(labels('guests: name, whether they checked in')).toEqual(['Name', 'Checked in']);
    expect(labels('tasks: title, whether it is done')).toEqual(['Title', 'Done']);
  });
});
