import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApp } from '../test-support/builders.js';
import { AppList } from './app-list.js';

afterEach(cleanup);

const noop = () => undefined;

describe(AppList.name, () => {
  it('offers older apps when there are more than the list shows', () => {
    const showOlder = vi.fn();
    render(<AppList apps={[anApp()]} selectedId={null} onSelect={noop} loaded onShowOlder={showOlder} />);

    fireEvent.click(screen.getByRole('button', { name: 'Show older apps' }));

    expect(showOlder).toHaveBeenCalledTimes(1);
  });

  it('offers nothing more once every app is shown', () => {
    render(<AppList apps={[anApp()]} selectedId={null} onSelect={noop} loaded />);

    expect(screen.queryByRole('button', { name: 'Show older apps' })).toBeNull();
  });
});
