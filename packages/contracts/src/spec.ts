// AppSpec v2: what the planner understood, as a composition a person can read and a change prompt can
// edit. An app is collections of records (with relations, computed fields and rules) and pages made of
// sections that show them, plus content sections and a theme. Tools and games keep a blueprint of
// their own and its options.

export const SPEC_VERSION = 2 as const;

export const FIELD_TYPES = [
  'text',
  'longtext',
  'number',
  'money',
  'date',
  'datetime',
  'time',
  'boolean',
  'rating',
  'choice',
  'url',
  'email',
  'phone',
  'tags',
  'color',
  'image',
  'reference',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Operators of a formula; each takes `args` in order (`sub`: a − b, `lt`: a < b, `if`: cond, then, else). */
export const EXPR_OPS = [
  'add',
  'sub',
  'mul',
  'div',
  'neg',
  'round',
  'lt',
  'lte',
  'gt',
  'gte',
  'eq',
  'ne',
  'and',
  'or',
  'not',
  'if',
  'isEmpty',
  'daysBetween',
] as const;
export type ExprOp = (typeof EXPR_OPS)[number];

export const AGGREGATE_FNS = ['sum', 'count', 'average', 'min', 'max'] as const;
export type AggregateFn = (typeof AGGREGATE_FNS)[number];

export const PERIODS = ['today', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Records of another collection that belong to this one, folded into one value. */
export interface Rollup {
  /** The other collection's name. */
  collection: string;
  fn: AggregateFn;
  /** The other collection's field that is summed, averaged...; not needed for `count`. */
  field?: string;
  /** The other collection's reference field that points at this record (default: its first one that does). */
  via?: string;
  /**
   * Instead of `via`: records whose field `match` holds the same value as this record's field `match`
   * (a budget and the transactions of the same category).
   */
  match?: string;
  /** Only records whose date field falls in the current period. */
  period?: { field: string; within: Period };
  /** Only records for which this holds (evaluated on the other record). */
  where?: Expr;
}

/** A formula over a record, evaluated by the generated app; JSON so a change prompt can edit it. */
export type Expr =
  | { field: string }
  | { value: number | string | boolean | null }
  | { today: true }
  | { op: ExprOp; args: Expr[] }
  /** A field of the record a reference points at: the chosen product's price. */
  | { lookup: { via: string; field: string } }
  | { rollup: Rollup };

export interface FieldSpec {
  /** camelCase key used in stored records. */
  name: string;
  /** What a person sees, e.g. "Cooking time". */
  label: string;
  type: FieldType;
  required?: boolean;
  /** Choices for `choice` (and suggestions for `tags`). */
  options?: string[];
  min?: number;
  max?: number;
  /** Unit shown beside numbers, e.g. "min", "kg". */
  unit?: string;
  /** `reference`: the name of the collection whose records this field points at, chosen by their title. */
  ref?: string;
  /** A value the app works out from the record; the field cannot be typed in. */
  formula?: Expr;
  /** What a person reads when the value is refused (default: one made from the label and the limit). */
  message?: string;
  /** The value of a new record's field; "today" for dates. */
  default?: string | number | boolean;
}

/** A check across fields of one record, e.g. "Return date must be after the loan date". */
export interface RuleSpec {
  check: Expr;
  message: string;
}

export interface CollectionSpec {
  /** camelCase singular key, e.g. "loan". */
  name: string;
  /** "Loan" */
  label: string;
  /** "Loans" */
  plural: string;
  fields: FieldSpec[];
  /** The field that names a record in lists, references and details (default: the first text field). */
  titleField?: string;
  rules?: RuleSpec[];
  /** Sample records written on first start, marked as samples in the app and removable at once. */
  samples?: Record<string, unknown>[];
}

export const VIEW_KINDS = ['table', 'cards', 'list', 'board', 'calendar', 'gallery'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/** Records of one collection: a form to add and edit them, a view, and a detail page for each record. */
export interface CollectionSection {
  type: 'collection';
  collection: string;
  view: ViewKind;
  title?: string;
  /** board: the choice field whose values are the columns; calendar: the date field; gallery: the image field. */
  by?: string;
  search?: boolean;
  /** Fields offered as filters (choice, boolean, reference, tags). */
  filters?: string[];
  sort?: { field: string; direction: 'asc' | 'desc' };
  /** Number fields whose total is shown under the view. */
  totals?: string[];
  exportCsv?: boolean;
  importCsv?: boolean;
  /** false: the records are shown, not added here (a dashboard's list). */
  form?: boolean;
  /** Heading of the form and label of its button; default "Add a book" / "Save book". */
  formTitle?: string;
  submitLabel?: string;
  /** One-click changes on a record: "Mark returned" sets returned to true, "Watered today" a date to today. */
  actions?: RecordAction[];
  /** Shows records others add without a reload (a chat, a shared list). */
  live?: boolean;
}

export interface RecordAction {
  label: string;
  /** Field name -> new value; "today" for a date field. Shown only on records where this would change something. */
  set: Record<string, string | number | boolean>;
}

export interface Aggregate {
  label: string;
  collection: string;
  fn: AggregateFn;
  field?: string;
  where?: Expr;
  period?: { field: string; within: Period };
  unit?: string;
  /** 'record': with max or min, the figure names the record that holds the value (the top scorer). */
  show?: 'record';
  /** A figure the value is read against, in the person's words: "Daily goal" 2000, "Limit" 400. */
  goal?: { label: string; value: number };
}

/** Figures over collections: "Books on loan 12", "Spent this month 420.00". */
export interface StatsSection {
  type: 'stats';
  title?: string;
  figures: Aggregate[];
}

/** A chart of one collection: sum/count/average of a field by a field's values or by month of a date. */
export interface ChartSection {
  type: 'chart';
  title: string;
  collection: string;
  chart: 'bar' | 'line' | 'pie';
  fn: AggregateFn;
  field?: string;
  /** Field whose values are the bars; a date field is grouped by month unless `every` says otherwise. */
  by: string;
  /** A date field's groups: each day ("covers per night"), week, month (the default) or year. */
  every?: 'day' | 'week' | 'month' | 'year';
}

export interface HeroSection {
  type: 'hero';
  heading: string;
  text: string;
  /** A button: to a page of this app (its id) or a section on this page (#id). */
  action?: { label: string; target: string };
}

export interface ItemsSection<T extends string, I> {
  type: T;
  title: string;
  intro?: string;
  items: I[];
}

export type FeaturesSection = ItemsSection<'features', { title: string; text: string }>;
export type PricingSection = ItemsSection<
  'pricing',
  { name: string; price: string; period?: string; features: string[]; highlighted?: boolean }
>;
export type TestimonialsSection = ItemsSection<
  'testimonials',
  { quote: string; name: string; role?: string }
>;
export type FaqSection = ItemsSection<'faq', { question: string; answer: string }>;
/** Pictures are drawn (gradients and captions): generated apps have no network to fetch photos. */
export type GallerySection = ItemsSection<'gallery', { title: string; caption?: string }>;
export type TeamSection = ItemsSection<'team', { name: string; role: string; bio?: string }>;
export type MenuSection = ItemsSection<
  'menu',
  { name: string; items: { name: string; price?: string; description?: string }[] }
>;
export type ScheduleSection = ItemsSection<'schedule', { when: string; title: string; detail?: string }>;
export type HoursSection = ItemsSection<'hours', { days: string; hours: string }>;

export interface TextSection {
  type: 'text';
  title: string;
  body: string;
}

/** A form whose submissions are stored in a collection: contact, sign-up, booking, RSVP. */
export interface FormSection {
  type: 'form';
  title: string;
  collection: string;
  intro?: string;
  submitLabel: string;
  /** Shown after a submission is stored. */
  thanks: string;
}

/** One of the tool or game blueprints (a timer, a quiz...) placed on a page with its options. */
export interface ToolSection {
  type: 'tool';
  blueprint: string;
  title?: string;
  options: Record<string, unknown>;
}

export type SectionSpec =
  | CollectionSection
  | StatsSection
  | ChartSection
  | HeroSection
  | FeaturesSection
  | PricingSection
  | TestimonialsSection
  | FaqSection
  | GallerySection
  | TeamSection
  | MenuSection
  | ScheduleSection
  | HoursSection
  | TextSection
  | FormSection
  | ToolSection;
export type SectionType = SectionSpec['type'];

export interface PageSpec {
  /** URL-safe id, e.g. "books"; the first page is the home page. */
  id: string;
  title: string;
  sections: SectionSpec[];
  /** false: reachable by links but not listed in the navigation. */
  nav?: boolean;
}

/** CSS colours (names or hex, stored as the canonical hex) for the parts a person can name. */
export interface ThemeColors {
  background?: string;
  /** Cards, panels and inputs. */
  surface?: string;
  header?: string;
  /** Buttons and other controls. */
  components?: string;
  /** Links, highlights and focus rings. */
  accent?: string;
  text?: string;
}

export interface ThemeSpec {
  mode: 'light' | 'dark';
  colors: ThemeColors;
  font?: 'sans' | 'serif' | 'mono' | 'rounded';
  density?: 'compact' | 'comfortable';
}

/** What the planner understood, in a form a person can read and a change prompt can edit. */
export interface AppSpec {
  version: typeof SPEC_VERSION;
  /** Broad family: "data", "site", "dashboard", "tool", "game", "custom". */
  kind: string;
  /** "composed" for pages of sections; otherwise the tool or game blueprint that renders the app. */
  blueprint: string;
  title: string;
  description: string;
  collections: CollectionSpec[];
  pages: PageSpec[];
  theme: ThemeSpec;
  /** Knowledge-base domains the app was composed from, e.g. ["library"]. */
  domains?: string[];
  /** Stack words read from the prompt (React, Tailwind...), honoured or explained in the plan's notes. */
  stack?: string[];
  /** Blueprint-specific settings (timer lengths, quiz topic...). */
  options: Record<string, unknown>;
}

export const COMPOSED_BLUEPRINT = 'composed';
