import { describe, expect, it } from 'vitest';
import { chosenTitle } from './preset-helpers.js';

describe(chosenTitle.name, () => {
  it.each([
    ['a landing page for my bakery, Crumb', 'Crumb'],
    ['a website for our cafe, Bean There, with a menu', 'Bean There'],
    ['a site for my hair salon, Shear Joy.', 'Shear Joy'],
    ['a portfolio for my studio, Clay and Fire with a gallery', 'Clay and Fire'],
    ['a blog called Slow Mornings', 'Slow Mornings'],
    ['portfolio website for a potter named June', 'June'],
  ])('%j is titled %j', (prompt, title) => {
    expect(chosenTitle(prompt)).toBe(title);
  });

  it.each([
    'a site for my bakery, with a menu and opening hours',
    'a tracker for my plants, watering and repotting',
    'a list of books, authors and loans',
  ])('%j names no title', (prompt) => {
    expect(chosenTitle(prompt)).toBeNull();
  });
});
