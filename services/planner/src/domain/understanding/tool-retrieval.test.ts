import { describe, expect, it } from 'vitest';
import type { AppSpec, ToolSection } from '@isekai/contracts';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { retrieveTool } from './tool-retrieval.js';
import { understandPrompt } from './understand.js';

const toolOf = (spec: AppSpec) => spec.pages[0]!.sections[0] as ToolSection;
const inputsOf = (spec: AppSpec) =>
  (toolOf(spec).options.calculator as CalculatorDecl).inputs.map((i) => i.label);

describe('finding the calculator or tool a prompt asks for', () => {
  // What is named before "for" is the thing asked for; the game after it is what the tool is for.
  it.each([
    ['could you make a scoreboard for our table tennis games?', 'tally-counter'],
    ['a score keeper for our chess games', 'tally-counter'],
    ['scoreboard app for a game of connect four', 'tally-counter'],
    ['a dice roller for our game of snakes and ladders', 'dice-roller'],
    ['a random picker for who starts the game of tic tac toe', 'random-picker'],
    ['team maker for our five-a-side football game', 'team-maker'],
    ['a world clock for our online chess games across time zones', 'world-clock'],
    ['a qr code generator for the sudoku game night poster', 'qr-code'],
    ['a tally counter for my game of hangman', 'tally-counter'],
    ['a metronome for practising the piano, not a game of simon', 'metronome'],
    ['snake game for my phone', 'snake'],
  ])('%s', (prompt, id) => {
    expect(retrieveTool(prompt, true, [])?.entry.id).toBe(id);
    // No tool word is needed where the tool is the noun "for" follows.
    if (/^(?:could you make )?an? \w+(?: \w+)? for /.test(prompt) && !/game for/.test(prompt))
      expect(retrieveTool(prompt, false, [])?.entry.id, 'without a tool word').toBe(id);
  });

  it('names a synonym whose words come in order with a few others between', () => {
    expect(retrieveTool('hourly wage to yearly salary converter', true, [])?.entry.id).toBe(
      'hourly-to-yearly',
    );
    expect(retrieveTool('turn my yearly salary into an hourly rate', false, [])?.entry.id).toBe(
      'yearly-to-hourly',
    );
    // Too far apart is no evidence.
    expect(retrieveTool('hourly notes on the long and slow road to a yearly review', false, [])).toBeNull();
  });

  it("takes a game's one-word name standing alone as that game, but not inside a list of records", async () => {
    const named: [string, string][] = [
      ['draughts', 'checkers'],
      ['Pontoon', 'blackjack'],
      ['galaga', 'space-invaders'],
    ];
    for (const [prompt, id] of named) {
      expect(toolOf((await understandPrompt(prompt)).spec).blueprint, prompt).toBe(id);
    }
    expect(retrieveTool('beers, ciders and draughts', false, [])).toBeNull();
  });

  it('takes a question that names two inputs of a calculator as asking for it', async () => {
    for (const prompt of [
      'how many days are there between a start date and an end date',
      'how many weeks from a start date to an end date?',
    ]) {
      const { spec } = await understandPrompt(prompt);
      expect(spec.kind, prompt).toBe('calculator');
      expect(inputsOf(spec), prompt).toEqual(['Start date', 'End date']);
    }
    // Records with the same fields are no question.
    expect((await understandPrompt('projects with a start date and an end date')).spec.kind).not.toBe(
      'calculator',
    );
  });

  it.each([
    ["What's my BMI? I know my weight in pounds", 'bmi'],
    ['what is my GPA this term, I have five courses', 'gpa'],
    ['How much tip do we leave on a bill of 80?', 'tip-split'],
    ['what’s my BMR, i am 34 and 70 kg', 'bmr-calories'],
    ['What are my heart rate zones? I am 40', 'heart-rate-zones'],
    ['How much VAT is in a price of 120', 'vat'],
    ['what is the ROI on a 500 investment that made 650', 'roi'],
    ['What is my pace if I run 10 km in 50 minutes', 'pace'],
    ['how much paint for a room 4 by 3 metres', 'paint'],
    ['what is inflation going to do to 100 pounds over 10 years', 'inflation'],
  ])('takes the thing a question asks the value of as its tool: %s', (prompt, id) => {
    expect(retrieveTool(prompt, false, [])?.entry.id).toBe(id);
  });

  it('asks no tool of a question about records', () => {
    expect(retrieveTool('what books have I lent, and to whom', false, [])).toBeNull();
    expect(retrieveTool('how many tasks are done this week', false, [])).toBeNull();
  });

  it('builds a converter for any two units of one measure, labelled as the person says them', async () => {
    const cases: [string, string[]][] = [
      ['kilometres to miles converter', ['Kilometres', 'Miles']],
      ['ounces to grams converter for baking', ['Ounces', 'Grams']],
      ['convert fahrenheit to celsius', ['Fahrenheit', 'Celsius']],
      ['a converter between psi and bar for my tyres', ['Pounds per square inch', 'Bar']],
      ['litres into gallons', ['Litres', 'Gallons']],
    ];
    for (const [prompt, labels] of cases) {
      const { spec } = await understandPrompt(prompt);
      expect(toolOf(spec).blueprint, prompt).toBe('calculator');
      expect(inputsOf(spec), prompt).toEqual(labels);
    }
  });

  it('makes text transforms one tool showing the ones named, found by their names', async () => {
    const cases: [string, string, string][] = [
      ['roman numeral converter', 'roman-numerals', 'to-roman'],
      ['slug generator for blog post titles', 'slug-generator', 'slug'],
      ['reverse text tool', 'text-reverser', 'reverse'],
      ['a tool to write my text backwards', 'text-reverser', 'reverse'],
      ['base64 decoder', 'base64', 'base64-decode'],
      ['make a url slug from a product name', 'slug-generator', 'slug'],
      ['a tool to turn text into uppercase or lowercase', 'case-converter', 'upper'],
    ];
    for (const [prompt, , transform] of cases) {
      const { spec } = await understandPrompt(prompt);
      const tool = toolOf(spec);
      expect(tool.blueprint, prompt).toBe('text-transform');
      expect(tool.options.transforms, prompt).toContain(transform);
    }
  });

  it('finds everyday household calculators and number bases however they are asked for', async () => {
    const cases: [string, string][] = [
      [
        'how much does it cost to run a heater: power in watts, hours per day and price per kWh',
        'Power in watts',
      ],
      ['electricity cost calculator for my fridge', 'Price per kWh'],
      ['net salary calculator with my gross salary and tax rate', 'Gross salary'],
      ['what is my pay after tax', 'Tax rate'],
    ];
    for (const [prompt, label] of cases)
      expect(inputsOf((await understandPrompt(prompt)).spec), prompt).toContain(label);
    const hex = toolOf((await understandPrompt('binary to decimal converter')).spec);
    expect(hex.options.transforms).toEqual(['binary-to-decimal', 'decimal-to-binary']);
  });

  it('reads a container word after the tool’s own name as part of what it does', async () => {
    for (const [prompt, id] of [
      ['team maker that splits a list of people into random teams', 'team-maker'],
      ['a random picker that chooses a name from a list', 'random-picker'],
    ]) {
      expect(toolOf((await understandPrompt(prompt!)).spec).blueprint, prompt).toBe(id);
    }
    expect((await understandPrompt('a password hints list')).spec.kind).toBe('data');
  });

  it('uses the person’s words for a calculator’s inputs and says what a tool does on its page', async () => {
    const grade = await understandPrompt(
      'what do I need on my final? my current grade, the final’s weight and my target grade',
    );
    expect(inputsOf(grade.spec)).toContain('Target grade');
    const unit = await understandPrompt('cost per item calculator: price and quantity');
    expect(inputsOf(unit.spec)).toEqual(['Price', 'Quantity']);
    const diff = await understandPrompt('diff checker to compare two texts');
    expect(toolOf(diff.spec).options.about).toMatch(/compares two texts/i);
    const palette = await understandPrompt('a colour palette generator with hex codes');
    expect(toolOf(palette.spec).options.about).toMatch(/hex/i);
  });
});
