// A calculator as the generated app's `tools/calculator.js` reads it from `section.options.calculator`:
// inputs -> named formulas -> outputs, an explanation in plain words, and checks across inputs. The
// expressions are JSON (see `assets/app/public/js/tools/calc-eval.mjs`), compiled from formula strings.

export type CalcExpr =
  { value: number | string | boolean | null } | { ref: string } | { op: string; args: CalcExpr[] };

export const CALC_INPUT_KINDS = ['number', 'money', 'percent', 'date', 'datetime', 'select'] as const;
export type CalcInputKind = (typeof CALC_INPUT_KINDS)[number];

export const CALC_FORMATS = [
  'number',
  'integer',
  'money',
  'percent',
  'date',
  'datetime',
  'duration',
  'text',
] as const;
export type CalcFormat = (typeof CALC_FORMATS)[number];

export interface CalcInput {
  /** camelCase; formulas refer to it. */
  name: string;
  label: string;
  kind: CalcInputKind;
  unit?: string;
  /** A number, or "today" / "now" for dates. */
  default?: number | string;
  min?: number;
  max?: number;
  step?: number;
  /** false: may be left empty (an optional extra payment). */
  required?: boolean;
  /** Said when the value is out of range (default: one made from the label and the limit). */
  message?: string;
  /** `select`: what a person picks and the value a formula gets. */
  options?: { label: string; value: number | string }[];
}

export interface CalcOutput {
  label: string;
  value: CalcExpr;
  format: CalcFormat;
  unit?: string;
  /** Decimals shown (default per format: 2 for number/money/percent). */
  digits?: number;
}

/**
 * Extras drawn under the outputs, each reading values by name from the inputs and formulas:
 * a loan's amortization table, compound growth as a chart, rates a person can edit.
 */
export type CalcExtra =
  | { kind: 'amortization'; principal: string; rate: string; years: string; extra?: string }
  | {
      kind: 'growth';
      principal: string;
      rate: string;
      years: string;
      contribution?: string;
      perYear?: string;
    }
  | { kind: 'rates'; selects: string[]; base: string };

export interface CalculatorDecl {
  inputs: CalcInput[];
  /** Intermediate values in order; each may use inputs and earlier formulas. */
  formulas?: { name: string; value: CalcExpr }[];
  outputs: CalcOutput[];
  /** The formula in plain words. */
  explanation: string;
  checks?: { check: CalcExpr; message: string }[];
  extras?: CalcExtra[];
}
