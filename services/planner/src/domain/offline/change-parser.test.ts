import { describe, expect, it } from 'vitest';
import { applyChange, splitClauses } from './change-parser.js';
import { parsePrompt } from './prompt-parser.js';

const recipe = () =>
  parsePrompt('a recipe manager with ingredients, cooking time and a 1-5 star rating').spec;
const todo = () => parsePrompt('Build a todo list application').spec;
const labels = (spec: ReturnType<typeof recipe>) => spec.entities[0]?.fields.map((f) => f.label) ?? [];

describe(applyChange.name, () => {
  it('adds a due date to each task as a date field', () => {
    const { spec, steps } = applyChange(todo(), 'add a due date to each task');
    expect(spec.entities[0]?.fields.find((f) => f.label === 'Due date')?.type).toBe('date');
    expect(steps).toHaveLength(1);
  });

  it('removes a field and every mention of it', () => {
    const { spec } = applyChange(recipe(), 'remove the rating');
    expect(labels(spec)).not.toContain('Rating');
    expect(JSON.stringify(spec).toLowerCase()).not.toContain('rating');
  });

  it('renames a field but keeps its key so saved values survive', () => {
    const before = recipe();
    const { spec } = applyChange(before, 'rename cooking time to prep time');
    const renamed = spec.entities[0]?.fields.find((f) => f.label === 'Prep time');
    expect(renamed?.name).toBe('cookingTime');
  });

  it('switches themes', () => {
    expect(applyChange(todo(), 'make it dark').spec.theme).toBe('dark');
    expect(applyChange(todo(), 'dark mode please').spec.features).toContain('dark-mode');
    const dark = applyChange(todo(), 'make it dark').spec;
    expect(applyChange(dark, 'switch to light mode').spec.theme).toBe('light');
  });

  it('adds search, export and charts as features', () => {
    expect(applyChange(recipe(), 'add search').spec.features).toContain('search');
    expect(applyChange(recipe(), 'let me export to CSV').spec.features).toContain('csv-export');
    expect(applyChange(recipe(), 'add a chart').spec.features).toEqual(
      expect.arrayContaining(['chart', 'totals']),
    );
  });

  it('sorts by a named field and direction', () => {
    const workout = parsePrompt('workout log: exercise, sets, reps, weight and date').spec;
    const { spec } = applyChange(workout, 'sort by date, newest first');
    expect(spec.options.sort).toEqual({ field: 'date', direction: 'desc' });
    expect(spec.features).toContain('sort');
  });

  it('changes the title', () => {
    expect(applyChange(recipe(), "call it Grandma's Kitchen").spec.title).toBe("Grandma's Kitchen");
    expect(applyChange(recipe(), 'rename the app to "Cookbook"').spec.title).toBe('Cookbook');
  });

  it('applies several changes in one prompt', () => {
    const { spec, steps } = applyChange(todo(), 'add a priority and make it dark');
    expect(spec.entities[0]?.fields.find((f) => f.label === 'Priority')?.type).toBe('choice');
    expect(spec.theme).toBe('dark');
    expect(steps).toHaveLength(2);
  });

  it('reports what it did not understand and leaves the spec alone', () => {
    const before = recipe();
    const { spec, steps, notUnderstood } = applyChange(before, 'teleport it to the moon');
    expect(steps).toEqual([]);
    expect(notUnderstood).toEqual(['teleport it to the moon']);
    expect(spec).toEqual(before);
  });

  it('changes pomodoro lengths', () => {
    const pomodoro = parsePrompt('pomodoro timer').spec;
    expect(applyChange(pomodoro, 'make the work sessions 50 minutes').spec.options.workMinutes).toBe(50);
  });

  it('adds a board column', () => {
    const board = parsePrompt('kanban board with todo, doing and done columns').spec;
    expect(applyChange(board, 'add a review column').spec.options.columns).toEqual([
      'Todo',
      'Doing',
      'Done',
      'Review',
    ]);
  });
});

describe(splitClauses.name, () => {
  it('keeps a field list together but splits separate requests', () => {
    expect(splitClauses('add title, author and year')).toEqual(['add title, author and year']);
    expect(splitClauses('add a due date and make it dark')).toEqual(['add a due date', 'make it dark']);
  });
});
