import type { CalcInput } from '../calculator.types.js';
import { defineCalculator, numberInput } from '../define-calculator.js';

// Percentages, grades and a little geometry.
const GRADES = [
  ['A', 4],
  ['A−', 3.7],
  ['B+', 3.3],
  ['B', 3],
  ['B−', 2.7],
  ['C+', 2.3],
  ['C', 2],
  ['C−', 1.7],
  ['D+', 1.3],
  ['D', 1],
  ['F', 0],
].map(([label, value]) => ({ label: String(label), value: Number(value) }));
const COURSES = 5;
const courseInputs: CalcInput[] = Array.from({ length: COURSES }, (_, i) => [
  {
    name: `grade${i + 1}`,
    label: `Course ${i + 1} grade`,
    kind: 'select' as const,
    default: 4,
    options: GRADES,
  },
  numberInput(`credits${i + 1}`, `Course ${i + 1} credits`, {
    default: i < 3 ? 3 : 0,
    min: 0,
    max: 20,
    step: 0.5,
  }),
]).flat();
const sumOf = (term: (i: number) => string) =>
  Array.from({ length: COURSES }, (_, i) => term(i + 1)).join(' + ');

export const SCHOOL_CALCULATORS = [
  defineCalculator({
    id: 'percent-of',
    name: 'Percentage of a number',
    synonyms: [
      'percent of',
      'percentage calculator',
      'percent calculator',
      'what is x percent of y',
      'percentage of a number',
      'calculate percentage',
      '% of',
      'percent',
    ],
    description: 'What a percentage of a number is: 15 % of 200 is 30.',
    inputs: [
      numberInput('percent', 'Percentage', { kind: 'percent', unit: '%', default: 15, step: 0.01 }),
      numberInput('whole', 'Of the number', { default: 200, step: 0.01 }),
    ],
    outputs: [{ label: 'Result', value: 'percent / 100 * whole', format: 'number' }],
    explanation: 'A percentage is a number of hundredths: p % of n is p ÷ 100 × n.',
  }),
  defineCalculator({
    id: 'what-percent',
    name: 'What percent is it',
    synonyms: [
      'what percent',
      'is what percent of',
      'percentage of total',
      'share as a percentage',
      'ratio to percent',
      'fraction to percent',
      'percent of total',
      'score percentage',
    ],
    description: 'What percentage one number is of another: 30 is 15 % of 200.',
    inputs: [
      numberInput('part', 'Part', { default: 30, step: 0.01 }),
      numberInput('whole', 'Whole', { default: 200, step: 0.01 }),
    ],
    outputs: [{ label: 'Percentage', value: 'part / whole * 100', format: 'percent' }],
    checks: [{ check: 'whole != 0', message: 'The whole cannot be 0.' }],
    explanation: 'The part divided by the whole, times 100.',
  }),
  defineCalculator({
    id: 'percent-change',
    name: 'Percentage change',
    synonyms: [
      'percent change',
      'percentage change',
      'percentage increase',
      'percentage decrease',
      'growth rate',
      'change in percent',
      'how much did it go up',
      'difference in percent',
    ],
    description: 'The percentage increase or decrease from one value to another.',
    inputs: [
      numberInput('from', 'Old value', { default: 50, step: 0.01 }),
      numberInput('to', 'New value', { default: 75, step: 0.01 }),
    ],
    outputs: [
      { label: 'Change', value: '(to - from) / abs(from) * 100', format: 'percent' },
      { label: 'Difference', value: 'to - from', format: 'number' },
    ],
    checks: [{ check: 'from != 0', message: 'The starting value cannot be 0.' }],
    explanation:
      'The change is the new value less the old one, divided by the old one, times 100; a negative change is a decrease.',
  }),
  defineCalculator({
    id: 'gpa',
    name: 'GPA calculator',
    synonyms: [
      'gpa',
      'gpa calculator',
      'grade point average',
      'college gpa',
      'semester gpa',
      'cumulative gpa',
      'grade average',
      'high school gpa',
      'university grades',
    ],
    description: 'Grade point average on the 4.0 scale from the letter grade and credits of each course.',
    inputs: courseInputs,
    formulas: {
      credits: sumOf((i) => `credits${i}`),
      points: sumOf((i) => `grade${i} * credits${i}`),
    },
    outputs: [
      { label: 'GPA', value: 'points / credits', format: 'number', digits: 2 },
      { label: 'Credits counted', value: 'credits', format: 'number' },
      { label: 'Grade points', value: 'points', format: 'number' },
    ],
    checks: [{ check: 'credits > 0', message: 'Give at least one course some credits.' }],
    explanation:
      'Each grade is worth points (A = 4, B = 3, C = 2, D = 1, F = 0, a minus takes 0.3 off and a plus adds 0.3); the GPA is the points × credits of each course, added up and divided by all the credits. A course with 0 credits does not count.',
  }),
  defineCalculator({
    id: 'grade-needed',
    name: 'Final grade needed',
    synonyms: [
      'grade needed',
      'final exam grade',
      'what do i need on my final',
      'final grade calculator',
      'exam score needed',
      'grade calculator',
      'pass the class',
      'required score',
    ],
    description: 'The score needed on the final exam to reach a grade for the course.',
    inputs: [
      numberInput('current', 'Current grade', {
        kind: 'percent',
        unit: '%',
        default: 85,
        min: 0,
        max: 100,
        step: 0.1,
      }),
      numberInput('weight', 'Final exam weight', {
        kind: 'percent',
        unit: '%',
        default: 30,
        min: 1,
        max: 100,
        step: 1,
      }),
      numberInput('target', 'Grade wanted', {
        kind: 'percent',
        unit: '%',
        default: 90,
        min: 0,
        max: 100,
        step: 0.1,
      }),
    ],
    formulas: { needed: '(target - current * (1 - weight / 100)) / (weight / 100)' },
    outputs: [
      { label: 'Score needed on the final', value: 'needed', format: 'percent' },
      {
        label: 'Is it possible?',
        value: "needed > 100 ? 'Only with extra credit' : needed <= 0 ? 'Already reached' : 'Yes'",
        format: 'text',
      },
    ],
    explanation:
      'The course grade is current × (1 − w) + final × w for a final worth w; solved for the final: (wanted − current × (1 − w)) ÷ w.',
  }),
  defineCalculator({
    id: 'right-triangle',
    name: 'Right triangle calculator',
    synonyms: [
      'pythagorean theorem',
      'pythagoras',
      'hypotenuse',
      'right triangle',
      'triangle calculator',
      'a squared plus b squared',
      'diagonal length',
      'triangle sides',
    ],
    description: 'The hypotenuse, area and angles of a right triangle from its two shorter sides.',
    inputs: [
      numberInput('a', 'Side a', { default: 3, min: 0.0001, step: 0.01 }),
      numberInput('b', 'Side b', { default: 4, min: 0.0001, step: 0.01 }),
    ],
    outputs: [
      { label: 'Hypotenuse c', value: 'sqrt(a ^ 2 + b ^ 2)', format: 'number', digits: 4 },
      { label: 'Area', value: 'a * b / 2', format: 'number' },
      { label: 'Perimeter', value: 'a + b + sqrt(a ^ 2 + b ^ 2)', format: 'number' },
    ],
    explanation: 'Pythagoras: c² = a² + b², so c = √(a² + b²); the area is half of a × b.',
  }),
  defineCalculator({
    id: 'circle',
    name: 'Circle calculator',
    synonyms: [
      'circle',
      'circle area',
      'circumference',
      'area of a circle',
      'radius',
      'diameter',
      'pi calculator',
      'circle calculator',
    ],
    description: 'Area, circumference and diameter of a circle from its radius.',
    inputs: [numberInput('radius', 'Radius', { default: 5, min: 0, step: 0.01 })],
    outputs: [
      { label: 'Area', value: '3.141592653589793 * radius ^ 2', format: 'number', digits: 4 },
      { label: 'Circumference', value: '2 * 3.141592653589793 * radius', format: 'number', digits: 4 },
      { label: 'Diameter', value: '2 * radius', format: 'number' },
    ],
    explanation: 'Area = π × r², circumference = 2 × π × r, with π ≈ 3.14159.',
  }),
];
