import { describe, expect, it } from 'vitest';
import type { SectionSpec } from '@isekai/contracts';
import { filledSection, formFields } from './site-fill.js';

const schedule: SectionSpec = {
  type: 'schedule',
  title: 'Schedule',
  items: [{ when: '09:00', title: 'Welcome' }],
};

describe('filledSection', () => {
  it('turns "name time" details into the lines of a schedule', () => {
    expect(
      filledSection(schedule, 'The evening', ['doors 7pm', 'first band 7:30', 'last orders from 11pm']),
    ).toEqual({
      type: 'schedule',
      title: 'The evening',
      items: [
        { when: '7pm', title: 'Doors' },
        { when: '7:30', title: 'First band' },
        { when: '11pm', title: 'Last orders' },
      ],
    });
  });

  it('keeps details that name no time as cards rather than inventing times', () => {
    const section = filledSection(schedule, 'What is on', ['quiz night', 'open mic']);
    expect(section).toEqual({
      type: 'features',
      title: 'What is on',
      items: [
        { title: 'Quiz night', text: '' },
        { title: 'Open mic', text: '' },
      ],
    });
  });

  it('reads menu items with their prices and groups after a colon', () => {
    const menu: SectionSpec = { type: 'menu', title: 'Menu', items: [] };
    const filled = filledSection(menu, 'Menu', ['flat white 3.2', 'croissant 2.5', 'extras: oat milk 0.5']);
    expect(filled.type === 'menu' && filled.items).toEqual([
      {
        name: 'Menu',
        items: [
          { name: 'Flat white', price: '3.2' },
          { name: 'Croissant', price: '2.5' },
        ],
      },
      { name: 'Extras', items: [{ name: 'Oat milk', price: '0.5' }] },
    ]);
  });

  it('reads price tiers with their period, and asks for a price it was not given', () => {
    const pricing: SectionSpec = { type: 'pricing', title: 'Pricing', items: [] };
    const filled = filledSection(pricing, 'Plans', [
      'weekday pass 90/month',
      'a 10-visit card',
      'day pass £12',
    ]);
    expect(filled.type === 'pricing' && filled.items).toEqual([
      { name: 'Weekday pass', price: '90', period: 'per month', features: [] },
      { name: '10-visit card', price: 'Ask us', features: [] },
      { name: 'Day pass', price: '£12', features: [] },
    ]);
  });
});

describe('formFields', () => {
  it('types the fields a person lists for a form', () => {
    const fields = formFields(['your name', 'email', 'preferred date', 'number of guests']);
    expect(fields.map((f) => f.type)).toEqual(['text', 'email', 'date', 'number']);
  });
});
