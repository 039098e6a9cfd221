import { describe, expect, it } from 'vitest';
import { listSegment } from './field-list.js';

describe(listSegment.name, () => {
  it('starts after the records a colon list opens with: "dashboard: bookings with date, guests"', () => {
    expect(listSegment('hotel dashboard: bookings with date, guests and room')).toBe('date, guests and room');
    expect(listSegment('pantry: jars with label and expiry date')).toBe('label and expiry date');
  });

  it('keeps a list whose first item is a field', () => {
    expect(listSegment('reading log: title, author with notes')).toBe('title, author with notes');
  });
});
