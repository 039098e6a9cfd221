import type { AppFeature, AppSpecV1, FieldSpec } from '@isekai/contracts';
import { describeSpec } from './describe.js';
import { featuresIn, normalizeFeatures } from './features.js';
import { splitList } from './field-list.js';
import { inferField } from './field-typing.js';
import { findField, parseSortOption } from './sort-option.js';
import { capitalize, toLabel } from './words.js';

export interface ChangeResult {
  spec: AppSpecV1;
  steps: string[];
  /** Clauses that were not understood, quoted back to the person. */
  notUnderstood: string[];
}

type Handler = (spec: AppSpecV1, clause: string) => string | null;

const VERB =
  '(?:make|add|remove|delete|drop|rename|call|sort|order|switch|turn|show|hide|change|include|enable|disable|set|use|give|let|track|get rid of)';

/** "add a due date and make it dark" is two changes; "add title, author and year" is one. */
export function splitClauses(prompt: string): string[] {
  return prompt
    .split(
      new RegExp(
        `\\s*(?:;|\\.\\s+|\\bthen\\b|,?\\s+and\\s+(?=${VERB}\\b)|,\\s*(?=${VERB}\\b)|\\balso\\b)\\s*`,
        'i',
      ),
    )
    .map((c) =>
      c
        .trim()
        .replace(/[.!]+$/, '')
        .replace(/^(?:please|can you|could you|now|also|and)\s+/i, '')
        .trim(),
    )
    .filter(Boolean);
}

const setTheme: Handler = (spec, clause) => {
  const lower = clause.toLowerCase();
  if (
    /\b(light (?:mode|theme)|make it (?:light|bright)|turn off dark|disable dark|no dark|remove dark)/.test(
      lower,
    )
  ) {
    spec.theme = 'light';
    spec.features = spec.features.filter((f) => f !== 'dark-mode');
    return 'Switched to the light theme.';
  }
  if (/\b(dark|night mode|black background)\b/.test(lower) && !/\bdark (?:chocolate|roast)\b/.test(lower)) {
    spec.theme = 'dark';
    spec.features = normalizeFeatures([...spec.features, 'dark-mode']);
    return 'Switched to the dark theme.';
  }
  return null;
};

const setTitle: Handler = (spec, clause) => {
  const match =
    /^(?:call (?:it|the app|this)|name (?:it|the app)|rename (?:it|the app|this app|this) to|change the (?:title|name)(?: of the app)? to|set the title to|title it|retitle it(?: to)?|the title should be)\s+["“']?(.+?)["”']?$/i.exec(
      clause,
    );
  if (!match?.[1]) return null;
  spec.title = match[1].trim();
  return `Renamed the app to "${spec.title}".`;
};

const renameField: Handler = (spec, clause) => {
  const match =
    /^(?:rename|relabel|change|call) (?:the )?(.+?)(?: field| column| label)? (?:to|as|into) ["“']?(.+?)["”']?$/i.exec(
      clause,
    );
  const entity = spec.entities[0];
  if (!match?.[1] || !match[2] || !entity) return null;
  const field = findField(entity, match[1]);
  if (!field) return null;
  const old = field.label;
  // The key stays, so records saved under the old label keep their values.
  field.label = toLabel(match[2]);
  return `Renamed the field "${old}" to "${field.label}".`;
};

function dropOptionsFor(spec: AppSpecV1, field: FieldSpec): void {
  const sort = spec.options.sort as { field?: string } | undefined;
  if (sort?.field === field.name) delete spec.options.sort;
  if (spec.options.chartBy === field.name) delete spec.options.chartBy;
}

const removeThing: Handler = (spec, clause) => {
  const match =
    /^(?:remove|delete|drop|get rid of|hide|take out|take away|no longer (?:need|track|show)|don't (?:need|show)|without)\s+(?:the\s+|a\s+|an\s+|all\s+)?(.+?)(?:\s+(?:field|column|option|feature))?s?$/i.exec(
      clause,
    );
  if (!match?.[1]) return null;
  const entity = spec.entities[0];
  const field = entity ? findField(entity, match[1]) : null;
  if (entity && field) {
    entity.fields = entity.fields.filter((f) => f !== field);
    dropOptionsFor(spec, field);
    return `Removed the field "${field.label}" (saved values stay in the data but are no longer shown).`;
  }
  const features = featuresIn(match[1]);
  if (features.length === 0) return null;
  spec.features = spec.features.filter(
    (f) => !features.includes(f) && !(features.includes('chart') && f === 'totals'),
  );
  if (features.includes('dark-mode')) spec.theme = 'light';
  return `Removed ${features.join(', ')}.`;
};

const sortBy: Handler = (spec, clause) => {
  const lower = clause.toLowerCase();
  if (!/\b(sort|order|newest first|oldest first|latest first)\b/.test(lower) || !spec.entities[0])
    return null;
  const sort = parseSortOption(lower, spec.entities[0]);
  if (!sort) return null;
  spec.options.sort = sort;
  spec.features = normalizeFeatures([...spec.features, 'sort']);
  const label = spec.entities[0].fields.find((f) => f.name === sort.field)?.label ?? 'date added';
  return `Sorted by ${label.toLowerCase()}, ${sort.direction === 'desc' ? 'highest or newest first' : 'lowest or oldest first'}.`;
};

/** "add search", "show a chart", "let me export to CSV". */
const addFeature: Handler = (spec, clause) => {
  const lower = clause.toLowerCase();
  const wanted: AppFeature[] = featuresIn(lower).filter((f) => f !== 'dark-mode');
  const verbOrBare =
    /^(?:add|enable|include|turn on|show|give me|i want|let me|allow|with|a|an|the)?\s*(?:a |an |the |some )?(?:search|filter|export|csv|chart|graph|stats|statistics|averages?|totals?|import|reminders?|sorting|bar chart|monthly chart|pie chart)/.test(
      lower,
    );
  if (wanted.length === 0 || !verbOrBare || spec.entities.length === 0) return null;
  spec.features = normalizeFeatures([...spec.features, ...wanted]);
  return `Added ${wanted.join(', ')}.`;
};

const addFields: Handler = (spec, clause) => {
  const match =
    /^(?:add|include|track|record|store|also track|new field|another field|add a field for|add fields? for|i want|with|plus)\s+(.+)$/i.exec(
      clause,
    );
  const entity = spec.entities[0];
  if (!match?.[1] || !entity || spec.kind !== 'data') return null;
  const list = match[1]
    .replace(/\s+(?:to|for|on|in|per)\s+(?:each|every|all|the|my|a|an)?\s*[a-z]+$/i, '')
    .replace(/\s+(?:too|as well)$/i, '');
  const added: string[] = [];
  for (const part of splitList(list)) {
    const field = inferField(part);
    if (!field || entity.fields.some((f) => f.name === field.name)) continue;
    entity.fields.push(field);
    added.push(`${field.label} (${field.type})`);
  }
  return added.length > 0
    ? `Added ${added.length === 1 ? 'the field' : 'the fields'} ${added.join(', ')}.`
    : null;
};

const timerLengths: Handler = (spec, clause) => {
  if (spec.blueprint !== 'pomodoro' && spec.blueprint !== 'timer') return null;
  const lower = clause.toLowerCase();
  const minutes = /(\d+)\s*(?:-\s*)?min/.exec(lower)?.[1];
  if (!minutes) return null;
  const key = /break|rest/.test(lower)
    ? 'breakMinutes'
    : spec.blueprint === 'timer'
      ? 'minutes'
      : 'workMinutes';
  spec.options[key] = Math.min(180, Number(minutes));
  return `Set ${key === 'breakMinutes' ? 'breaks' : 'sessions'} to ${minutes} minutes.`;
};

const boardColumn: Handler = (spec, clause) => {
  const match =
    /^add (?:a |an )?(?:column (?:called |named )?["']?([a-z0-9 ]+?)["']?|["']?([a-z0-9 ]+?)["']? column)$/i.exec(
      clause,
    );
  const name = match?.[1] ?? match?.[2];
  if (spec.blueprint !== 'board' || !name) return null;
  const columns = Array.isArray(spec.options.columns) ? (spec.options.columns as string[]) : [];
  spec.options.columns = [...columns, capitalize(name.trim())];
  return `Added the column "${capitalize(name.trim())}".`;
};

const HANDLERS: Handler[] = [
  setTitle,
  boardColumn,
  timerLengths,
  removeThing,
  renameField,
  sortBy,
  setTheme,
  addFeature,
  addFields,
];

/** Applies a change prompt to a copy of the spec; what it cannot read is reported, never guessed. */
export function applyChange(current: AppSpecV1, prompt: string): ChangeResult {
  const spec = structuredClone(current);
  const steps: string[] = [];
  const notUnderstood: string[] = [];
  for (const clause of splitClauses(prompt)) {
    const step = HANDLERS.reduce<string | null>((done, handler) => done ?? handler(spec, clause), null);
    if (step) steps.push(step);
    else notUnderstood.push(clause);
  }
  spec.description = describeSpec(spec);
  return { spec, steps, notUnderstood };
}
