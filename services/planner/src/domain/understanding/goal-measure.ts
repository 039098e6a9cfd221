// A goal a person reads a figure against: "my daily goal is 2000 ml", "a limit of 400 mg a day", "my
// goal is 30 books this year". The figure is that period's sum of the number the goal counts, or the
// count of the records when it counts them ("books"); it shows with the goal in the person's word.
import type { Aggregate, CollectionSpec, FieldSpec, Period } from '@isekai/contracts';
import { collectionNamed, isNumber, numberFor, type Spec } from './measure-fields.js';
import { placeFigures } from './measure-pages.js';
import type { Measure } from './measures.js';
import { camelCase, capitalize } from './naming.js';

type Goal = Extract<Measure, { kind: 'goal' }>;

const WITHIN: Record<Period, string> = {
  today: 'today',
  week: 'this week',
  month: 'this month',
  year: 'this year',
};
const EVERY: Record<Period, string> = { today: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' };

/** "a goal of 2 litres" with no litres among the fields: the records get the number the goal counts. */
function givenNumber(main: CollectionSpec, unit: string | undefined) {
  if (!unit) return null;
  const field: FieldSpec = { name: camelCase(unit), label: capitalize(unit), type: 'number', min: 0 };
  main.fields.push(field);
  return { collection: main, field };
}

/**
 * Places the goal's figure, or says why it cannot be worked out. `dateOf` gives the date a period reads
 * (a collection without one gets one).
 */
export function buildGoal(
  spec: Spec,
  goal: Goal,
  main: CollectionSpec,
  dateOf: (collection: CollectionSpec) => FieldSpec,
): string | null {
  const named = collectionNamed(spec, goal.of);
  const summed = named ? null : (numberFor(spec, goal.of, main) ?? givenNumber(main, goal.of));
  // "a limit of 3 a day" in an app with no number at all: each record is one of what the goal counts.
  const noNumbers = !spec.collections.some((c) => c.fields.some(isNumber));
  const counted = named ?? (summed || !noNumbers ? undefined : main);
  const collection = counted ?? summed?.collection;
  if (!collection) return `no number among the ${main.plural.toLowerCase()} to reach it with`;
  const subject = counted ? counted.plural : summed!.field.label;
  const figure: Aggregate = {
    label: capitalize(goal.period ? `${subject} ${WITHIN[goal.period]}` : `Total ${subject.toLowerCase()}`),
    collection: collection.name,
    fn: counted ? 'count' : 'sum',
    ...(summed ? { field: summed.field.name } : {}),
    ...(goal.period ? { period: { field: dateOf(collection).name, within: goal.period } } : {}),
    goal: {
      label: capitalize(goal.period ? `${EVERY[goal.period]} ${goal.word}` : goal.word),
      value: goal.value,
    },
  };
  placeFigures(spec, collection, [figure]);
  return null;
}
