import { describe, expect, it } from 'vitest';
import { isPlural, pluralize, singularize } from './plural.js';

describe('plural', () => {
  it('takes plurals from the library, keeping case', () => {
    expect(pluralize('Person')).toBe('People');
    expect(pluralize('city')).toBe('cities');
    expect(singularize('Boxes')).toBe('Box');
    expect(singularize('criteria')).toBe('criterion');
    expect(isPlural('loans')).toBe(true);
    expect(isPlural('status')).toBe(false);
  });

  it('keeps the singular nouns ending in -s that the library would cut', () => {
    expect(singularize('canvas')).toBe('canvas');
    expect(pluralize('canvas')).toBe('canvases');
    expect(singularize('lens')).toBe('lens');
    expect(singularize('physics')).toBe('physics');
    expect(singularize('always')).toBe('always');
  });
});
