import { findColors } from '../../compose/color-words.js';
import type { ToolEntry } from '../tool.types.js';

// Tools that make colours: a palette from a base colour, a gradient between the colours named.

export const COLOUR_TOOLS: readonly ToolEntry[] = [
  {
    id: 'color-palette',
    name: 'Colour palette generator',
    kind: 'tool',
    synonyms: [
      'color palette',
      'colour palette',
      'palette generator',
      'color scheme',
      'colour scheme generator',
      'color picker',
      'matching colors',
      'color combinations',
      'hex colors',
      'brand colours',
    ],
    description:
      'Five colours that go together from a base colour and a harmony (analogous, complementary...), each copied as hex; lock the ones to keep.',
    options: { harmony: 'analogous' },
    readOptions: (prompt) => {
      const base = findColors(prompt)[0];
      const harmony = ['complementary', 'triadic', 'monochrome', 'analogous'].find((h) =>
        new RegExp(`\\b${h.slice(0, 7)}`, 'i').test(prompt),
      );
      return { ...(base && { base: base.hex }), ...(harmony && { harmony }) };
    },
  },
  {
    id: 'gradient',
    name: 'Gradient generator',
    kind: 'tool',
    synonyms: [
      'gradient generator',
      'css gradient',
      'color gradient',
      'colour gradient',
      'linear gradient',
      'radial gradient',
      'background gradient',
      'gradient maker',
      'blend colors',
    ],
    description:
      'A CSS gradient from two or three colours, an angle and a shape, previewed live with its CSS to copy.',
    options: {},
    readOptions: (prompt) => {
      const colors = findColors(prompt)
        .slice(0, 3)
        .map((c) => c.hex);
      return colors.length >= 2 ? { colors } : {};
    },
  },
];
