import { converter, formatHex } from 'culori';
import { describe, expect, it } from 'vitest';
import { findColors, readColor } from './color-words.js';

const lightness = (hex: string) => converter('oklch')(hex)!.l;

describe('readColor', () => {
  it('reads CSS names, with or without spaces and in any case', () => {
    expect(readColor('navy')).toEqual({ hex: '#000080', name: 'navy' });
    expect(readColor('ivory')).toEqual({ hex: '#fffff0', name: 'ivory' });
    expect(readColor('teal')?.hex).toBe('#008080');
    expect(readColor('orange')?.hex).toBe('#ffa500');
    expect(readColor('forest green')).toEqual({ hex: '#228b22', name: 'forestgreen' });
    expect(readColor('Alice Blue')).toEqual({ hex: '#f0f8ff', name: 'aliceblue' });
    expect(readColor('sky blue')?.name).toBe('skyblue');
    expect(readColor('royal blue')?.name).toBe('royalblue');
    expect(readColor('forest green colour')?.name).toBe('forestgreen');
  });

  it('reads common colour words that CSS lacks', () => {
    expect(readColor('burgundy')).toEqual({ hex: '#800020', name: 'burgundy' });
    expect(readColor('charcoal')?.hex).toBe('#36454f');
    expect(readColor('navy blue')?.hex).toBe('#000080');
    expect(readColor('off-white')?.name).toBe('offwhite');
    expect(readColor('off white')?.hex).toBe(readColor('off-white')?.hex);
    for (const word of ['mint', 'cream', 'sand', 'emerald', 'ruby', 'mustard', 'peach', 'rust', 'sage']) {
      expect(readColor(word), word).not.toBeNull();
    }
  });

  it('reads hex and CSS colour functions as their canonical hex', () => {
    expect(readColor('#1e3a5f')).toEqual({ hex: '#1e3a5f', name: '#1e3a5f' });
    expect(readColor('#FFF')).toEqual({ hex: '#ffffff', name: '#ffffff' });
    expect(readColor('rgb(30, 58, 95)')?.hex).toBe('#1e3a5f');
    expect(readColor('hsl(120 100% 25%)')?.hex).toBe(formatHex('hsl(120 100% 25%)'));
    expect(readColor('#12')).toBeNull();
    expect(readColor('#ggg')).toBeNull();
  });

  it('prefers the CSS name of a modified colour and derives the others perceptually', () => {
    expect(readColor('dark blue')).toEqual({ hex: '#00008b', name: 'darkblue' });
    expect(readColor('pale green')?.name).toBe('palegreen');
    expect(readColor('light sky blue')?.name).toBe('lightskyblue');
    const darkTeal = readColor('dark teal')!;
    expect(darkTeal.name).toBe('dark teal');
    expect(lightness(darkTeal.hex)).toBeLessThan(lightness('#008080') - 0.1);
    const lightBurgundy = readColor('light burgundy')!;
    expect(lightness(lightBurgundy.hex)).toBeGreaterThan(lightness('#800020') + 0.1);
    const deepMint = readColor('deep mint')!;
    expect(lightness(deepMint.hex)).toBeLessThan(lightness('#98ff98'));
    expect(readColor('pale rust')?.hex).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('returns null for things that are not colours', () => {
    for (const phrase of [
      'apple',
      'table',
      'orange juice',
      'dark mode',
      'light',
      'green tea',
      '',
      'blue 7',
    ]) {
      expect(readColor(phrase), phrase).toBeNull();
    }
  });
});

describe('findColors', () => {
  it('finds every colour in a paragraph, the longest phrase first', () => {
    const text = 'Use ivory for the background and forest green for components, with a navy header.';
    const found = findColors(text);
    expect(found.map((c) => c.name)).toEqual(['ivory', 'forestgreen', 'navy']);
    expect(found[1]).toEqual({
      phrase: 'forest green',
      hex: '#228b22',
      name: 'forestgreen',
      index: text.indexOf('forest green'),
    });
  });

  it('reads modifiers, hex and extra words inside text', () => {
    const found = findColors('A dark teal header, buttons in #E11D48 and burgundy accents.');
    expect(found.map((c) => c.phrase)).toEqual(['dark teal', '#E11D48', 'burgundy']);
    expect(found[1]!.hex).toBe('#e11d48');
  });

  it('skips colour words that name things', () => {
    expect(findColors('An orange juice stand that sells green tea')).toEqual([]);
    expect(findColors('A blog about Rust and salmon recipes, trips to Peru')).toEqual([]);
    expect(findColors('A recipe app for chocolate cake with a teal header').map((c) => c.name)).toEqual([
      'teal',
    ]);
  });

  it('keeps ambiguous colour words that are meant as colours', () => {
    expect(findColors('an orange header').map((c) => c.name)).toEqual(['orange']);
    expect(findColors('Use gold for the buttons').map((c) => c.name)).toEqual(['gold']);
    expect(findColors('gold and navy').map((c) => c.name)).toEqual(['gold', 'navy']);
    expect(findColors('light peach background').map((c) => c.name)).toEqual(['light peach']);
    expect(findColors('a salmon navbar, gold links').map((c) => c.name)).toEqual(['salmon', 'gold']);
  });
});
