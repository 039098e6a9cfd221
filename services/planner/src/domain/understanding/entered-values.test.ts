import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

// A price (or cost, or rate) the person lists on a line is typed in on that line, and the line's total
// is worked out from what was typed, whatever a matched domain would have looked up elsewhere.
describe('values the person enters on a line', () => {
  it.each([
    [
      'bake sale orders where every order has order lines with a cake, a quantity and a price',
      'order line',
      'price',
    ],
    [
      'An order line is a scent, a quantity and a price, and every order has several order lines.',
      'order line',
      'price',
    ],
    [
      'a shop where each order has order lines with a product, quantity and price, and a line total',
      'order line',
      'price',
    ],
    [
      'Customers place orders. Every order line has a book, a quantity and a price; show the line total.',
      'order line',
      'price',
    ],
    [
      'a farm shop: orders from customers, and order lines with the vegetable, the quantity and the price',
      'order line',
      'price',
    ],
    [
      'invoices for my clients, each invoice has line items with a description, a quantity and a price',
      'line item',
      'price',
    ],
    [
      'Track the orders my bakery ships. Each order line has a loaf, the quantity and the price.',
      'order line',
      'price',
    ],
    [
      'Can you make me an online shop for my candles? Every order line has a product, a quantity and a price.',
      'order line',
      'price',
    ],
    [
      'flower orders for weddings: each order has order lines (flower, quantity, price) and the line total',
      'order line',
      'price',
    ],
    [
      'a soap shop with customers and orders; every order has order lines with a soap, quantity and price and the line total',
      'order line',
      'price',
    ],
  ])('%s', async (prompt, collection, entered) => {
    const { spec } = await understandPrompt(prompt);
    const line = spec.collections.find((c) => c.label.toLowerCase() === collection);
    expect(line, JSON.stringify(spec.collections.map((c) => c.label))).toBeDefined();
    const input = line!.fields.find((f) => !f.formula && f.label.toLowerCase().includes(entered));
    expect(input, JSON.stringify(line!.fields)).toBeDefined();
    // The total reads the typed value: a formula names the input, and none looks a price up elsewhere.
    const formulas = JSON.stringify(line!.fields.flatMap((f) => (f.formula ? [f.formula] : [])));
    expect(formulas).toContain(`"field":"${input!.name}"`);
    expect(formulas).not.toMatch(/"lookup":\{"via":"[a-zA-Z]+","field":"(?:price|cost|unitPrice)"/);
  });
});
