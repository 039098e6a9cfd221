import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, describeError, toApiError } from '../api/api-error.js';
import { ErrorNotice } from './error-notice.js';

afterEach(cleanup);

describe(describeError.name, () => {
  it('keeps the API’s own message and adds what to do for a known code', () => {
    const advice = describeError(
      toApiError(429, { error: { code: 'rate-limited', message: 'Too many generation requests.' } }),
    );

    expect(advice.message).toBe('Too many generation requests.');
    expect(advice.hint).toBe('Wait a few minutes, then try again.');
  });

  it('explains a network failure as the backend not answering', () => {
    const advice = describeError(new TypeError('Failed to fetch'));

    expect(advice.title).toBe('Isekai is not answering');
    expect(advice.hint).toContain('npm start');
  });

  it('reads well when the body is not an Isekai error', () => {
    expect(describeError(toApiError(502, '<html>Bad gateway</html>')).message).toBe(
      'The server answered 502 without saying why.',
    );
  });
});

describe(ErrorNotice.name, () => {
  it('is announced as an alert with the message and the hint', () => {
    render(
      <ErrorNotice
        error={new ApiError({ code: 'app-crashed', status: 422, message: 'The app kept exiting.' })}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The app kept exiting.');
    expect(alert.textContent).toContain('Look at the log');
  });

  it('offers to try again when the caller can retry', () => {
    const retry = vi.fn();
    render(<ErrorNotice error={new TypeError('Failed to fetch')} onRetry={retry} />);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(retry).toHaveBeenCalledOnce();
  });
});
