// A game, calculator or tool from the catalogue as a composed spec: one page with its tool section, the
// collections it keeps its data in, and a page listing them when the prompt asks for a leaderboard or history.
import {
  COMPOSED_BLUEPRINT,
  SPEC_VERSION,
  type AppSpec,
  type PageSpec,
  type ThemeSpec,
} from '@isekai/contracts';
import { CALCULATOR_BLUEPRINT } from '../knowledge/tools/define-calculator.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { inPersonsWords } from './calculator-labels.js';
import { STATED_CALCULATOR } from './stated-formula.js';
import { inPersonsNumbers } from './said-defaults.js';
import { withSaidMargin } from './said-margin.js';
import { inPersonsUnits } from './said-units.js';
import { actionInPersonsWords } from './tool-action.js';
import { slugOf } from './slug.js';

const ASKS_FOR_HISTORY =
  /\b(leaderboard|high ?scores?|best scores|results|history|keeps? (?:my |your |the )?(?:scores|results|times)|past (?:games|results|scores))\b/i;

export function toolSpec(entry: ToolEntry, prompt: string, theme: ThemeSpec): AppSpec {
  // A tool's page says what it does in words ("compares two texts", "each copied as hex"); a game shows itself.
  const about = entry.kind === 'game' ? {} : { about: entry.description };
  const options: Record<string, unknown> = {
    ...about,
    ...entry.options,
    ...(entry.readOptions?.(prompt) ?? {}),
    ...actionInPersonsWords(entry, prompt),
  };
  // A calculator read from the person's own sum is labelled in their words already.
  if (entry.kind === 'calculator' && entry.id !== STATED_CALCULATOR)
    options.calculator = withSaidMargin(
      inPersonsNumbers(
        inPersonsUnits(inPersonsWords(options.calculator as CalculatorDecl, prompt), prompt),
        prompt,
      ),
      prompt,
    );
  const blueprint = entry.kind === 'calculator' ? CALCULATOR_BLUEPRINT : (entry.blueprint ?? entry.id);
  const collections = structuredClone(entry.collections ?? []);
  const pages: PageSpec[] = [
    { id: 'home', title: entry.name, sections: [{ type: 'tool', blueprint, title: entry.name, options }] },
  ];
  // "a typing test that keeps your results", "snake with a leaderboard": the kept records on a page of their own.
  if (collections.length > 0 && ASKS_FOR_HISTORY.test(prompt)) {
    for (const c of collections) {
      pages.push({
        id: slugOf(c.plural),
        title: c.plural,
        sections: [
          {
            type: 'collection',
            collection: c.name,
            view: 'table',
            form: false,
            sort: { field: 'createdAt', direction: 'desc' },
          },
        ],
      });
    }
  }
  return {
    version: SPEC_VERSION,
    kind: entry.kind,
    blueprint: COMPOSED_BLUEPRINT,
    title: entry.name,
    description: entry.description,
    collections,
    pages,
    theme,
    options: {},
  };
}
