import {
  EXPR_OPS,
  type AppSpec,
  type CollectionSpec,
  type Expr,
  type FieldSpec,
  type SectionSpec,
} from '@isekai/contracts';

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const PAGE_ID = /^[a-z0-9][a-z0-9-]*$/;
const NUMERIC = new Set(['number', 'money', 'rating']);
const DATES = new Set(['date', 'datetime']);

/**
 * What is wrong with a composed spec, in plain words (empty when nothing is): names that point
 * nowhere, formulas over missing fields, views over fields of the wrong type. The renderer trusts a
 * spec that passes; the engine and the tests use this to find their mistakes.
 */
export function checkSpec(spec: AppSpec): string[] {
  const problems: string[] = [];
  const byName = new Map(spec.collections.map((c) => [c.name, c]));
  if (byName.size !== spec.collections.length) problems.push('two collections have the same name');
  for (const c of spec.collections) problems.push(...checkCollection(c, byName));
  if (spec.pages.length === 0) problems.push('the app has no pages');
  const pageIds = new Set(spec.pages.map((p) => p.id));
  if (pageIds.size !== spec.pages.length) problems.push('two pages have the same id');
  for (const page of spec.pages) {
    if (!PAGE_ID.test(page.id))
      problems.push(`page id "${page.id}" must be lower-case letters, digits and "-"`);
    page.sections.forEach((section, i) => {
      const where = `page "${page.id}", section ${i + 1} (${section.type})`;
      for (const p of checkSection(section, byName, pageIds)) problems.push(`${where}: ${p}`);
    });
  }
  return problems;
}

function checkCollection(c: CollectionSpec, byName: Map<string, CollectionSpec>): string[] {
  const problems: string[] = [];
  const at = `collection "${c.name}"`;
  if (!NAME.test(c.name)) problems.push(`${at}: the name must be letters and digits (camelCase)`);
  if (c.fields.length === 0) problems.push(`${at} has no fields`);
  const names = new Set(c.fields.map((f) => f.name));
  if (names.size !== c.fields.length) problems.push(`${at} has two fields with the same name`);
  if (c.titleField && !names.has(c.titleField))
    problems.push(`${at}: title field "${c.titleField}" is not one of its fields`);
  for (const f of c.fields) {
    const fat = `${at}, field "${f.name}"`;
    if (!NAME.test(f.name)) problems.push(`${fat}: the name must be letters and digits (camelCase)`);
    if (f.type === 'reference') {
      if (!f.ref) problems.push(`${fat} is a reference but names no collection`);
      else if (!byName.has(f.ref)) problems.push(`${fat} refers to a missing collection "${f.ref}"`);
    }
    if (f.type === 'choice' && !f.formula && (!f.options || f.options.length === 0))
      problems.push(`${fat} is a choice with no options`);
    if (f.formula) problems.push(...checkExpr(f.formula, c, byName).map((p) => `${fat}: ${p}`));
  }
  (c.samples ?? []).forEach((sample, i) =>
    problems.push(...checkSample(sample, c, byName).map((p) => `${at}, sample ${i + 1}: ${p}`)),
  );
  for (const rule of c.rules ?? []) {
    problems.push(...checkExpr(rule.check, c, byName).map((p) => `${at}, rule "${rule.message}": ${p}`));
  }
  return problems;
}

/** The field that names a record: the chosen one, else the first text field, as the app does. */
function titleFieldOf(c: CollectionSpec): FieldSpec | undefined {
  return fieldOf(c, c.titleField) ?? c.fields.find((f) => f.type === 'text') ?? c.fields[0];
}

/** A sample's value as text ('' for none), the way a message or a title match reads it. */
function words(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** A sample names stored fields only, and its references name the title of a sample of the other collection. */
function checkSample(
  sample: Record<string, unknown>,
  c: CollectionSpec,
  byName: Map<string, CollectionSpec>,
): string[] {
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(sample)) {
    const value = words(raw);
    const f = fieldOf(c, key);
    if (!f) problems.push(`"${key}" is not a field`);
    else if (f.formula) problems.push(`"${key}" is computed, so it cannot be given`);
    else if (f.type === 'choice' && f.options && !f.options.includes(value))
      problems.push(`"${value}" is not one of the choices of "${key}"`);
    else if (f.type === 'reference' && value !== '') {
      const target = f.ref ? byName.get(f.ref) : undefined;
      const title = target && titleFieldOf(target);
      const titles =
        target && title ? (target.samples ?? []).map((s) => words(s[title.name]).toLowerCase()) : [];
      if (target && !titles.includes(value.toLowerCase()))
        problems.push(
          `"${key}" names "${value}", which is not the title of a sample ${target.label.toLowerCase()}`,
        );
    }
  }
  for (const f of c.fields)
    if (f.required && !f.formula && f.default === undefined && !(f.name in sample))
      problems.push(`the required "${f.name}" is missing`);
  return problems;
}

function fieldOf(c: CollectionSpec | undefined, name: string | undefined): FieldSpec | undefined {
  return c && name ? c.fields.find((f) => f.name === name) : undefined;
}

/** Problems of a formula evaluated on records of `c`. */
export function checkExpr(expr: Expr, c: CollectionSpec, byName: Map<string, CollectionSpec>): string[] {
  if (typeof expr !== 'object' || expr === null) return ['a formula part is not an object'];
  if ('field' in expr)
    return fieldOf(c, expr.field) ? [] : [`the formula names a missing field "${expr.field}"`];
  if ('value' in expr || 'today' in expr) return [];
  if ('op' in expr) {
    const own = (EXPR_OPS as readonly string[]).includes(expr.op)
      ? []
      : [`unknown formula operator "${expr.op}"`];
    return own.concat(...(expr.args ?? []).map((a) => checkExpr(a, c, byName)));
  }
  if ('lookup' in expr) {
    const via = fieldOf(c, expr.lookup.via);
    if (!via || via.type !== 'reference')
      return [`the lookup goes through "${expr.lookup.via}", which is not a reference field`];
    const target = via.ref ? byName.get(via.ref) : undefined;
    if (!target) return [];
    return fieldOf(target, expr.lookup.field)
      ? []
      : [`the lookup names a missing field "${expr.lookup.field}" of "${target.name}"`];
  }
  if ('rollup' in expr) {
    const r = expr.rollup;
    const other = byName.get(r.collection);
    if (!other) return [`the rollup names a missing collection "${r.collection}"`];
    const problems: string[] = [];
    if (r.fn !== 'count' && !fieldOf(other, r.field))
      problems.push(`the rollup names a missing field "${r.field ?? ''}" of "${other.name}"`);
    if (r.match) {
      if (!fieldOf(c, r.match) || !fieldOf(other, r.match))
        problems.push(`the rollup matches on "${r.match}", which both collections need`);
    } else {
      const via = r.via
        ? fieldOf(other, r.via)
        : other.fields.find((f) => f.type === 'reference' && f.ref === c.name);
      if (!via || via.type !== 'reference' || via.ref !== c.name)
        problems.push(`"${other.name}" has no reference field to "${c.name}" for the rollup`);
    }
    if (r.period && !DATES.has(fieldOf(other, r.period.field)?.type ?? ''))
      problems.push(`the rollup's period field "${r.period.field}" is not a date field of "${other.name}"`);
    if (r.where) problems.push(...checkExpr(r.where, other, byName));
    return problems;
  }
  return ['a formula part is not one the app understands'];
}

function checkSection(s: SectionSpec, byName: Map<string, CollectionSpec>, pageIds: Set<string>): string[] {
  const problems: string[] = [];
  const collectionNamed = (name: string): CollectionSpec | undefined => {
    const c = byName.get(name);
    if (!c) problems.push(`unknown collection "${name}"`);
    return c;
  };
  switch (s.type) {
    case 'collection': {
      const c = collectionNamed(s.collection);
      if (!c) break;
      const by = fieldOf(c, s.by);
      if (s.view === 'board' && by?.type !== 'choice')
        problems.push(`the board's "by" must be a choice field of "${c.name}"`);
      if (s.view === 'calendar' && !DATES.has(by?.type ?? ''))
        problems.push(`the calendar's "by" must be a date field of "${c.name}"`);
      if (s.view === 'gallery' && by?.type !== 'image')
        problems.push(`the gallery's "by" must be an image field of "${c.name}"`);
      for (const f of s.filters ?? []) if (!fieldOf(c, f)) problems.push(`filter on a missing field "${f}"`);
      if (s.sort && !fieldOf(c, s.sort.field)) problems.push(`sort by a missing field "${s.sort.field}"`);
      for (const t of s.totals ?? [])
        if (!NUMERIC.has(fieldOf(c, t)?.type ?? ''))
          problems.push(`total of "${t}", which is not a number field`);
      for (const a of s.actions ?? [])
        for (const name of Object.keys(a.set)) {
          const f = fieldOf(c, name);
          if (!f) problems.push(`action "${a.label}" sets a missing field "${name}"`);
          else if (f.formula) problems.push(`action "${a.label}" sets the computed field "${name}"`);
        }
      break;
    }
    case 'stats':
      for (const f of s.figures) {
        const c = collectionNamed(f.collection);
        if (!c) continue;
        if (f.fn !== 'count' && !fieldOf(c, f.field))
          problems.push(`figure "${f.label}" names a missing field "${f.field ?? ''}"`);
        if (f.period && !DATES.has(fieldOf(c, f.period.field)?.type ?? ''))
          problems.push(`figure "${f.label}": period field "${f.period.field}" is not a date field`);
        if (f.where) problems.push(...checkExpr(f.where, c, byName).map((p) => `figure "${f.label}": ${p}`));
        if (f.show === 'record' && f.fn !== 'max' && f.fn !== 'min')
          problems.push(`figure "${f.label}" names a record, which only a max or min has`);
      }
      break;
    case 'chart': {
      const c = collectionNamed(s.collection);
      if (!c) break;
      if (!fieldOf(c, s.by)) problems.push(`the chart groups by a missing field "${s.by}"`);
      else if (s.every && !DATES.has(fieldOf(c, s.by)?.type ?? ''))
        problems.push(`the chart groups by ${s.every}, but "${s.by}" is not a date field`);
      if (s.fn !== 'count' && !fieldOf(c, s.field))
        problems.push(`the chart names a missing field "${s.field ?? ''}"`);
      break;
    }
    case 'form':
      collectionNamed(s.collection);
      break;
    case 'hero':
      if (s.action && !s.action.target.startsWith('#') && !pageIds.has(s.action.target))
        problems.push(`the button goes to a missing page "${s.action.target}"`);
      break;
    default:
      break;
  }
  return problems;
}
