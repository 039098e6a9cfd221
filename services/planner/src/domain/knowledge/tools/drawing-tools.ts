import type { ToolEntry } from '../tool.types.js';

// Tools to draw with: a free canvas and a pixel grid.

export const DRAWING_TOOLS: readonly ToolEntry[] = [
  {
    id: 'drawing-canvas',
    name: 'Drawing canvas',
    kind: 'tool',
    synonyms: [
      'drawing app',
      'drawing canvas',
      'paint app',
      'sketch pad',
      'doodle',
      'whiteboard',
      'draw online',
      'finger painting',
      'sketchbook',
      'paint program',
    ],
    description:
      'A canvas to draw on with mouse, pen or finger: colours, brush sizes, eraser, undo, clear and save as PNG.',
    options: {},
  },
  {
    id: 'pixel-art',
    name: 'Pixel art editor',
    kind: 'tool',
    synonyms: [
      'pixel art',
      'pixel editor',
      'sprite editor',
      '8-bit art',
      'pixel drawing',
      'pixel painter',
      'grid drawing',
      'retro sprite maker',
    ],
    description:
      'Paint a small grid pixel by pixel with a palette, by mouse, touch or keyboard; kept in the browser and saved as PNG.',
    options: { size: 16 },
    readOptions: (prompt) => {
      const m = /\b(8|12|16|24|32)\s*(?:x|×|by)\s*\1\b/i.exec(prompt);
      return m ? { size: Number(m[1]) } : {};
    },
  },
];
