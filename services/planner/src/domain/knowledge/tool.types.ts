import type { CollectionSpec } from '@isekai/contracts';

/**
 * A game, calculator or tool the offline engine can build (part 2 of the planner). Found by retrieval over
 * `name`, `synonyms` and `description` like the domains, and placed on a page as a `tool` section whose
 * `blueprint` is the entry's id: the generated app renders it with `public/js/tools/<id>.js`.
 */
export interface ToolEntry {
  /** kebab-case, and the name of its asset module: "snake", "bmi", "world-clock". */
  id: string;
  /** The asset module when several entries share one (the text transforms); `id` when absent. */
  blueprint?: string;
  /** What a person calls it: "Snake". */
  name: string;
  kind: 'game' | 'calculator' | 'tool';
  /** Words and phrases people use: "snake", "snake game", "nokia snake", "worm game"... (8 or more). */
  synonyms: string[];
  /** One or two plain sentences; retrieval reads it too. */
  description: string;
  /** The section's options when the prompt says nothing (board size, difficulty, the calculator's formulas...). */
  options: Record<string, unknown>;
  /**
   * The labels the tool's main button may take, its default first ("Pick one", "Draw one", "Spin"):
   * the one whose verb the prompt uses is shown (`tool-action.ts`), as the section's `action` option.
   */
  actions?: string[];
  /** Settings the prompt can name, merged over `options`: "a 5x5 grid", "hard", "animals" words, cities. */
  readOptions?: (prompt: string) => Record<string, unknown>;
  /** Collections the tool keeps its data in (best scores, typing results), stored by the app's server. */
  collections?: CollectionSpec[];
  /** Honest notes for the plan, e.g. "Online play needs a network: built for two players on one screen." */
  notes?: string[];
  /** What the prompt asks of this tool that it cannot do, in plain words for plan.leftOut. */
  leftOut?: (prompt: string) => string[];
}
