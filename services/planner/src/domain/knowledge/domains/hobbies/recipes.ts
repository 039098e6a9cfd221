import {
  $,
  add,
  asc,
  bool,
  calendar,
  choice,
  collection,
  computed,
  date,
  gallery,
  image,
  list,
  longtext,
  num,
  page,
  ref,
  tags,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const recipes: DomainEntry = {
  id: 'recipes',
  name: 'Recipes and meal plan',
  kind: 'data',
  synonyms: [
    'recipes',
    'recipe book',
    'recipe collection',
    'cookbook',
    'family recipes',
    'meal planner',
    'meal plan',
    'shopping list',
    'weekly meals',
    'what to cook',
    'ingredients list',
    'meal prep',
  ],
  description:
    'Collect recipes with their ingredients, time and servings, plan meals for the week and build a shopping list.',
  collections: [
    collection(
      'recipe',
      'Recipe',
      'Recipes',
      [
        text('name', 'Recipe', { required: true }),
        choice('course', 'Course', ['Breakfast', 'Lunch', 'Dinner', 'Dessert', 'Snack']),
        num('prepMinutes', 'Prep time', { min: 0, unit: 'min' }),
        num('cookMinutes', 'Cooking time', { min: 0, unit: 'min' }),
        num('servings', 'Servings', { min: 1, max: 30, default: 4 }),
        tags('tags', 'Tags', { options: ['Vegetarian', 'Vegan', 'Quick', 'Freezes well', 'Gluten-free'] }),
        image('photo', 'Photo'),
        longtext('method', 'Method'),
        computed('totalMinutes', 'Total time', 'number', add($('prepMinutes'), $('cookMinutes')), {
          unit: 'min',
        }),
      ],
      {
        samples: [
          {
            name: 'Lentil dal',
            course: 'Dinner',
            prepMinutes: 10,
            cookMinutes: 30,
            servings: 4,
            tags: ['Vegan', 'Freezes well'],
          },
          {
            name: 'Overnight oats',
            course: 'Breakfast',
            prepMinutes: 5,
            cookMinutes: 0,
            servings: 1,
            tags: ['Vegetarian', 'Quick'],
          },
          {
            name: 'Banana bread',
            course: 'Dessert',
            prepMinutes: 15,
            cookMinutes: 60,
            servings: 8,
            tags: ['Vegetarian'],
          },
        ],
      },
    ),
    collection(
      'ingredient',
      'Ingredient',
      'Ingredients',
      [
        ref('recipe', 'Recipe', 'recipe', { required: true }),
        text('name', 'Ingredient', { required: true }),
        num('quantity', 'Quantity', { min: 0 }),
        choice('unit', 'Unit', ['g', 'kg', 'ml', 'l', 'tsp', 'tbsp', 'cup', 'piece']),
        bool('toBuy', 'On shopping list', { default: false }),
      ],
      {
        titleField: 'name',
        samples: [
          { recipe: 'Lentil dal', name: 'Red lentils', quantity: 250, unit: 'g', toBuy: true },
          { recipe: 'Lentil dal', name: 'Coconut milk', quantity: 400, unit: 'ml', toBuy: false },
          { recipe: 'Overnight oats', name: 'Rolled oats', quantity: 50, unit: 'g', toBuy: false },
        ],
      },
    ),
    collection(
      'meal',
      'Planned meal',
      'Meal plan',
      [
        date('date', 'Day', { required: true }),
        choice('slot', 'Meal', ['Breakfast', 'Lunch', 'Dinner'], { required: true }),
        ref('recipe', 'Recipe', 'recipe', { required: true }),
        num('servings', 'Servings', { min: 1, max: 30 }),
      ],
      {
        titleField: 'recipe',
        samples: [
          { date: '2026-12-02', slot: 'Dinner', recipe: 'Lentil dal', servings: 4 },
          { date: '2026-12-03', slot: 'Breakfast', recipe: 'Overnight oats', servings: 2 },
        ],
      },
    ),
  ],
  aliases: {
    recipe: ['recipe', 'dish', 'meal idea'],
    ingredient: ['ingredient', 'shopping item', 'grocery'],
    meal: ['meal', 'planned meal', 'dinner'],
  },
  core: ['recipe', 'ingredient'],
  pages: [
    page(
      'recipes',
      'Recipes',
      gallery('recipe', 'photo', { search: true, filters: ['course', 'tags'], sort: asc('name') }),
    ),
    page('meal-plan', 'Meal plan', calendar('meal', 'date', { filters: ['slot'] })),
    page(
      'shopping',
      'Shopping list',
      list('ingredient', {
        filters: ['toBuy', 'recipe'],
        actions: [
          { label: 'Add to list', set: { toBuy: true } },
          { label: 'Bought', set: { toBuy: false } },
        ],
      }),
    ),
  ],
};
