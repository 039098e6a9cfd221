import { defineCalculator, numberInput } from '../define-calculator.js';

// Household bills, pay and jobs: what an appliance costs to run, what is left of a salary after tax,
// overtime pay, what a car uses, how much paint a wall takes.
export const HOUSEHOLD_CALCULATORS = [
  defineCalculator({
    id: 'electricity-cost',
    name: 'Electricity cost calculator',
    synonyms: [
      'electricity cost',
      'cost to run',
      'running cost of an appliance',
      'appliance energy cost',
      'power consumption cost',
      'kwh cost',
      'electricity bill',
      'energy cost calculator',
      'watts to cost',
      'cost of electricity',
    ],
    description:
      'What an appliance costs to run from its power, the hours it is on each day and the price of a kWh.',
    inputs: [
      numberInput('watts', 'Power in watts', { unit: 'W', default: 100, min: 0 }),
      numberInput('hours', 'Hours per day', { unit: 'h', default: 5, min: 0, max: 24, step: 0.25 }),
      numberInput('price', 'Price per kWh', { kind: 'money', default: 0.3, min: 0, step: 0.01 }),
    ],
    formulas: { kwhDay: 'watts * hours / 1000', costDay: 'kwhDay * price' },
    outputs: [
      { label: 'Cost per day', value: 'costDay', format: 'money' },
      { label: 'Cost per month (30 days)', value: 'costDay * 30', format: 'money' },
      { label: 'Cost per year', value: 'costDay * 365', format: 'money' },
      { label: 'Energy per day', value: 'kwhDay', format: 'number', unit: 'kWh', digits: 3 },
    ],
    explanation:
      'Energy per day in kWh is the power in watts × the hours on ÷ 1000; the cost is that × the price of a kWh.',
  }),
  defineCalculator({
    id: 'take-home-pay',
    name: 'Take-home pay calculator',
    synonyms: [
      'take home pay',
      'take-home pay',
      'net pay',
      'net salary',
      'salary after tax',
      'pay after tax',
      'gross to net',
      'income after tax',
      'net income',
      'paycheck after tax',
    ],
    description:
      'What is left of a yearly salary, a year and a month, after tax at a rate typed in above a tax-free allowance and any other deductions.',
    inputs: [
      numberInput('gross', 'Gross salary', { kind: 'money', unit: 'a year', default: 36000, min: 0 }),
      numberInput('allowance', 'Tax-free allowance', { kind: 'money', default: 0, min: 0, required: false }),
      numberInput('tax', 'Tax rate', {
        kind: 'percent',
        unit: '%',
        default: 20,
        min: 0,
        max: 100,
        step: 0.1,
      }),
      numberInput('other', 'Other deductions a year', { kind: 'money', default: 0, min: 0, required: false }),
    ],
    formulas: {
      free: 'allowance && allowance > 0 ? allowance : 0',
      taxAmount: 'max(gross - free, 0) * tax / 100',
      deductions: 'other && other > 0 ? other : 0',
      net: 'gross - taxAmount - deductions',
    },
    outputs: [
      { label: 'Net take-home pay a year', value: 'net', format: 'money' },
      { label: 'Net take-home pay a month', value: 'net / 12', format: 'money' },
      { label: 'Tax a year', value: 'taxAmount', format: 'money' },
      {
        label: 'Share kept',
        value: 'gross == 0 ? null : net / gross * 100',
        format: 'percent',
        digits: 1,
      },
    ],
    explanation:
      'The tax is the tax rate × the part of the salary above the tax-free allowance; the take-home pay is the salary less the tax and the other deductions, and a twelfth of that a month.',
    notes: ["Tax is worked out at the one rate typed in, not from a country's tax bands."],
  }),
  defineCalculator({
    id: 'fuel-economy',
    name: 'Fuel economy calculator',
    synonyms: [
      'fuel economy',
      'fuel consumption',
      'fuel efficiency',
      'mpg calculator',
      'miles per gallon',
      'litres per 100 km',
      'km per litre',
      'gas mileage',
      'mileage calculator',
    ],
    description:
      'How much fuel a car uses, from the fuel put in and the distance driven: litres per 100 km, km per litre and miles per gallon.',
    inputs: [
      numberInput('litres', 'Fuel used', { unit: 'litres', default: 40, min: 0.01 }),
      numberInput('km', 'Distance driven', { unit: 'km', default: 600, min: 0.01 }),
    ],
    outputs: [
      { label: 'Litres per 100 km', value: 'litres / km * 100', format: 'number', unit: 'L/100 km' },
      { label: 'Kilometres per litre', value: 'km / litres', format: 'number', unit: 'km/L' },
      // A US gallon is 3.785411784 litres and a mile 1.609344 km.
      { label: 'Miles per US gallon', value: '(km / 1.609344) / (litres / 3.785411784)', format: 'number' },
    ],
    explanation: 'Litres per 100 km is the fuel used ÷ the distance × 100; km per litre is its inverse.',
  }),
  defineCalculator({
    id: 'overtime-pay',
    name: 'Overtime pay calculator',
    synonyms: [
      'overtime',
      'overtime pay',
      'overtime calculator',
      'time and a half',
      'double time',
      'weekly pay',
      'paycheck with overtime',
      'extra hours pay',
    ],
    description:
      'The pay for a week from the hourly rate, the regular hours and the overtime hours at a higher rate (time and a half unless said).',
    inputs: [
      numberInput('rate', 'Hourly rate', { kind: 'money', default: 20, min: 0 }),
      numberInput('regular', 'Regular hours', { unit: 'hours', default: 40, min: 0 }),
      numberInput('overtime', 'Overtime hours', { unit: 'hours', default: 5, min: 0 }),
      numberInput('times', 'Overtime rate', { unit: '× the hourly rate', default: 1.5, min: 1, step: 0.25 }),
    ],
    outputs: [
      { label: 'Total pay', value: 'rate * regular + rate * times * overtime', format: 'money' },
      { label: 'Regular pay', value: 'rate * regular', format: 'money' },
      { label: 'Overtime pay', value: 'rate * times * overtime', format: 'money' },
    ],
    explanation:
      'Regular pay is the rate × the regular hours; each overtime hour is paid the rate × the overtime rate (1.5 for time and a half, 2 for double time).',
  }),
  defineCalculator({
    id: 'paint',
    name: 'Paint calculator',
    synonyms: [
      'paint calculator',
      'how much paint',
      'paint needed',
      'litres of paint',
      'gallons of paint',
      'wall paint',
      'paint for a room',
      'paint coverage',
    ],
    description:
      "How much paint a wall takes from its width and height, the number of coats and the paint's coverage.",
    inputs: [
      numberInput('width', 'Wall width', { unit: 'm', default: 4, min: 0 }),
      numberInput('height', 'Wall height', { unit: 'm', default: 2.5, min: 0 }),
      numberInput('coats', 'Number of coats', { default: 2, min: 1, step: 1 }),
      numberInput('coverage', 'Coverage', { unit: 'm² per litre', default: 10, min: 0.1 }),
    ],
    formulas: { area: 'width * height' },
    outputs: [
      { label: 'Paint needed', value: 'area * coats / coverage', format: 'number', unit: 'litres' },
      { label: 'Wall area', value: 'area', format: 'number', unit: 'm²' },
    ],
    explanation: 'The wall area (width × height) times the coats, divided by the area a litre covers.',
  }),
  defineCalculator({
    id: 'fuel-economy-converter',
    name: 'Fuel economy converter',
    synonyms: [
      'mpg to litres per 100 km',
      'miles per gallon to litres per 100 km',
      'litres per 100 km to mpg',
      'litres per 100 km to miles per gallon',
      'mpg to l/100km',
      'l/100km to mpg',
      'mpg converter',
      'fuel economy converter',
      'convert mpg',
    ],
    description:
      'Miles per gallon as litres per 100 km, for US and UK gallons, and litres per 100 km back as miles per gallon.',
    inputs: [
      numberInput('mpg', 'Miles per gallon', { unit: 'mpg', default: 30, min: 0.1 }),
      numberInput('lp100', 'Litres per 100 km', { unit: 'L/100 km', min: 0.1, required: false }),
    ],
    // 100 km is 62.1371 miles; a US gallon is 3.785411784 litres and a UK gallon 4.54609 litres.
    formulas: { usFactor: '100 * 3.785411784 / 1.609344', ukFactor: '100 * 4.54609 / 1.609344' },
    outputs: [
      {
        label: 'Litres per 100 km (US gallons)',
        value: 'usFactor / mpg',
        format: 'number',
        unit: 'L/100 km',
      },
      {
        label: 'Litres per 100 km (UK gallons)',
        value: 'ukFactor / mpg',
        format: 'number',
        unit: 'L/100 km',
      },
      { label: 'Miles per US gallon', value: 'usFactor / lp100', format: 'number', unit: 'mpg' },
      { label: 'Miles per UK gallon', value: 'ukFactor / lp100', format: 'number', unit: 'mpg' },
    ],
    explanation:
      'Litres per 100 km is 235.21 ÷ the miles per US gallon (282.48 ÷ miles per UK gallon), and the other way round.',
  }),
  defineCalculator({
    id: 'tiles',
    name: 'Tile calculator',
    synonyms: [
      'tile calculator',
      'how many tiles',
      'tiles needed',
      'tiles for a wall',
      'tiles for a floor',
      'floor tiles',
      'wall tiles',
      'tiling calculator',
      'bathroom tiles',
    ],
    description:
      'How many tiles a wall or floor takes from its width and height, the size of one tile and a share spare for cuts.',
    inputs: [
      numberInput('width', 'Width', { unit: 'm', default: 2, min: 0 }),
      numberInput('height', 'Height', { unit: 'm', default: 2.4, min: 0 }),
      numberInput('tileWidth', 'Tile width', { unit: 'cm', default: 30, min: 0.1 }),
      numberInput('tileHeight', 'Tile height', { unit: 'cm', default: 30, min: 0.1 }),
      numberInput('spare', 'Spare for cuts', { kind: 'percent', default: 10, min: 0, max: 100 }),
    ],
    formulas: { area: 'width * height', exact: 'area * 10000 / (tileWidth * tileHeight)' },
    outputs: [
      { label: 'Tiles needed', value: 'ceil(exact * (1 + spare / 100))', format: 'integer' },
      { label: 'Tiles without spare', value: 'ceil(exact)', format: 'integer' },
      { label: 'Area', value: 'area', format: 'number', unit: 'm²' },
    ],
    explanation:
      'The area (width × height) over one tile’s area, plus the spare share, rounded up to whole tiles.',
  }),
];
