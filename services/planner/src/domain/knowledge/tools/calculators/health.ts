import type { CalcInput } from '../calculator.types.js';
import { defineCalculator, numberInput } from '../define-calculator.js';

// Body and fitness. Estimates from published formulas, said as such: no medical advice.
const sex = (male: number, female: number): CalcInput => ({
  name: 'sex',
  label: 'Sex',
  kind: 'select',
  default: male,
  options: [
    { label: 'Male', value: male },
    { label: 'Female', value: female },
  ],
});
const weight = numberInput('weight', 'Weight', { unit: 'kg', default: 70, min: 1, max: 500, step: 0.1 });
const height = numberInput('height', 'Height', { unit: 'cm', default: 170, min: 30, max: 260, step: 0.1 });
const age = numberInput('age', 'Age', { unit: 'years', default: 30, min: 1, max: 120, step: 1 });
const ESTIMATE = ['An estimate from a published formula, not medical advice.'];

export const HEALTH_CALCULATORS = [
  defineCalculator({
    id: 'bmi',
    name: 'BMI calculator',
    synonyms: [
      'bmi',
      'bmi calculator',
      'body mass index',
      'healthy weight',
      'am i overweight',
      'weight to height',
      'bmi chart',
      'body mass',
      'weight check',
    ],
    description: 'Body mass index from weight and height, with the WHO category it falls in.',
    inputs: [weight, height],
    formulas: { bmi: 'weight / (height / 100) ^ 2' },
    outputs: [
      { label: 'BMI', value: 'bmi', format: 'number', digits: 1 },
      {
        label: 'Category',
        value: "bmi < 18.5 ? 'Underweight' : bmi < 25 ? 'Healthy weight' : bmi < 30 ? 'Overweight' : 'Obese'",
        format: 'text',
      },
      {
        label: 'Healthy weight for this height',
        value: "round(18.5 * (height / 100) ^ 2, 1) + '–' + round(24.9 * (height / 100) ^ 2, 1)",
        format: 'text',
        unit: 'kg',
      },
    ],
    explanation:
      'BMI is the weight in kilograms divided by the square of the height in metres. Under 18.5 is underweight, 18.5 to 24.9 healthy, 25 to 29.9 overweight, 30 and over obese.',
    notes: ESTIMATE,
  }),
  defineCalculator({
    id: 'bmr-calories',
    name: 'Calorie and BMR calculator',
    synonyms: [
      'bmr',
      'calorie calculator',
      'calories per day',
      'daily calories',
      'tdee',
      'basal metabolic rate',
      'maintenance calories',
      'how many calories should i eat',
      'calorie needs',
      'diet calculator',
    ],
    description:
      'Basal metabolic rate and daily calorie needs (Mifflin–St Jeor) from sex, age, weight, height and activity.',
    inputs: [
      sex(5, -161),
      age,
      weight,
      height,
      {
        name: 'activity',
        label: 'Activity',
        kind: 'select',
        default: 1.2,
        options: [
          { label: 'Little or no exercise', value: 1.2 },
          { label: 'Light exercise 1–3 days a week', value: 1.375 },
          { label: 'Moderate exercise 3–5 days a week', value: 1.55 },
          { label: 'Hard exercise 6–7 days a week', value: 1.725 },
          { label: 'Very hard exercise or a physical job', value: 1.9 },
        ],
      },
    ],
    formulas: { bmr: '10 * weight + 6.25 * height - 5 * age + sex', daily: 'bmr * activity' },
    outputs: [
      { label: 'BMR', value: 'bmr', format: 'integer', unit: 'kcal/day' },
      { label: 'Calories to keep your weight', value: 'daily', format: 'integer', unit: 'kcal/day' },
      { label: 'To lose about 0.5 kg a week', value: 'daily - 500', format: 'integer', unit: 'kcal/day' },
    ],
    explanation:
      'Mifflin–St Jeor: BMR = 10 × weight (kg) + 6.25 × height (cm) − 5 × age + 5 for men or − 161 for women. Daily needs are BMR × the activity factor.',
    notes: ESTIMATE,
  }),
  defineCalculator({
    id: 'pace',
    name: 'Running pace calculator',
    synonyms: [
      'pace',
      'pace calculator',
      'running pace',
      'min per km',
      'marathon pace',
      'race time',
      'running speed',
      '5k pace',
      'split calculator',
      'jogging pace',
    ],
    description: 'Pace per kilometre and per mile and speed from a distance and a finishing time.',
    inputs: [
      numberInput('distance', 'Distance', { unit: 'km', default: 10, min: 0.01, max: 1000, step: 0.01 }),
      numberInput('hours', 'Hours', { default: 0, min: 0, max: 200, step: 1 }),
      numberInput('minutes', 'Minutes', { default: 50, min: 0, max: 59, step: 1 }),
      numberInput('seconds', 'Seconds', { default: 0, min: 0, max: 59, step: 1 }),
    ],
    formulas: { total: 'hours * 3600 + minutes * 60 + seconds' },
    outputs: [
      { label: 'Pace per km', value: 'total / distance', format: 'duration', unit: '/km' },
      { label: 'Pace per mile', value: 'total / distance * 1.609344', format: 'duration', unit: '/mi' },
      { label: 'Speed', value: 'distance / total * 3600', format: 'number', unit: 'km/h' },
    ],
    checks: [{ check: 'total > 0', message: 'Give the time it took.' }],
    explanation:
      'Pace is the time divided by the distance; speed is the distance divided by the time in hours. A mile is 1.609344 km.',
  }),
  defineCalculator({
    id: 'body-fat',
    name: 'Body fat calculator',
    synonyms: [
      'body fat',
      'body fat calculator',
      'body fat percentage',
      'navy method',
      'fat percentage',
      'lean mass',
      'tape measure body fat',
      'how much fat',
    ],
    description:
      'Body fat percentage by the US Navy tape method from height, neck, waist and (for women) hips.',
    inputs: [
      sex(1, 0),
      height,
      numberInput('neck', 'Neck', { unit: 'cm', default: 38, min: 10, max: 100, step: 0.1 }),
      numberInput('waist', 'Waist', { unit: 'cm', default: 85, min: 30, max: 250, step: 0.1 }),
      numberInput('hip', 'Hips (women)', { unit: 'cm', default: 95, min: 30, max: 250, step: 0.1 }),
    ],
    outputs: [
      {
        label: 'Body fat',
        value:
          'sex == 1 ? 495 / (1.0324 - 0.19077 * log10(waist - neck) + 0.15456 * log10(height)) - 450 : 495 / (1.29579 - 0.35004 * log10(waist + hip - neck) + 0.221 * log10(height)) - 450',
        format: 'percent',
        digits: 1,
      },
    ],
    checks: [{ check: 'waist > neck', message: 'The waist must measure more than the neck.' }],
    explanation:
      'The US Navy formula reads body fat from the logarithms of waist − neck (plus hips for women) and of the height, all in centimetres.',
    notes: ESTIMATE,
  }),
  defineCalculator({
    id: 'heart-rate-zones',
    name: 'Target heart rate calculator',
    synonyms: [
      'heart rate',
      'target heart rate',
      'heart rate zones',
      'max heart rate',
      'fat burning zone',
      'training zones',
      'cardio zone',
      'bpm calculator',
    ],
    description: 'Maximum heart rate and the moderate and vigorous training zones by age.',
    inputs: [age],
    formulas: { max: '220 - age' },
    outputs: [
      { label: 'Maximum heart rate', value: 'max', format: 'integer', unit: 'bpm' },
      {
        label: 'Moderate zone (50–70 %)',
        value: "round(max * 0.5) + '–' + round(max * 0.7)",
        format: 'text',
        unit: 'bpm',
      },
      {
        label: 'Vigorous zone (70–85 %)',
        value: "round(max * 0.7) + '–' + round(max * 0.85)",
        format: 'text',
        unit: 'bpm',
      },
    ],
    explanation:
      'The usual estimate of the maximum heart rate is 220 − age; moderate exercise is 50–70 % of it, vigorous 70–85 %.',
    notes: ESTIMATE,
  }),
  defineCalculator({
    id: 'step-distance',
    name: 'Steps to distance calculator',
    synonyms: [
      'steps to distance',
      'steps to km',
      'steps to kilometres',
      'steps to miles',
      'stride length',
      'distance from steps',
      'how far did i walk',
      'pedometer distance',
      'step counter distance',
    ],
    description: 'How far a number of steps takes you, from the length of one stride.',
    inputs: [
      numberInput('steps', 'Steps', { default: 10000, min: 0, step: 1 }),
      numberInput('stride', 'Stride length', { unit: 'cm', default: 75, min: 1 }),
    ],
    // 100,000 cm make a kilometre, 160,934.4 cm a mile.
    outputs: [
      { label: 'Distance', value: 'steps * stride / 100000', format: 'number', unit: 'km' },
      { label: 'Distance in miles', value: 'steps * stride / 160934.4', format: 'number', unit: 'miles' },
    ],
    explanation: 'The distance is the steps × the stride length; 100,000 cm make a kilometre.',
  }),
  defineCalculator({
    id: 'water-intake',
    name: 'Water intake calculator',
    synonyms: [
      'water intake',
      'how much water',
      'daily water',
      'hydration calculator',
      'water per day',
      'drink water',
      'litres of water',
      'glasses of water',
    ],
    description: 'About how much water to drink a day from body weight and daily exercise.',
    inputs: [
      weight,
      numberInput('exercise', 'Exercise a day', { unit: 'minutes', default: 30, min: 0, max: 600, step: 5 }),
    ],
    formulas: { litres: 'weight * 0.033 + exercise / 30 * 0.35' },
    outputs: [
      { label: 'Water a day', value: 'litres', format: 'number', digits: 1, unit: 'L' },
      { label: 'Glasses (250 ml)', value: 'ceil(litres / 0.25)', format: 'integer' },
    ],
    explanation: 'About 33 ml per kilogram of body weight, plus 350 ml for each half hour of exercise.',
    notes: ESTIMATE,
  }),
  defineCalculator({
    id: 'due-date',
    name: 'Pregnancy due date calculator',
    synonyms: [
      'due date',
      'pregnancy calculator',
      'due date calculator',
      'when is my baby due',
      'weeks pregnant',
      'pregnancy weeks',
      'conception date',
      'naegele rule',
    ],
    description:
      'The estimated due date and how far along a pregnancy is from the first day of the last period.',
    inputs: [
      { name: 'lmp', label: 'First day of last period', kind: 'date', default: 'today' },
      { name: 'on', label: 'On', kind: 'date', default: 'today' },
    ],
    formulas: { days: 'daysBetween(lmp, on)' },
    outputs: [
      { label: 'Due date', value: 'addDays(lmp, 280)', format: 'date' },
      { label: 'Weeks pregnant', value: "floor(days / 7) + ' weeks ' + days % 7 + ' days'", format: 'text' },
      { label: 'Days to go', value: '280 - days', format: 'integer' },
    ],
    checks: [
      {
        check: 'days >= 0',
        message: 'The first day of the last period must be before the date it is counted on.',
      },
    ],
    explanation:
      "Naegele's rule: the due date is 280 days (40 weeks) after the first day of the last period.",
    notes: ESTIMATE,
  }),
];
