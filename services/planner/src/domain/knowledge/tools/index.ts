import type { ToolEntry } from '../tool.types.js';
import { CALCULATOR_TOOLS } from './calculators.js';
import { GAME_TOOLS } from './games.js';
import { TEXT_TRANSFORM_TOOLS } from './text-transforms.js';
import { UTILITY_TOOLS } from './utilities.js';

/** Every game, calculator and tool the offline engine can place as a `tool` section. */
export const TOOLS_CATALOGUE: readonly ToolEntry[] = [
  ...GAME_TOOLS,
  ...CALCULATOR_TOOLS,
  ...UTILITY_TOOLS,
  ...TEXT_TRANSFORM_TOOLS,
];
