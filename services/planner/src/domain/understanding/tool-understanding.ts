// Whether the prompt asks for a tool or game rather than records: the catalogue's games, calculators and
// tools found by name or synonym, and the older blueprints (timers, quiz, text tools...) for what the
// catalogue does not name more precisely.
import { migrateSpecV1 } from '@isekai/contracts';
import { listSegment } from '../offline/field-list.js';
import { parsePrompt } from '../offline/prompt-parser.js';
import { builtLines } from './describe-plan.js';
import { asksForHolder, type AskedThing } from './kind-evidence.js';
import { DATA_BLUEPRINTS, DATA_CONTAINER, TOOL_WORDS, WEAKER_BLUEPRINTS } from './kind-words.js';
import { listSpan } from './list-span.js';
import type { Look } from './look.js';
import { needLines, type Need } from './needs.js';
import type { Phrase } from './phrases.js';
import { toolNotBuilt } from './refusal.js';
import { normalWords, type DomainMatch } from './retrieval.js';
import { nearestTools, retrieveTool, type ToolMatch } from './tool-retrieval.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import { readSaidRate, saidRateEntry } from './said-rate.js';
import { readStatedFormula, statedCalculatorEntry } from './stated-formula.js';
import { toolSpec } from './tool-spec.js';
import { takesEveryTyped, typedThings } from './typed-inputs.js';

/** The older blueprints' keypad calculator: digits and operations, no inputs of the person's. */
const KEYPAD_CALCULATOR = 'calculator';
import type { Understanding } from './understanding-types.js';
import { unknownWords } from './vocabulary.js';

/** The older blueprints' reading of the prompt, unless it names a container of records. */
function blueprintUnderstanding(prompt: string): Understanding | null {
  const segment = listSegment(prompt);
  const head = segment ? prompt.slice(0, prompt.indexOf(segment)) : prompt;
  if (
    DATA_CONTAINER.test(head.replace(/\([^)]*\)/g, ' ')) &&
    !/\b(to-?do|todo|shopping|check)\s*list\b/i.test(head)
  )
    return null;
  const parsed = parsePrompt(prompt);
  if (DATA_BLUEPRINTS.has(parsed.spec.blueprint)) return null;
  const spec = migrateSpecV1(parsed.spec);
  return { spec, steps: parsed.steps, built: [spec.description], leftOut: [], notes: parsed.notes };
}

/** The app's name, before what it is for or has: "pub quiz scoreboard" of "pub quiz scoreboard for six teams". */
const appName = (head: string) =>
  normalWords(head.split(/[\n:]|\b(?:with|for|that|which|where)\b/i)[0] ?? head);

/** The older blueprints that do a job (timers, calculators, text tools, games), not those that keep records. */
const JOB_KINDS = new Set(['calculator', 'game', 'text-tool', 'timer', 'viewer']);

/**
 * Whether a catalogue entry answers the thing asked for. Records, a dashboard or a site take a tool or
 * game only when the name of the thing itself names it ("habit tracker"), and never a calculator; a
 * tool's or calculator's name ("a length checker") is no game's one-word name ("checkers").
 */
function answers(asked: AskedThing | null, entry: ToolEntry, named: string[]): boolean {
  if (!asked) return true;
  if (asksForHolder(asked)) {
    // A calculator keeps nothing: a "water intake dashboard" or "savings goal tracker" keeps the days' figures.
    if (entry.kind === 'calculator') return false;
    // A game named whole, by several words or a number ("rock paper scissors", "2048"), says more than
    // the verbs that made the reading ("…and keep track of who wins").
    // ("play chess" is the doing said with a one-word name, not a name of several words.)
    if (asked.by === 'does' && entry.kind === 'game')
      return named.some((n) => /[\s\d]/.test(n.replace(/^play\s+/, '')));
    const own = asked.phrase ? normalWords(asked.phrase.text) : '';
    return named.some((n) => own.includes(` ${n} `));
  }
  if (asked.by === 'named' && entry.kind === 'game' && (asked.kind === 'tool' || asked.kind === 'calculator'))
    return named.some((n) => n.includes(' '));
  return true;
}

/**
 * A sum the person spells out ("the hours times my rate, then 20% VAT on top") is the calculator asked
 * for, over any catalogue entry its words found: the catalogue's VAT calculator has no hours.
 */
function statedOverCatalogue(
  clean: string,
  asked: AskedThing | null,
  found: ToolMatch | null,
  blueprint: Understanding | null,
): ToolMatch | null {
  if (asksForHolder(asked)) return found;
  const calculatorAsked = asked?.kind === 'calculator' || found?.entry.kind === 'calculator';
  // "25 minutes per 450 g plus an extra 25 minutes": a rate said with its numbers, when no entry is named
  // and a calculator is asked for (the keypad is the older blueprints' answer to "a … calculator").
  const keypad = blueprint?.spec.blueprint === KEYPAD_CALCULATOR;
  const rate = found || !(calculatorAsked || keypad) ? null : readSaidRate(clean);
  if (rate) return { entry: saidRateEntry(rate, clean), score: 100, named: ['a rate in your words'] };
  const formula = readStatedFormula(clean);
  // A sum that leaves out something the person says they type is not the one they meant.
  const operands = formula ? [formula.start, ...formula.steps.map((s) => s.operand)] : [];
  if (
    !formula ||
    !takesEveryTyped(
      operands.map((o) => o.label),
      clean,
    )
  )
    return found;
  // "a paint calculator …, add 15% extra": one percentage added to a catalogue entry's answer is a margin
  // on it (said-margin), not a sum of its own.
  const marginOnly = formula.steps.length === 1 && formula.steps[0]!.operand.percent;
  if (found?.entry.kind === 'calculator' && marginOnly) return found;
  // Unnamed, a sum of two steps or more is still one: "it takes off the 6.5% fee and the 0.20 listing fee".
  if (!calculatorAsked && (asked !== null || found !== null || formula.steps.length < 2)) return found;
  return { entry: statedCalculatorEntry(formula, clean), score: 100, named: ['a formula in your words'] };
}

/** The tool or game the prompt asks for, or null when it asks for records or a site. */
export async function toolUnderstanding(
  clean: string,
  look: Look,
  needs: Need[],
  extraNotes: string[],
  asked: AskedThing | null,
): Promise<Understanding | null> {
  const list = listSpan(look.rest);
  const toolHead = list ? look.rest.slice(0, list.start) : look.rest;
  const blueprint = needs.some((n) => n.standIn?.overBlueprints) ? null : blueprintUnderstanding(clean);
  // A prompt the older blueprints read as a game or tool asks for one, tool word or not: the catalogue's
  // "scoreboard" answers a "Quiz night scoreboard" more precisely than the quiz does.
  const retrieved: ToolMatch | null = retrieveTool(
    toolHead,
    TOOL_WORDS.test(toolHead) || JOB_KINDS.has(blueprint?.spec.kind ?? ''),
    (await unknownWords(toolHead)).unknown,
    (entry, named) => answers(asked, entry, named),
  );
  const catalogued = statedOverCatalogue(clean, asked, retrieved, blueprint);
  // "an app to track projects and the hours on each task" asks for records, whatever a calculator would do.
  // A dashboard named ("habit dashboard") is no blueprint's tracker either: none of them is a dashboard.
  const dashboardNamed = asked?.by === 'named' && asked.kind === 'dashboard';
  const heldOut = (asksForHolder(asked) && JOB_KINDS.has(blueprint?.spec.kind ?? '')) || dashboardNamed;
  const tool = heldOut ? null : blueprint;
  // The older blueprints stay for what they do well; a plain calculator or a two-player tic-tac-toe gives
  // way to the catalogue's BMI calculator or game against the computer.
  // ...or when a game's name is the app itself, before any "with": "whack-a-mole with a 30 second timer".
  const lead = normalWords(toolHead.split(/\bwith\b/i)[0] ?? toolHead);
  // "a quiz log" keeps quizzes; "a team maker that splits a list of people" is still a team maker; "I keep
  // a log of trips, I just need a fuel cost calculator" is named by what it asks for.
  const ownName = asked?.phrase?.text ?? toolHead.split(/\b(?:that|which|who)\b/i)[0] ?? toolHead;
  const preciser =
    catalogued &&
    !DATA_CONTAINER.test(ownName) &&
    (!tool ||
      WEAKER_BLUEPRINTS.has(tool.spec.blueprint) ||
      (catalogued.entry.kind === 'game' && catalogued.named.some((n) => lead.includes(` ${n} `))) ||
      // The name's last word says what it is; the words before it what it is for: a "quiz night
      // scoreboard" keeps score of a quiz, a "bingo number picker" picks numbers.
      catalogued.named.some((n) => appName(toolHead).endsWith(` ${n} `)));
  if (catalogued && preciser) {
    const spec = toolSpec(catalogued.entry, clean, look.theme);
    return {
      spec,
      steps: [
        `Recognised ${catalogued.entry.name} (${catalogued.entry.kind}) from “${catalogued.named[0]}”.`,
      ],
      built: builtLines(spec),
      leftOut: [...needLines(needs), ...(catalogued.entry.leftOut?.(clean) ?? [])],
      notes: [...(catalogued.entry.notes ?? []), ...extraNotes],
    };
  }
  if (!tool) return null;
  tool.spec.theme = { ...look.theme, mode: tool.spec.theme.mode === 'dark' ? 'dark' : look.theme.mode };
  return {
    ...tool,
    leftOut: [...needLines(needs), ...unknownFormula(tool, clean)],
    notes: [...tool.notes, ...extraNotes],
  };
}

/**
 * A plain keypad given for a calculator of things the person types ("I type the weight in grams") is not
 * the calculator asked for: the plan says so, and how to state the sum so it can be built.
 */
function unknownFormula(tool: Understanding, clean: string): string[] {
  const things = tool.spec.blueprint === KEYPAD_CALCULATOR ? typedThings(clean) : [];
  if (things.length === 0) return [];
  const named = things.map((t) => t.join(' ')).join(', ');
  return [
    `A calculator from ${named}: its formula is neither known nor stated in words this planner reads, so a plain calculator was built. Say the sum step by step (“the price times the quantity, plus 5 for delivery”) to get it.`,
  ];
}

/**
 * A game or tool the catalogue lacks would otherwise become a list named after it: say so instead.
 * ... also when the app's own name is a tool ("a slug generator for blog posts" is no blog).
 * (the tool word is the name's head: "a slug generator", not "a tool-lending shed")
 */
export function refuseUnbuiltTool(
  clean: string,
  head: string,
  phrases: Phrase[],
  matches: DomainMatch[],
  asked: AskedThing | null,
): void {
  // "a step counter dashboard" names a dashboard, whatever tool word its name holds.
  // ...and so does a sentence that asks to keep records ("I want to log their play time").
  if (asksForHolder(asked)) return;
  const named = phrases[0] && TOOL_WORDS.test(phrases[0].head) && phrases[0].start < 20;
  if ((matches.length === 0 || named) && TOOL_WORDS.test(head))
    throw toolNotBuilt(
      clean,
      nearestTools(head).map((t) => t.name),
    );
}
