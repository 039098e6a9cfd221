// Short constructors for knowledge-base entries, so a domain reads like data: fields, formulas, pages and
// site sections in one line each. They only build plain spec objects; nothing here decides anything.
import type {
  Aggregate,
  AggregateFn,
  ChartSection,
  CollectionSection,
  CollectionSpec,
  Expr,
  ExprOp,
  FieldSpec,
  FieldType,
  FormSection,
  HeroSection,
  PageSpec,
  PricingSection,
  Rollup,
  RuleSpec,
  SectionSpec,
  StatsSection,
  ViewKind,
} from '@isekai/contracts';

// ---- Fields -------------------------------------------------------------------------------------------

type FieldOptions = Partial<Omit<FieldSpec, 'name' | 'label' | 'type'>>;

const typed =
  (type: FieldType) =>
  (name: string, label: string, options: FieldOptions = {}): FieldSpec => ({ name, label, type, ...options });

export const text = typed('text');
export const longtext = typed('longtext');
export const num = typed('number');
export const money = typed('money');
export const date = typed('date');
export const datetime = typed('datetime');
export const time = typed('time');
export const bool = typed('boolean');
export const rating = typed('rating');
export const url = typed('url');
export const email = typed('email');
export const phone = typed('phone');
export const tags = typed('tags');
export const color = typed('color');
export const image = typed('image');

export const choice = (
  name: string,
  label: string,
  options: string[],
  more: FieldOptions = {},
): FieldSpec => ({
  name,
  label,
  type: 'choice',
  options,
  ...more,
});

/** A relation: the record of `collection` this one belongs to (a loan's book). */
export const ref = (name: string, label: string, collection: string, more: FieldOptions = {}): FieldSpec => ({
  name,
  label,
  type: 'reference',
  ref: collection,
  ...more,
});

/** A read-only value the app works out from the record. */
export const computed = (
  name: string,
  label: string,
  type: FieldType,
  formula: Expr,
  more: FieldOptions = {},
): FieldSpec => ({ name, label, type, formula, ...more });

export const collection = (
  name: string,
  label: string,
  plural: string,
  fields: FieldSpec[],
  more: Pick<CollectionSpec, 'titleField' | 'rules' | 'samples'> = {},
): CollectionSpec => ({ name, label, plural, fields, ...more });

export const rule = (check: Expr, message: string): RuleSpec => ({ check, message });

// ---- Formulas -----------------------------------------------------------------------------------------

type Arg = Expr | number;

const wrap = (arg: Arg): Expr => (typeof arg === 'number' ? { value: arg } : arg);
const op =
  (name: ExprOp) =>
  (...args: Arg[]): Expr => ({ op: name, args: args.map(wrap) });

/** A field of this record. */
export const $ = (field: string): Expr => ({ field });
/** A constant; numbers may also be passed straight to the operators. */
export const val = (value: number | string | boolean | null): Expr => ({ value });
export const today: Expr = { today: true };
export const lookup = (via: string, field: string): Expr => ({ lookup: { via, field } });
export const rollup = (
  collection: string,
  fn: AggregateFn,
  more: Omit<Rollup, 'collection' | 'fn'> = {},
): Expr => ({
  rollup: { collection, fn, ...more },
});

export const add = op('add');
export const sub = op('sub');
export const mul = op('mul');
export const div = op('div');
export const neg = op('neg');
export const round = op('round');
export const lt = op('lt');
export const lte = op('lte');
export const gt = op('gt');
export const gte = op('gte');
export const eq = op('eq');
export const ne = op('ne');
export const and = op('and');
export const or = op('or');
export const not = op('not');
export const iff = op('if');
export const isEmpty = op('isEmpty');
export const daysBetween = op('daysBetween');

/** A date has passed and the thing is not done: an overdue loan, a late invoice. */
export const overdue = (dueField: string, doneField: string): Expr =>
  and(lt($(dueField), today), not($(doneField)));

/** Whole years since a date: age from a birth date. */
export const yearsSince = (dateField: string): Expr => round(div(daysBetween($(dateField), today), 365));

/** An end that, when given, is not before the start: "Return date must be on or after the loan date". */
export const notBefore = (endField: string, startField: string, message: string): RuleSpec =>
  rule(or(isEmpty($(endField)), gte($(endField), $(startField))), message);

// ---- Pages and data sections --------------------------------------------------------------------------

export const page = (id: string, title: string, ...sections: SectionSpec[]): PageSpec => ({
  id,
  title,
  sections,
});

type ViewOptions = Omit<CollectionSection, 'type' | 'collection' | 'view' | 'by'>;

const viewOf =
  (view: ViewKind) =>
  (collectionName: string, options: ViewOptions = {}): CollectionSection => ({
    type: 'collection',
    collection: collectionName,
    view,
    ...options,
  });
const viewBy =
  (view: ViewKind) =>
  (collectionName: string, by: string, options: ViewOptions = {}): CollectionSection => ({
    type: 'collection',
    collection: collectionName,
    view,
    by,
    ...options,
  });

export const table = viewOf('table');
export const cards = viewOf('cards');
export const list = viewOf('list');
/** Columns are the values of the choice field `by`. */
export const board = viewBy('board');
/** Records placed on the date field `by`. */
export const calendar = viewBy('calendar');
/** Pictures from the image field `by`. */
export const gallery = viewBy('gallery');

export const asc = (field: string) => ({ field, direction: 'asc' as const });
export const desc = (field: string) => ({ field, direction: 'desc' as const });

export const stats = (...figures: Aggregate[]): StatsSection => ({ type: 'stats', figures });

type FigureOptions = Omit<Aggregate, 'label' | 'collection' | 'fn' | 'field'>;

export const count = (label: string, collectionName: string, more: FigureOptions = {}): Aggregate => ({
  label,
  collection: collectionName,
  fn: 'count',
  ...more,
});
export const total = (
  label: string,
  collectionName: string,
  field: string,
  more: FigureOptions = {},
): Aggregate => ({
  label,
  collection: collectionName,
  fn: 'sum',
  field,
  ...more,
});
export const average = (
  label: string,
  collectionName: string,
  field: string,
  more: FigureOptions = {},
): Aggregate => ({ label, collection: collectionName, fn: 'average', field, ...more });

export const chart = (
  title: string,
  collectionName: string,
  kind: ChartSection['chart'],
  fn: AggregateFn,
  by: string,
  field?: string,
): ChartSection => ({
  type: 'chart',
  title,
  collection: collectionName,
  chart: kind,
  fn,
  by,
  ...(field ? { field } : {}),
});

// ---- Site sections (copy may use {name} and {topic}; the engine re-titles them from the prompt) -------

export const hero = (heading: string, body: string, action?: HeroSection['action']): HeroSection => ({
  type: 'hero',
  heading,
  text: body,
  ...(action ? { action } : {}),
});

/** [title, text] pairs. */
export const features = (title: string, items: [string, string][], intro?: string): SectionSpec => ({
  type: 'features',
  title,
  ...(intro ? { intro } : {}),
  items: items.map(([t, body]) => ({ title: t, text: body })),
});

export const pricing = (title: string, items: PricingSection['items'], intro?: string): SectionSpec => ({
  type: 'pricing',
  title,
  ...(intro ? { intro } : {}),
  items,
});

/** [quote, name, role] triples. */
export const testimonials = (title: string, items: [string, string, string?][]): SectionSpec => ({
  type: 'testimonials',
  title,
  items: items.map(([quote, name, role]) => ({ quote, name, ...(role ? { role } : {}) })),
});

/** [question, answer] pairs. */
export const faq = (title: string, items: [string, string][]): SectionSpec => ({
  type: 'faq',
  title,
  items: items.map(([question, answer]) => ({ question, answer })),
});

/** [title, caption] pairs; the pictures are drawn, not fetched. */
export const pictures = (title: string, items: [string, string?][]): SectionSpec => ({
  type: 'gallery',
  title,
  items: items.map(([t, caption]) => ({ title: t, ...(caption ? { caption } : {}) })),
});

/** [name, role, bio] triples. */
export const team = (title: string, items: [string, string, string?][]): SectionSpec => ({
  type: 'team',
  title,
  items: items.map(([name, role, bio]) => ({ name, role, ...(bio ? { bio } : {}) })),
});

/** Groups of [name, price, description] dishes. */
export const menu = (title: string, groups: [string, [string, string, string?][]][]): SectionSpec => ({
  type: 'menu',
  title,
  items: groups.map(([name, dishes]) => ({
    name,
    items: dishes.map(([dish, price, description]) => ({
      name: dish,
      price,
      ...(description ? { description } : {}),
    })),
  })),
});

/** [when, title, detail] triples. */
export const schedule = (title: string, items: [string, string, string?][]): SectionSpec => ({
  type: 'schedule',
  title,
  items: items.map(([when, t, detail]) => ({ when, title: t, ...(detail ? { detail } : {}) })),
});

/** [days, hours] pairs. */
export const hours = (title: string, items: [string, string][]): SectionSpec => ({
  type: 'hours',
  title,
  items: items.map(([days, h]) => ({ days, hours: h })),
});

export const prose = (title: string, body: string): SectionSpec => ({ type: 'text', title, body });

export const form = (
  title: string,
  collectionName: string,
  submitLabel: string,
  thanks: string,
  intro?: string,
): FormSection => ({
  type: 'form',
  title,
  collection: collectionName,
  submitLabel,
  thanks,
  ...(intro ? { intro } : {}),
});

/** A page left out of the navigation where the site's owner reads what the forms stored. */
export const inbox = (
  id: string,
  title: string,
  collectionName: string,
  options: ViewOptions = {},
): PageSpec => ({
  id,
  title,
  nav: false,
  sections: [table(collectionName, { form: false, search: true, exportCsv: true, ...options })],
});
