import type { ToolEntry } from '../tool.types.js';
import { CHANCE_TOOLS } from './chance-tools.js';
import { COLOUR_TOOLS } from './colour-tools.js';
import { COUNTING_TOOLS } from './counting-tools.js';
import { DRAWING_TOOLS } from './drawing-tools.js';
import { HABIT_TOOLS } from './habit-tools.js';
import { TEXT_TOOLS } from './text-tools.js';
import { TIME_TOOLS } from './time-tools.js';

export { HABIT_COLLECTION } from './habit-tools.js';

// Everyday tools, each rendered by its own module public/js/tools/<id>.js, one file per family. Their
// readOptions take from the prompt only what it names (cities, a tempo, a number of teams), so the
// defaults stand for the rest.

export const UTILITY_TOOLS: readonly ToolEntry[] = [
  ...TIME_TOOLS,
  ...COLOUR_TOOLS,
  ...TEXT_TOOLS,
  ...CHANCE_TOOLS,
  ...COUNTING_TOOLS,
  ...DRAWING_TOOLS,
  ...HABIT_TOOLS,
];
