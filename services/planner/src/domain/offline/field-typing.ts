import type { FieldSpec } from '@isekai/contracts';
import { camelCase, capitalize, singularize, toLabel } from './words.js';

/** Leading words that say nothing about the field itself. */
const FILLER =
  /^(?:(?:a|an|the|my|our|your|their|his|her|its|each|every|some|optional|also|plus|any|one|per|its own)\s+)+/i;
const BOOLEAN_WORDS =
  /^(done|completed?|finished|read|watched|visited|paid|owned|active|available|favou?rite|archived|attending|in stock|checked|confirmed|approved|shipped|delivered|returned|played|tried|cooked|bought|sold|signed|verified|urgent|starred|pinned|public|private)$/i;

interface TypeRule {
  test: RegExp;
  build: (label: string, lower: string) => Omit<FieldSpec, 'name' | 'label'> & { label?: string };
}

function rangeOf(lower: string): { min: number; max: number } | null {
  const match = /(\d+)\s*(?:-|–|to|\/)\s*(\d+)/.exec(lower) ?? /out of (\d+)/.exec(lower);
  if (!match) return null;
  if (match.length === 2) return { min: 1, max: Number(match[1]) };
  return { min: Number(match[1]), max: Number(match[2]) };
}

function splitOptions(raw: string): string[] {
  return raw
    .split(/\s*(?:,|\/|\||\bor\b|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => capitalize(s));
}

/** Sensible choices for common categorising words, so a select is useful from the start. */
const DEFAULT_CHOICES: Record<string, string[]> = {
  status: ['To do', 'In progress', 'Done'],
  priority: ['Low', 'Medium', 'High'],
  difficulty: ['Easy', 'Medium', 'Hard'],
  mood: ['Great', 'Good', 'Okay', 'Bad', 'Awful'],
  condition: ['New', 'Good', 'Fair', 'Poor'],
  size: ['Small', 'Medium', 'Large'],
  gender: ['Female', 'Male', 'Other'],
  category: ['General', 'Work', 'Personal', 'Other'],
};

const EXPENSE_CATEGORIES = [
  'Food',
  'Transport',
  'Housing',
  'Utilities',
  'Entertainment',
  'Health',
  'Shopping',
  'Other',
];

/** Ordered: the first rule whose words match decides the type. */
const RULES: TypeRule[] = [
  {
    test: /\b(rating|stars?|rated|out of \d+)\b/,
    build: (label, lower) => {
      const range = rangeOf(lower) ?? { min: 1, max: 5 };
      const cleaned = label
        .replace(/\b(my|\d+\s*(?:-|–|to|\/)\s*\d+|out of \d+|\d+|stars?|star)\b/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return {
        type: 'rating',
        min: range.min,
        max: range.max,
        label: cleaned && !/^rating$/i.test(cleaned) ? toLabel(cleaned) : 'Rating',
      };
    },
  },
  { test: /\b(e-?mail)\b/, build: () => ({ type: 'email' }) },
  { test: /\b(phone|mobile|telephone|cell)\b/, build: () => ({ type: 'phone' }) },
  { test: /\b(url|link|website|homepage|web address|site)s?\b/, build: () => ({ type: 'url' }) },
  { test: /\b(tags?|labels|keywords)\b/, build: () => ({ type: 'tags', label: 'Tags' }) },
  { test: /\b(date and time|datetime|timestamp)\b/, build: () => ({ type: 'datetime' }) },
  {
    test: /\b(date|birthday|deadline|due|dob|anniversary|expiry|expires|expiration|born|last (?:watered|repotted|fed|cleaned|serviced|visited|seen))\b/,
    build: () => ({ type: 'date' }),
  },
  {
    test: /\b(cooking|prep|preparation|cook|baking|running|reading|play|travel|total)? ?(time|duration)\b(?! of day)/,
    build: (_label, lower) =>
      /\b(start|end|meeting|arrival|departure|wake|bed|alarm|pickup|opening|closing)\b/.test(lower) ||
      /^time$/.test(lower)
        ? { type: 'time' }
        : { type: 'number', unit: /hour/.test(lower) ? 'h' : 'min', min: 0 },
  },
  { test: /\btime of day\b/, build: () => ({ type: 'time' }) },
  {
    test: /\b(price|cost|amount|salary|value|budget|fee|income|spent|spend|payment|balance|revenue|wage|rent|expense|expenses|total|paid amount|bill)\b/,
    build: () => ({ type: 'money', min: 0 }),
  },
  {
    test: /\b(notes?|description|ingredients|message|instructions|steps|comments?|body|content|details|summary|review|bio|directions|address|thoughts|lyrics|symptoms|text|entry|story|feedback|answer)\b/,
    build: () => ({ type: 'longtext' }),
  },
  {
    test: /\b(quantity|qty|sets|reps|repetitions|year|age|count|weight|score|scores|points|pages|distance|calories|servings|height|length|minutes|hours|days|km|miles|interval|stock|level|capacity|grade|marks?|percent|percentage|temperature|speed|number of|how many|goal|target|laps|steps taken|kcal|mileage|volume|width|depth|units|portions|population|attempts|duration in)\b/,
    build: (_label, lower) => {
      const unit =
        /\bin (days|weeks|months|hours|minutes|kg|km|miles|lbs|cm|m)\b/.exec(lower)?.[1] ?? unitFor(lower);
      return unit
        ? { type: 'number', unit, min: 0 }
        : /\byear\b/.test(lower)
          ? { type: 'number' }
          : { type: 'number', min: 0 };
    },
  },
  {
    test: /\b(category|categories|status|priority|difficulty|mood|condition|size|gender)\b/,
    build: (_label, lower) => {
      const key = Object.keys(DEFAULT_CHOICES).find((k) => lower.includes(k.slice(0, 6))) ?? 'category';
      return { type: 'choice', options: DEFAULT_CHOICES[key] ?? [] };
    },
  },
  { test: /\b(colou?r code|hex colou?r)\b/, build: () => ({ type: 'color' }) },
];

function unitFor(lower: string): string | undefined {
  if (/\bweight\b/.test(lower)) return 'kg';
  if (/\bdistance\b/.test(lower)) return 'km';
  if (/\bcalories|kcal\b/.test(lower)) return 'kcal';
  if (/\binterval\b/.test(lower)) return 'days';
  if (/\bminutes\b/.test(lower)) return 'min';
  if (/\bpercent(age)?\b/.test(lower)) return '%';
  return undefined;
}

/** "whether I have read it" -> "Read"; "if it is done" -> "Done"; "whether it came back" -> "Came back". */
function booleanFromClause(lower: string): string | null {
  const match =
    /^(?:whether|if)\s+(?:(?:i|we|they|it|you|he|she)\b)?\s*(?:'ve|'m|'s|have|has|had|am|is|are|was|were|did|do|does)?\s*(?:been\s+)?(?:already\s+)?([a-z-]+(?:\s+(?:back|in|out|up|off|over|home|away|through)\b)?)/.exec(
      lower,
    );
  if (!match?.[1]) return null;
  return capitalize(match[1]);
}

export function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FILLER, '')
    .replace(/\s+(fields?|columns?)$/i, '')
    .trim();
}

/** Turns one phrase of a field list ("a 1-5 star rating", "condition (mint, good or poor)") into a typed field. */
export function inferField(rawPhrase: string): FieldSpec | null {
  const phrase = cleanPhrase(rawPhrase);
  if (!phrase || phrase.split(' ').length > 7) return null;
  const lower = phrase.toLowerCase();

  const clause = booleanFromClause(lower);
  if (clause) return { name: camelCase(clause), label: clause, type: 'boolean' };

  const withOptions = /^(.+?)\s*\(([^)]+)\)$/.exec(phrase);
  if (withOptions?.[1] && withOptions[2] && !/\d\s*(-|to)\s*\d/.test(withOptions[2])) {
    const label = toLabel(cleanPhrase(withOptions[1]));
    return { name: camelCase(label), label, type: 'choice', options: splitOptions(withOptions[2]) };
  }
  const bare = phrase.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (BOOLEAN_WORDS.test(bare) || /^(is|has) [a-z]+$/i.test(bare)) {
    const label = toLabel(bare.replace(/^(is|has) /i, ''));
    return { name: camelCase(label), label, type: 'boolean' };
  }
  return typedField(phrase, lower);
}

function typedField(phrase: string, lower: string): FieldSpec {
  const baseLabel = toLabel(
    phrase.replace(/\s+in (days|weeks|months|hours|minutes|kg|km|miles|lbs|cm|m)$/i, ''),
  );
  for (const rule of RULES) {
    if (!rule.test.test(lower)) continue;
    const { label, ...rest } = rule.build(baseLabel, lower);
    const finalLabel = SINGULAR_TYPES.has(rest.type)
      ? singularLastWord(label ?? baseLabel)
      : (label ?? baseLabel);
    return { name: camelCase(finalLabel), label: finalLabel, ...rest };
  }
  const label = singularLastWord(baseLabel);
  return { name: camelCase(label), label, type: 'text' };
}

/** A record holds one student, one category: "Students" as a column means "Student". */
const SINGULAR_TYPES = new Set(['text', 'choice', 'money', 'date', 'email', 'phone', 'url', 'rating']);

function singularLastWord(label: string): string {
  const words = label.split(' ');
  const last = words.pop() ?? '';
  return [...words, singularize(last)].join(' ');
}

/** Categories for spending look different from categories for tasks. */
export function withExpenseCategories(field: FieldSpec): FieldSpec {
  return field.type === 'choice' && /categor/i.test(field.label)
    ? { ...field, label: 'Category', name: 'category', options: EXPENSE_CATEGORIES }
    : field;
}
