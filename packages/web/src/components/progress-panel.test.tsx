import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { progressFrom } from '../state/progress.js';
import { anApp, anEvent } from '../test-support/builders.js';
import { PreviewPane } from './preview-pane.js';

afterEach(cleanup);

const noop = () => undefined;

describe(PreviewPane.name, () => {
  it('shows the live steps while the first version is built', () => {
    const progress = progressFrom([anEvent('created'), anEvent('planning')]);
    render(<PreviewPane app={anApp({ status: 'planning' })} progress={progress} starts={0} onStart={noop} />);

    expect(screen.getByText(/Understanding your prompt/).closest('li')?.dataset.state).toBe('active');
  });

  it('frames the running app on its own origin, sandboxed', () => {
    render(
      <PreviewPane
        app={anApp({ status: 'running', url: 'http://127.0.0.1:9700/', port: 9700, version: 1 })}
        progress={null}
        starts={1}
        onStart={noop}
      />,
    );

    const frame = screen.getByTitle('Preview of Recipe Manager');
    expect(frame.getAttribute('src')).toBe('http://127.0.0.1:9700/');
    expect(frame.getAttribute('sandbox')).toBe(
      'allow-scripts allow-forms allow-same-origin allow-downloads allow-modals',
    );
    expect(screen.getByRole('link', { name: 'Open in new tab' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
  });

  it('explains a failure in words instead of a blank pane', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planning'),
      anEvent('failed', { message: 'The planner is not answering.' }),
    ]);
    render(
      <PreviewPane
        app={anApp({
          status: 'failed',
          error: { code: 'planner-unavailable', message: 'The planner is not answering.' },
        })}
        progress={progress}
        starts={0}
        onStart={noop}
      />,
    );

    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts.some((t) => t?.includes('check that `npm start` is still running'))).toBe(true);
  });

  it('offers to start a stopped app', () => {
    render(
      <PreviewPane
        app={anApp({ status: 'stopped', desiredState: 'stopped', version: 1 })}
        progress={null}
        starts={0}
        onStart={noop}
      />,
    );

    expect(screen.getByText('This app is stopped. Start it to use it here.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('says once and calmly that an expired app ran out of time, with Start', () => {
    render(
      <PreviewPane
        app={anApp({
          status: 'expired',
          desiredState: 'stopped',
          version: 1,
          error: {
            code: 'app-expired',
            message: 'The app ran past its time limit and was stopped; start it again to keep using it.',
          },
        })}
        progress={null}
        starts={1}
        onStart={noop}
      />,
    );

    expect(screen.getAllByText(/time limit/)).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});
