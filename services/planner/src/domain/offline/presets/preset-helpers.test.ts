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
    // A name runs over its capitalised words only, not on into the sentence.
    ['a vegan restaurant called Sprout in Brighton and would love a website', 'Sprout'],
    ['a bike shop called Spoke Doctor in Portland', 'Spoke Doctor'],
    ['our choir, called The Bell Singers of Ely, sings monthly', 'The Bell Singers of Ely'],
    ['a gym named Crux and we need a site', 'Crux'],
    ['a hair salon called Fringe Benefits and there are four of us', 'Fringe Benefits'],
    ['a food truck called "Bao Down" in town', 'Bao Down'],
    ['a shop called bits and bobs', 'bits and bobs'],
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
