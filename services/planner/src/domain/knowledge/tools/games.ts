import type { ToolEntry } from '../tool.types.js';
import { ARCADE_GAMES } from './arcade-games.js';
import { BOARD_GAMES } from './board-games.js';
import { PUZZLE_GAMES } from './puzzle-games.js';
import { readBestLabel, readLevelNames } from './read-game-options.js';

/** What every game reads besides its own options: the prompt's names for its best and its difficulties. */
const withSharedOptions = (entry: ToolEntry): ToolEntry => ({
  ...entry,
  readOptions: (prompt) => ({
    ...readBestLabel(prompt),
    ...readLevelNames(prompt),
    ...entry.readOptions?.(prompt),
  }),
});

// The games the offline engine builds; each is public/js/tools/<id>.js in the generated app. Games with a
// score keep it in SCORE_COLLECTION, named to the module by `options.scores` (its best is shown and kept).
export const GAME_TOOLS: ToolEntry[] = [...ARCADE_GAMES, ...PUZZLE_GAMES, ...BOARD_GAMES].map(
  withSharedOptions,
);
