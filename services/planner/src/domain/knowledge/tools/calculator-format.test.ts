import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The app's own module, loaded here as the page loads it.
type Format = (value: unknown, output: { format: string; digits?: number }) => string;
const modulePath = fileURLToPath(
  new URL('../../../../assets/app/public/js/tools/calculator/format.js', import.meta.url),
);
const { formatOutput } = (await import(modulePath)) as { formatOutput: Format };

describe("a calculator's answer as shown", () => {
  it('keeps three significant digits of a number, more than the output asks when it is small', () => {
    expect(formatOutput(24.137, { format: 'integer' })).toBe('24.1');
    expect(formatOutput(7.037, { format: 'number', digits: 0 })).toBe('7.04');
    expect(formatOutput(0.01234, { format: 'number' })).toBe('0.0123');
    expect(formatOutput(1780.5, { format: 'integer' })).toBe('1,781');
    expect(formatOutput(59, { format: 'integer' })).toBe('59');
  });

  it('asks no more of money than cents, and no fewer of a number than its digits', () => {
    expect(formatOutput(0.004, { format: 'money' })).toBe('0.00');
    expect(formatOutput(355.5729, { format: 'money' })).toBe('355.57');
    expect(formatOutput(3.14159, { format: 'number', digits: 4 })).toBe('3.1416');
  });
});
