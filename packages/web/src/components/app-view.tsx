import { useState, type Dispatch } from 'react';
import type { AppEvent, AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useInterval } from '../hooks/use-interval.js';
import { latestChangePrompt } from '../state/app-history.js';
import type { AppsAction } from '../state/apps-reducer.js';
import { accountOfPlan } from '../state/plan-account.js';
import { progressFrom } from '../state/progress.js';
import { ActivityList } from './activity-list.js';
import { AppActions } from './app-actions.js';
import { ChangeForm } from './change-form.js';
import { ErrorNotice } from './error-notice.js';
import { FilesPanel } from './files-panel.js';
import { LogsPanel } from './logs-panel.js';
import { PlanReport } from './plan-report.js';
import { PreviewPane } from './preview-pane.js';
import { ProgressPanel } from './progress-panel.js';
import { StatusBadge } from './status-badge.js';
import { Tabs } from './tabs.js';
import { UsageMeter } from './usage-meter.js';
import { VersionsPanel } from './versions-panel.js';

const TABS = [
  { id: 'preview', label: 'Preview' },
  { id: 'activity', label: 'Activity' },
  { id: 'files', label: 'Files' },
  { id: 'versions', label: 'Versions' },
  { id: 'log', label: 'Log' },
];

export function AppView({
  app,
  events,
  dispatch,
  onDeleted,
}: {
  app: AppResponse;
  events: AppEvent[];
  dispatch: Dispatch<AppsAction>;
  onDeleted: () => void;
}) {
  const [tab, setTab] = useState('preview');
  const [startError, setStartError] = useState<unknown>(null);
  const progress = progressFrom(events);
  // Usage figures change by themselves while the app runs; nothing announces them, so they are polled.
  useInterval(
    () => {
      api.getApp(app.id).then(
        (fresh) => dispatch({ type: 'app-loaded', app: fresh }),
        () => undefined,
      );
    },
    app.status === 'running' ? 5000 : null,
  );
  const start = () => {
    setStartError(null);
    api.start(app.id).catch((failure: unknown) => setStartError(failure));
  };
  const starts = events.filter((e) => e.type === 'running').length;
  // After changes the first prompt no longer says what the app is: the latest change that took does.
  const latestChange = latestChangePrompt(events);
  // A run that planned nothing (a start, an edit) has no plan of its own to show: the app's plan stands in.
  const overview = !progress?.spec && app.plan ? accountOfPlan(app.plan) : null;

  return (
    <section className="app-view" aria-labelledby="app-title">
      <header className="app-header">
        <div>
          <h1 id="app-title">
            <span className="app-title-name">{app.name}</span> <StatusBadge status={app.status} />
          </h1>
          <p className="muted small app-prompt">
            Version {app.version}
            {app.engine ? ` · planned by ${app.engine}` : ''} ·{' '}
            {latestChange ? `latest change: “${latestChange}”` : `“${app.prompt}”`}
          </p>
          <UsageMeter app={app} />
        </div>
        <AppActions app={app} onDeleted={onDeleted} />
      </header>
      <ChangeForm app={app} events={events} />
      {startError !== null && <ErrorNotice error={startError} />}
      <Tabs tabs={TABS} active={tab} onChange={setTab}>
        {tab === 'preview' && <PreviewPane app={app} progress={progress} starts={starts} onStart={start} />}
        {tab === 'activity' && (
          <>
            {progress && <ProgressPanel progress={progress} plan={app.plan} />}
            {overview && (
              <section className="overview" aria-label="About this app">
                <h2 className="section-title">About this app</h2>
                <PlanReport account={overview} />
              </section>
            )}
            <h2 className="section-title">History</h2>
            <ActivityList events={events} />
          </>
        )}
        {tab === 'files' &&
          (app.version > 0 ? (
            <FilesPanel app={app} />
          ) : (
            <p className="muted">The files appear once the first version is written.</p>
          ))}
        {tab === 'versions' &&
          (app.version > 0 ? (
            <VersionsPanel app={app} events={events} />
          ) : (
            <p className="muted">No versions yet.</p>
          ))}
        {tab === 'log' && <LogsPanel appId={app.id} />}
      </Tabs>
    </section>
  );
}
