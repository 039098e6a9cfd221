import jsep from 'jsep';
import type { CalcExpr } from './calculator.types.js';

// Formula strings of the catalogue ("weight / pow(height / 100, 2)") become the JSON expressions the
// generated app evaluates. jsep parses them (a well-kept expression parser); only arithmetic,
// comparisons, `c ? a : b` and the calculator functions are accepted, so nothing becomes code.

jsep.addBinaryOp('^', 11, true);

const BINARY: Readonly<Record<string, string>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '%': 'mod',
  '^': 'pow',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '==': 'eq',
  '!=': 'ne',
  '&&': 'and',
  '||': 'or',
};

/** Functions a formula may call, with the evaluator's operator of the same name. */
export const FORMULA_FUNCTIONS = [
  'abs',
  'addDays',
  'ceil',
  'daysBetween',
  'exp',
  'floor',
  'if',
  'ln',
  'log10',
  'max',
  'min',
  'monthsBetween',
  'pow',
  'round',
  'sqrt',
  'today',
  'trunc',
  'weekday',
  'weekdayName',
  'yearsBetween',
  'zoneOffset',
  'zoneTime',
] as const;
const FUNCTIONS = new Set<string>(FORMULA_FUNCTIONS);

function convert(node: jsep.Expression, source: string): CalcExpr {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (value === null || ['number', 'string', 'boolean'].includes(typeof value))
        return { value: value as number | string | boolean | null };
      break;
    }
    case 'Identifier':
      return { ref: (node as jsep.Identifier).name };
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      if (u.operator === '-') return { op: 'neg', args: [convert(u.argument, source)] };
      if (u.operator === '+') return convert(u.argument, source);
      if (u.operator === '!') return { op: 'not', args: [convert(u.argument, source)] };
      break;
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const op = BINARY[b.operator];
      if (op) return { op, args: [convert(b.left, source), convert(b.right, source)] };
      break;
    }
    case 'ConditionalExpression': {
      const c = node as jsep.ConditionalExpression;
      return {
        op: 'if',
        args: [convert(c.test, source), convert(c.consequent, source), convert(c.alternate, source)],
      };
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      const name = call.callee.type === 'Identifier' ? (call.callee as jsep.Identifier).name : '';
      if (FUNCTIONS.has(name)) return { op: name, args: call.arguments.map((a) => convert(a, source)) };
      throw new Error(`formula "${source}": unknown function ${name || '(expression)'}`);
    }
  }
  throw new Error(`formula "${source}": ${node.type} is not allowed`);
}

/** "a * (1 + b)" -> { op: 'mul', args: [...] }; throws on anything but a formula. */
export function compileFormula(source: string): CalcExpr {
  return convert(jsep(source), source);
}

/** Names a compiled formula refers to. */
export function refsOf(expr: CalcExpr): string[] {
  if ('ref' in expr) return [expr.ref];
  if ('op' in expr) return expr.args.flatMap(refsOf);
  return [];
}
