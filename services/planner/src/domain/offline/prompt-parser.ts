import type { AppFeature, AppSpecV1, EntitySpec, FieldSpec } from '@isekai/contracts';
import { describeSpec } from './describe.js';
import { featuresIn, normalizeFeatures } from './features.js';
import { extractFieldList } from './field-list.js';
import { inferField } from './field-typing.js';
import { entityFromNoun, findNounPhrase } from './entity-noun.js';
import { DATA_PRESETS } from './presets/data-presets.js';
import { chosenTitle } from './presets/preset-helpers.js';
import type { PresetResult, PromptContext } from './presets/preset.types.js';
import { TOOL_PRESETS } from './presets/tool-presets.js';
import { parseSortOption } from './sort-option.js';
import { titleCase } from './words.js';

export interface ParsedPrompt {
  spec: AppSpecV1;
  steps: string[];
  notes: string[];
}

const PRESETS = [...TOOL_PRESETS, ...DATA_PRESETS];

/** The part of a prompt that names the app, before any list of fields, so listed fields cannot pick the kind. */
function headOf(lower: string): string {
  const cut = /(:|\bwith\b|\bincluding\b|\bcontaining\b|\bthat (?:has|have|stores?|records?|tracks?)\b)/.exec(
    lower,
  );
  return cut ? lower.slice(0, cut.index) : lower;
}

function findPreset(context: PromptContext): PresetResult | null {
  const head = headOf(context.lower);
  // Only tools are looked for in the whole prompt: "plants ... water" in a field list must not pick a schedule.
  const match =
    PRESETS.find((p) => p.test.test(head)) ?? TOOL_PRESETS.find((p) => p.test.test(context.lower));
  return match ? match.build(context) : null;
}

/** A listed field replaces a core field of the same name, or of the same distinctive type. */
function covers(listed: FieldSpec, core: FieldSpec): boolean {
  if (listed.name === core.name) return true;
  const distinctive = ['money', 'date', 'url', 'email', 'phone', 'rating', 'tags', 'boolean'];
  return distinctive.includes(core.type) && listed.type === core.type;
}

function mergeFields(listed: FieldSpec[], preset: PresetResult | null): FieldSpec[] {
  const core = preset?.coreFields ?? [];
  if (listed.length === 0) return [...core, ...(preset?.defaultFields ?? [])];
  const missing = core.filter((c) => !listed.some((l) => covers(l, c)));
  const leading = missing.filter((c) => c.type === 'text' && !listed.some((l) => l.type === 'text'));
  const trailing = missing.filter((c) => !leading.includes(c));
  // A listed "categories" keeps the preset's better choices (expense categories) under the person's label.
  const merged = listed.map((l) => {
    const same = core.find((c) => c.name === l.name && c.type === l.type);
    return same ? { ...same, label: l.label } : l;
  });
  return [...leading, ...merged, ...trailing];
}

const TITLED =
  /\b(book|film|movie|song|album|article|post|episode|podcast|game|show|series|paper|course|video|track|poem|story)\b/;

/**
 * A data app needs something to call each record by: "a recipe manager with ingredients and cooking
 * time" still gets a Name, and the first text field is required.
 */
function ensureRequiredTitle(fields: FieldSpec[], entity: EntitySpec): FieldSpec[] {
  if (!fields.some((f) => f.type === 'text')) {
    const label = TITLED.test(entity.name.toLowerCase()) ? 'Title' : 'Name';
    fields = [
      { name: label.toLowerCase(), label, type: 'text', required: true },
      ...fields.filter((f) => f.name !== label.toLowerCase()),
    ];
  }
  if (fields.some((f) => f.required)) return fields;
  const index = fields.findIndex((f) => f.type === 'text');
  return fields.map((f, i) => (i === index ? { ...f, required: true } : f));
}

function dataEntity(
  context: PromptContext,
  preset: PresetResult | null,
  notes: string[],
): { entity: EntitySpec; title: string } {
  if (preset?.entity) return { entity: preset.entity, title: preset.title };
  const phrase = findNounPhrase(context.prompt);
  if (!phrase) {
    notes.push(
      'Could not tell what the app keeps track of, so it stores general items with a name and notes.',
    );
    return { entity: entityFromNoun('item'), title: 'My Items' };
  }
  const entity = entityFromNoun(phrase.noun);
  const title =
    phrase.container && !/^(app|application|system|tool|site|page)$/.test(phrase.container)
      ? titleCase(`${phrase.noun} ${phrase.container}`)
      : titleCase(entity.plural);
  return { entity, title };
}

export function parsePrompt(prompt: string): ParsedPrompt {
  const context: PromptContext = {
    prompt: prompt.trim(),
    lower: prompt.trim().toLowerCase().replace(/\s+/g, ' '),
  };
  const notes: string[] = [];
  const steps: string[] = [];
  const preset = findPreset(context);
  notes.push(...(preset?.notes ?? []));
  steps.push(
    preset
      ? `Recognised a ${preset.title.toLowerCase()} (${preset.blueprint} blueprint).`
      : 'Read the prompt as a data app.',
  );

  const listed =
    preset && !preset.takesFields ? { fields: [], features: [] } : extractFieldList(context.prompt);
  const promptFeatures: AppFeature[] = [...featuresIn(context.lower), ...listed.features];
  const isData = !preset || preset.kind === 'data';
  let entities: EntitySpec[] = [];
  let title = preset?.title ?? 'My App';

  if (isData) {
    const named = dataEntity(context, preset, notes);
    title = named.title;
    let fields = mergeFields(listed.fields, preset);
    if (fields.length === 0) {
      fields = [
        inferField('name') ?? { name: 'name', label: 'Name', type: 'text' },
        inferField('notes') ?? { name: 'notes', label: 'Notes', type: 'longtext' },
      ];
      notes.push(
        `No fields were listed, so each ${named.entity.label.toLowerCase()} has a name and notes; ask for more fields to add them.`,
      );
    }
    fields = ensureRequiredTitle(fields, named.entity);
    entities = [{ ...named.entity, fields }];
    steps.push(
      `Each ${named.entity.label.toLowerCase()} has: ${fields.map((f) => `${f.label} (${f.type})`).join(', ')}.`,
    );
  } else if (preset.entity) {
    entities = [{ ...preset.entity, fields: preset.coreFields ?? [] }];
  }

  const options: Record<string, unknown> = { ...(preset?.options ?? {}) };
  const sort = entities[0] ? parseSortOption(context.lower, entities[0]) : null;
  if (sort) options.sort = sort;
  const features = normalizeFeatures([...(preset?.features ?? []), ...(isData ? promptFeatures : [])]);
  const dark = /\b(dark (?:mode|theme)|night mode|dark)\b/.test(context.lower);
  const spec: AppSpecV1 = {
    kind: preset?.kind ?? 'data',
    blueprint: preset?.blueprint ?? 'data-app',
    title: chosenTitle(context.prompt) ?? title,
    description: '',
    entities,
    features:
      dark && !features.includes('dark-mode') ? normalizeFeatures([...features, 'dark-mode']) : features,
    theme: dark ? 'dark' : 'light',
    options,
  };
  spec.description = describeSpec(spec);
  if (features.length > 1)
    steps.push(
      `Features: ${features.filter((f) => f !== 'persistence').join(', ') || 'none beyond saving'}.`,
    );
  if (!preset && !findNounPhrase(context.prompt))
    notes.push('The prompt did not match a known kind of app, so a general data app was built.');
  return { spec, steps, notes };
}
