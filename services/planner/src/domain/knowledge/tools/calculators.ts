import type { ToolEntry } from '../tool.types.js';
import { DATE_CALCULATORS } from './calculators/dates.js';
import { HEALTH_CALCULATORS } from './calculators/health.js';
import { HOUSEHOLD_CALCULATORS } from './calculators/household.js';
import { LOAN_CALCULATORS } from './calculators/loans.js';
import { SAVINGS_CALCULATORS } from './calculators/savings.js';
import { SCHOOL_CALCULATORS } from './calculators/school.js';
import { SHOPPING_CALCULATORS } from './calculators/shopping.js';
import { UNIT_CONVERTERS } from './calculators/units.js';
import { WORLD_CALCULATORS } from './calculators/world.js';

/** Every calculator: one `calculator` section blueprint, the declaration in `options.calculator`. */
export const CALCULATOR_TOOLS: readonly ToolEntry[] = [
  ...LOAN_CALCULATORS,
  ...SAVINGS_CALCULATORS,
  ...SHOPPING_CALCULATORS,
  ...HOUSEHOLD_CALCULATORS,
  ...WORLD_CALCULATORS,
  ...HEALTH_CALCULATORS,
  ...SCHOOL_CALCULATORS,
  ...DATE_CALCULATORS,
  ...UNIT_CONVERTERS,
];
