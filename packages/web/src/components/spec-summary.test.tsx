import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSpec, AppSpecV1 } from '@isekai/contracts';
import { SpecSummary } from './spec-summary.js';

afterEach(cleanup);

const LIBRARY: AppSpec = {
  version: 2,
  kind: 'data',
  blueprint: 'composed',
  title: 'Library',
  description: 'Books and loans',
  collections: [
    {
      name: 'member',
      label: 'Member',
      plural: 'Members',
      fields: [{ name: 'name', label: 'Name', type: 'text' }],
    },
    {
      name: 'loan',
      label: 'Loan',
      plural: 'Loans',
      fields: [
        { name: 'borrower', label: 'Borrower', type: 'reference', ref: 'member', required: true },
        {
          name: 'overdue',
          label: 'Overdue',
          type: 'boolean',
          formula: { op: 'lt', args: [{ field: 'due' }, { today: true }] },
        },
      ],
    },
  ],
  pages: [
    { id: 'loans', title: 'Loans', sections: [] },
    { id: 'members', title: 'Members', sections: [] },
  ],
  theme: { mode: 'dark', colors: { header: '#00008b' } },
  options: {},
};

const RECIPES_V1: AppSpecV1 = {
  kind: 'data',
  blueprint: 'data-app',
  title: 'Recipe Manager',
  description: 'Recipes',
  entities: [
    {
      name: 'recipe',
      label: 'Recipe',
      plural: 'Recipes',
      fields: [{ name: 'cookingTime', label: 'Cooking time', type: 'number' }],
    },
  ],
  features: ['search', 'sort'],
  theme: 'light',
  options: {},
};

const kindOf = (field: string) => document.querySelector(`[data-field="${field}"] .field-kind`)?.textContent;

describe(SpecSummary.name, () => {
  it('reads a v2 spec: pages, collections, a reference by the label it points at, computed fields, colours', () => {
    render(<SpecSummary spec={LIBRARY} />);

    expect(screen.getByText('Pages:').parentElement?.textContent).toBe('Pages: Loans · Members');
    expect(screen.getByText('Loans', { selector: '.entity strong' })).toBeTruthy();
    expect(kindOf('borrower')).toBe('→ Member, required');
    expect(kindOf('overdue')).toBe('computed');
    const swatch = document.querySelector<HTMLElement>('.swatch[data-part="header"]');
    expect(swatch?.style.background).toBe('rgb(0, 0, 139)');
    expect(screen.getByText('Theme:').parentElement?.textContent).toContain('dark');
  });

  it('still reads a v1 spec of an app stored before v2', () => {
    render(<SpecSummary spec={RECIPES_V1} />);

    expect(screen.getByText('Recipes', { selector: '.entity strong' })).toBeTruthy();
    expect(kindOf('cookingTime')).toBe('number');
    expect(screen.getByText('Features:').parentElement?.textContent).toBe('Features: search, sort');
    expect(screen.getByText('Theme:').parentElement?.textContent).toBe('Theme: light');
  });
});
