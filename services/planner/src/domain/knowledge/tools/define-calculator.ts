import type { ToolEntry } from '../tool.types.js';
import type { CalcExtra, CalcInput, CalcOutput, CalculatorDecl } from './calculator.types.js';
import { compileFormula } from './compile-formula.js';

/** A calculator as written in the catalogue: formulas as strings, compiled once when the module loads. */
export interface CalculatorSource {
  id: string;
  name: string;
  synonyms: string[];
  description: string;
  inputs: CalcInput[];
  /** name -> formula, in order; each may use inputs and the formulas before it. */
  formulas?: Record<string, string>;
  outputs: (Omit<CalcOutput, 'value'> & { value: string })[];
  explanation: string;
  checks?: { check: string; message: string }[];
  extras?: CalcExtra[];
  notes?: string[];
}

/** The blueprint every calculator section uses; the declaration is `options.calculator`. */
export const CALCULATOR_BLUEPRINT = 'calculator';

export function defineCalculator(source: CalculatorSource): ToolEntry {
  const calculator: CalculatorDecl = {
    inputs: source.inputs,
    formulas: Object.entries(source.formulas ?? {}).map(([name, f]) => ({ name, value: compileFormula(f) })),
    outputs: source.outputs.map((o) => ({ ...o, value: compileFormula(o.value) })),
    explanation: source.explanation,
    ...(source.checks && {
      checks: source.checks.map((c) => ({ check: compileFormula(c.check), message: c.message })),
    }),
    ...(source.extras && { extras: source.extras }),
  };
  return {
    id: source.id,
    name: source.name,
    kind: 'calculator',
    synonyms: source.synonyms,
    description: source.description,
    options: { calculator },
    ...(source.notes && { notes: source.notes }),
  };
}

/** A number input; most calculator inputs are one. */
export function numberInput(
  name: string,
  label: string,
  defaults: Omit<CalcInput, 'name' | 'label' | 'kind'> & { kind?: CalcInput['kind'] } = {},
): CalcInput {
  return { name, label, kind: 'number', ...defaults };
}
