import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anApp, anEvent } from '../test-support/builders.js';
import { ChangeForm } from './change-form.js';

afterEach(cleanup);

const APP = anApp({ status: 'running', version: 1 });

describe(ChangeForm.name, () => {
  it('puts a change the planner did not understand back in the box, under it its words and suggestions', () => {
    const events = [
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('change-rejected', {
        message: 'Isekai did not see a change in “make it sparkle”.',
        data: { suggestions: ['make the header dark blue', 'add a due date'] },
      }),
    ];
    render(<ChangeForm app={APP} events={events} />);

    const box = screen.getByLabelText<HTMLInputElement>('Change this app');
    expect(box.value).toBe('make it sparkle');
    expect(screen.getByRole('status').textContent).toContain(
      'Isekai did not see a change in “make it sparkle”.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'add a due date' }));
    expect(box.value).toBe('add a due date');
  });

  it('shows nothing of a rejection once another change was asked for', () => {
    const events = [
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('change-rejected', { data: { suggestions: ['add a due date'] } }),
      anEvent('change-requested', { data: { prompt: 'add a due date' } }),
    ];
    render(<ChangeForm app={APP} events={events} />);

    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Change this app').value).toBe('');
  });
});
