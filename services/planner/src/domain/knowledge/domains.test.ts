import type { CollectionSpec, Expr, FieldSpec, SectionSpec } from '@isekai/contracts';
import { describe, expect, it } from 'vitest';
import type { DomainEntry } from './domain.types.js';
import { DOMAINS } from './domains/index.js';

/**
 * Synonyms two entries share on purpose: a word that really names both kinds of app, left for the
 * prompt's other words to decide. Any other shared synonym is a mistake in one of the entries.
 */
const SHARED_SYNONYMS: Record<string, string[]> = {};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = new Set(['number', 'money', 'rating']);
/** How many arguments each operator takes: [fewest, most]. */
const ARITY: Record<string, [number, number]> = {
  neg: [1, 1],
  round: [1, 1],
  not: [1, 1],
  isEmpty: [1, 1],
  if: [3, 3],
  add: [2, 9],
  mul: [2, 9],
  and: [2, 9],
  or: [2, 9],
};
const YES_NO_OPS = new Set(['lt', 'lte', 'gt', 'gte', 'eq', 'ne', 'and', 'or', 'not', 'isEmpty']);
const DATES = new Set(['date', 'datetime']);

/** What names a record: its titleField, else its first text field (what sample references hold). */
function titleOf(c: CollectionSpec): string | undefined {
  return c.titleField ?? c.fields.find((f) => f.type === 'text')?.name;
}

/** Every problem in one entry, each as "entry-id: path: what is wrong". */
function problemsOf(entry: DomainEntry): string[] {
  const problems: string[] = [];
  const say = (path: string, what: string) => problems.push(`${entry.id}: ${path}: ${what}`);
  const byName = new Map(entry.collections.map((c) => [c.name, c]));
  const fieldOf = (c: CollectionSpec | undefined, name: string) => c?.fields.find((f) => f.name === name);

  if (!KEBAB.test(entry.id)) say('id', 'is not kebab-case');
  if (entry.synonyms.length < 8) say('synonyms', `has ${entry.synonyms.length}, needs at least 8`);
  if (!entry.description.trim()) say('description', 'is empty');
  if (entry.collections.length < 1 || entry.collections.length > 5) say('collections', 'needs 1 to 5');

  /** Checks a formula evaluated on a record of `home`. */
  const checkExpr = (expr: Expr, home: CollectionSpec, path: string): void => {
    if ('field' in expr) {
      if (!fieldOf(home, expr.field)) say(path, `field "${expr.field}" is not in ${home.name}`);
    } else if ('op' in expr) {
      const [fewest, most] = ARITY[expr.op] ?? [2, 2];
      if (expr.args.length < fewest || expr.args.length > most)
        say(
          path,
          `${expr.op} takes ${fewest === most ? fewest : `${fewest} to ${most}`} arguments, not ${expr.args.length}`,
        );
      expr.args.forEach((arg, i) => checkExpr(arg, home, `${path}.${expr.op}[${i}]`));
    } else if ('lookup' in expr) {
      const via = fieldOf(home, expr.lookup.via);
      if (via?.type !== 'reference')
        say(path, `lookup via "${expr.lookup.via}" is not a reference of ${home.name}`);
      else if (!fieldOf(byName.get(via.ref ?? ''), expr.lookup.field))
        say(path, `lookup field "${expr.lookup.field}" is not in ${via.ref}`);
    } else if ('rollup' in expr) {
      const r = expr.rollup;
      const other = byName.get(r.collection);
      if (!other) {
        say(path, `rollup collection "${r.collection}" does not exist`);
        return;
      }
      if (r.fn !== 'count' && !r.field) say(path, `rollup ${r.fn} needs a field`);
      if (r.field && !fieldOf(other, r.field)) say(path, `rollup field "${r.field}" is not in ${other.name}`);
      if (r.via) {
        const via = fieldOf(other, r.via);
        if (via?.type !== 'reference' || via.ref !== home.name)
          say(path, `rollup via "${r.via}" is not a reference of ${other.name} to ${home.name}`);
      } else if (r.match) {
        if (!fieldOf(other, r.match) || !fieldOf(home, r.match))
          say(path, `rollup match "${r.match}" is not in both ${home.name} and ${other.name}`);
      } else if (!other.fields.some((f) => f.type === 'reference' && f.ref === home.name)) {
        say(path, `rollup over ${other.name} has no via, no match and no reference to ${home.name}`);
      }
      if (r.period && !DATES.has(fieldOf(other, r.period.field)?.type ?? ''))
        say(path, `rollup period field "${r.period.field}" is not a date of ${other.name}`);
      if (r.where) checkExpr(r.where, other, `${path}.where`);
    }
  };

  const checkSample = (c: CollectionSpec, sample: Record<string, unknown>, path: string): void => {
    for (const [key, value] of Object.entries(sample)) {
      const field = fieldOf(c, key);
      const at = `${path}.${key}`;
      if (!field) {
        say(at, 'is not a field');
        continue;
      }
      if (field.formula) say(at, 'is computed and must not be in samples');
      const wrong = (what: string) => say(at, `${JSON.stringify(value)} ${what}`);
      if (field.type === 'reference') {
        const target = byName.get(field.ref ?? '');
        const title = target && titleOf(target);
        if (!target?.samples?.some((s) => title && s[title] === value))
          wrong(`is not the title of a sample in ${field.ref}`);
      } else if (field.type === 'choice') {
        if (!field.options?.includes(value as string)) wrong(`is not among the options`);
      } else if (NUMERIC.has(field.type)) {
        if (typeof value !== 'number') wrong('is not a number');
        else if (
          (field.min !== undefined && value < field.min) ||
          (field.max !== undefined && value > field.max)
        )
          wrong('is out of range');
      } else if (field.type === 'boolean') {
        if (typeof value !== 'boolean') wrong('is not a boolean');
      } else if (field.type === 'tags') {
        if (!Array.isArray(value) || !value.every((t) => typeof t === 'string'))
          wrong('is not a list of words');
      } else if (field.type === 'email') {
        if (typeof value !== 'string' || !value.includes('@')) wrong('is not an email address');
      } else if (field.type === 'date') {
        if (typeof value !== 'string' || !ISO_DATE.test(value)) wrong('is not YYYY-MM-DD');
      } else if (typeof value !== 'string') {
        wrong('is not text');
      }
    }
    for (const f of c.fields)
      if (f.required && !f.formula && sample[f.name] === undefined) say(`${path}.${f.name}`, 'is required');
  };

  const names = new Set<string>();
  entry.collections.forEach((c) => {
    const at = `collections.${c.name}`;
    if (!CAMEL.test(c.name)) say(at, 'name is not camelCase');
    if (names.has(c.name)) say(at, 'name is used twice');
    names.add(c.name);
    if (!entry.aliases[c.name]?.length) say(`aliases.${c.name}`, 'is missing');
    if (c.fields.length < 3 || c.fields.length > 9)
      say(`${at}.fields`, `has ${c.fields.length}, needs 3 to 9`);
    const fieldNames = new Set<string>();
    c.fields.forEach((f: FieldSpec) => {
      const fat = `${at}.${f.name}`;
      if (!CAMEL.test(f.name)) say(fat, 'name is not camelCase');
      if (fieldNames.has(f.name)) say(fat, 'name is used twice');
      fieldNames.add(f.name);
      if (f.type === 'reference' && !byName.has(f.ref ?? ''))
        say(fat, `refers to missing collection "${f.ref}"`);
      if (f.type === 'choice' && !(f.options && f.options.length >= 2)) say(fat, 'choice needs options');
      if (f.formula) checkExpr(f.formula, c, `${fat}.formula`);
      if (f.formula && f.type === 'boolean' && !('op' in f.formula && YES_NO_OPS.has(f.formula.op)))
        say(fat, 'is a yes/no field whose formula is not a comparison');
      if (f.formula && f.required) say(fat, 'is computed and cannot be required');
      if (f.type === 'choice' && f.default !== undefined && !f.options?.includes(String(f.default)))
        say(fat, `default "${f.default}" is not among the options`);
      if (DATES.has(f.type) && f.default !== undefined && !/^today(?:[+-]\d+)?$/.test(String(f.default)))
        say(fat, 'a date default must be "today" or "today+N"');
    });
    if (c.titleField && !fieldOf(c, c.titleField))
      say(`${at}.titleField`, `"${c.titleField}" is not a field`);
    if (!titleOf(c)) say(at, 'has no text field and no titleField to name its records');
    c.rules?.forEach((r, i) => {
      checkExpr(r.check, c, `${at}.rules[${i}]`);
      if (!r.message.trim()) say(`${at}.rules[${i}]`, 'has no message');
      // "departure after arrival": a new record's form opens with dates that keep the rule, so a person
      // who changes nothing else is not refused.
      const [later, earlier] = 'op' in r.check && r.check.op === 'gt' ? r.check.args : [];
      const dateOf = (e: Expr | undefined) =>
        e && 'field' in e ? c.fields.find((f) => f.name === e.field && DATES.has(f.type)) : undefined;
      const [to, from] = [dateOf(later), dateOf(earlier)];
      if (to && from && !(to.default === 'today+1' && from.default === 'today'))
        say(`${at}.rules[${i}]`, `${to.name} and ${from.name} open without dates that keep the rule`);
    });
    const samples = c.samples ?? [];
    if (samples.length < 2 || samples.length > 4) say(`${at}.samples`, `has ${samples.length}, needs 2 to 4`);
    samples.forEach((s, i) => checkSample(c, s, `${at}.samples[${i}]`));
  });

  const aliasOwner = new Map<string, string>();
  for (const [key, words] of Object.entries(entry.aliases)) {
    if (!byName.has(key)) say(`aliases.${key}`, 'names no collection');
    for (const word of words) {
      if (word !== word.toLowerCase()) say(`aliases.${key}`, `"${word}" is not lower case`);
      const owner = aliasOwner.get(word);
      if (owner && owner !== key) say(`aliases.${key}`, `"${word}" also names ${owner}`);
      aliasOwner.set(word, key);
    }
  }
  for (const name of entry.core) if (!byName.has(name)) say(`core.${name}`, 'is not a collection');
  if (entry.core.length === 0) say('core', 'is empty');

  const pageIds = new Set(entry.pages.map((p) => p.id));
  if (pageIds.size !== entry.pages.length) say('pages', 'ids are not unique');
  if (entry.pages.length === 0) say('pages', 'is empty');

  const checkSection = (s: SectionSpec, path: string): void => {
    const needField = (c: CollectionSpec, name: string, what: string, types?: Set<string>) => {
      const f = fieldOf(c, name);
      if (!f) say(path, `${what} "${name}" is not a field of ${c.name}`);
      else if (types && !types.has(f.type))
        say(path, `${what} "${name}" is ${f.type}, not ${[...types].join('/')}`);
      return f;
    };
    switch (s.type) {
      case 'collection': {
        const c = byName.get(s.collection);
        if (!c) {
          say(path, `collection "${s.collection}" does not exist`);
          return;
        }
        const byTypes = { board: ['choice'], calendar: ['date', 'datetime'], gallery: ['image'] } as const;
        const wanted = byTypes[s.view as keyof typeof byTypes];
        if (wanted && !s.by) say(path, `${s.view} needs "by"`);
        if (s.by) needField(c, s.by, `${s.view} by`, wanted ? new Set(wanted) : undefined);
        s.filters?.forEach((name) =>
          needField(c, name, 'filter', new Set(['choice', 'boolean', 'reference', 'tags'])),
        );
        if (s.sort) needField(c, s.sort.field, 'sort');
        s.totals?.forEach((name) => needField(c, name, 'total', new Set(['number', 'money'])));
        s.actions?.forEach((a) =>
          Object.entries(a.set).forEach(([name, value]) => {
            const f = needField(c, name, `action "${a.label}" sets`);
            if (f?.formula) say(path, `action "${a.label}" sets computed "${name}"`);
            if (f?.type === 'choice' && !f.options?.includes(String(value)))
              say(path, `action "${a.label}" sets ${name} to "${value}", not an option`);
            if (f && DATES.has(f.type) && value !== 'today')
              say(path, `action "${a.label}" sets a date not "today"`);
            if (f?.type === 'boolean' && typeof value !== 'boolean')
              say(path, `action "${a.label}" sets a boolean to ${value}`);
          }),
        );
        return;
      }
      case 'stats':
        return s.figures.forEach((fig) => {
          const c = byName.get(fig.collection);
          if (!c) {
            say(path, `figure "${fig.label}" counts missing collection "${fig.collection}"`);
            return;
          }
          if (fig.fn !== 'count' && !fig.field) say(path, `figure "${fig.label}" needs a field`);
          if (fig.field) needField(c, fig.field, `figure "${fig.label}"`, NUMERIC);
          if (fig.period) needField(c, fig.period.field, `figure "${fig.label}" period`, DATES);
          if (fig.where) checkExpr(fig.where, c, `${path}.${fig.label}.where`);
        });
      case 'chart': {
        const c = byName.get(s.collection);
        if (!c) {
          say(path, `chart collection "${s.collection}" does not exist`);
          return;
        }
        needField(c, s.by, 'chart by');
        if (s.fn !== 'count' && !s.field) say(path, 'chart needs a field');
        if (s.field) needField(c, s.field, 'chart field', NUMERIC);
        return;
      }
      case 'form':
        if (!byName.has(s.collection)) say(path, `form stores into missing collection "${s.collection}"`);
        return;
      case 'hero':
        if (s.action && !s.action.target.startsWith('#') && !pageIds.has(s.action.target))
          say(path, `hero button goes to missing page "${s.action.target}"`);
        return;
      case 'pricing':
        if (s.items.length !== 3) say(path, 'pricing needs 3 tiers');
        return;
      default:
        return;
    }
  };
  entry.pages.forEach((p) => {
    if (!KEBAB.test(p.id)) say(`pages.${p.id}`, 'id is not kebab-case');
    if (p.sections.length === 0) say(`pages.${p.id}`, 'has no sections');
    p.sections.forEach((s, i) => checkSection(s, `pages.${p.id}.sections[${i}]`));
  });

  const sections = entry.pages.flatMap((p) => p.sections);
  if (entry.kind === 'site') {
    // A site opens on a hero, stores what its visitors send, and its copy can be re-titled.
    if (entry.pages[0]?.sections[0]?.type !== 'hero')
      say('pages[0]', 'a site\u2019s home page starts with a hero');
    const forms = sections.filter((s) => s.type === 'form');
    if (forms.length === 0) say('pages', 'a site has no form');
    for (const c of entry.collections)
      if (!forms.some((f) => f.collection === c.name)) say(`collections.${c.name}`, 'no form stores into it');
    if (!JSON.stringify(entry.pages).includes('{name}')) say('pages', 'site copy never uses {name}');
  } else {
    if (JSON.stringify(entry).match(/\{(name|topic)\}/))
      say('pages', '{name}/{topic} placeholders belong to sites');
    for (const name of entry.core)
      if (!sections.some((s) => 'collection' in s && s.collection === name && s.type === 'collection'))
        say(`core.${name}`, 'has no page that lists it');
  }
  return problems;
}

describe('knowledge base of domains', () => {
  it('has at least 60 domains, 12 of them sites', () => {
    expect(DOMAINS.length).toBeGreaterThanOrEqual(60);
    expect(DOMAINS.filter((d) => d.kind === 'site').length).toBeGreaterThanOrEqual(12);
  });

  it('gives every domain its own id', () => {
    const seen = new Set<string>();
    const twice = DOMAINS.map((d) => d.id).filter((id) => seen.has(id) || !seen.add(id));
    expect(twice).toEqual([]);
  });

  it.each(DOMAINS.map((d) => [d.id, d] as const))('%s is consistent', (_id, entry) => {
    expect(problemsOf(entry)).toEqual([]);
  });

  it('lists a synonym under two domains only where intended', () => {
    const owners = new Map<string, string[]>();
    for (const d of DOMAINS)
      for (const word of new Set(d.synonyms.map((s) => s.toLowerCase().trim())))
        owners.set(word, [...(owners.get(word) ?? []), d.id]);
    const unintended = [...owners]
      .filter(([word, ids]) => ids.length > 1 && ids.some((id) => !SHARED_SYNONYMS[word]?.includes(id)))
      .map(([word, ids]) => `"${word}": ${ids.join(', ')}`);
    expect(unintended).toEqual([]);
  });

  it('lists a synonym only once within a domain', () => {
    const repeated = DOMAINS.flatMap((d) => {
      const words = d.synonyms.map((s) => s.toLowerCase().trim());
      return words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${d.id}: "${w}"`);
    });
    expect(repeated).toEqual([]);
  });
});
