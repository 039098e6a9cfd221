import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useAppEvents } from '../hooks/use-app-events.js';
import { useSelectedAppId } from '../hooks/use-hash-route.js';
import { useInterval } from '../hooks/use-interval.js';
import { appsReducer, initialAppsState, listApps } from '../state/apps-reducer.js';
import { creationRejection, type Rejection } from '../state/rejection.js';
import { AppList } from './app-list.js';
import { AppView } from './app-view.js';
import { ErrorNotice } from './error-notice.js';
import { NewApp } from './new-app.js';

/** Sidebar badges of apps that are not open are kept fresh by polling the list: one SSE stream per app would exhaust the browser's connections. */
const LIST_POLL_MS = 3000;

/** The app list and the open app, or the prompt box for a new one. `onAppsChanged` hears of apps made or deleted here. */
export function Workspace({ onAppsChanged }: { onAppsChanged?: () => void }) {
  const [state, dispatch] = useReducer(appsReducer, initialAppsState);
  const [selectedId, select] = useSelectedAppId();
  const [listError, setListError] = useState<unknown>(null);
  const [missing, setMissing] = useState<unknown>(null);
  const [rejected, setRejected] = useState<Rejection | null>(null);

  const loadList = useCallback(() => {
    api.listApps().then(
      (list) => {
        dispatch({ type: 'list-loaded', apps: list.apps, nextCursor: list.nextCursor });
        setListError(null);
      },
      (failure: unknown) => setListError(failure),
    );
  }, []);
  useInterval(loadList, LIST_POLL_MS);
  const loadOlder = useCallback(() => {
    if (!state.nextCursor) return;
    api.listApps(state.nextCursor).then(
      (list) => dispatch({ type: 'older-loaded', apps: list.apps, nextCursor: list.nextCursor }),
      (failure: unknown) => setListError(failure),
    );
  }, [state.nextCursor]);
  useAppEvents(selectedId, dispatch);

  // The create's answer is the app as it is now; reading it again could only race its removal by a rejection.
  const justCreated = useRef<string | null>(null);
  useEffect(() => {
    setMissing(null);
    if (!selectedId) return;
    if (selectedId === justCreated.current) {
      justCreated.current = null;
      return;
    }
    api.getApp(selectedId).then(
      (app) => dispatch({ type: 'app-loaded', app }),
      (failure: unknown) => setMissing(failure),
    );
  }, [selectedId]);

  // A first prompt the planner did not understand: back to the prompt box with it, and no app left behind.
  const selectedEvents = selectedId ? state.events[selectedId] : undefined;
  useEffect(() => {
    if (!selectedId || !selectedEvents) return;
    const rejection = creationRejection(selectedEvents);
    if (!rejection) return;
    dispatch({ type: 'app-removed', id: selectedId });
    setRejected(rejection);
    select(null);
    onAppsChanged?.();
  }, [selectedId, selectedEvents, select, onAppsChanged]);

  const created = (app: AppResponse) => {
    setRejected(null);
    justCreated.current = app.id;
    dispatch({ type: 'app-loaded', app });
    select(app.id);
    onAppsChanged?.();
  };
  const deleted = () => {
    if (selectedId) dispatch({ type: 'app-removed', id: selectedId });
    select(null);
    onAppsChanged?.();
  };
  const selected = selectedId ? state.byId[selectedId] : undefined;

  return (
    <div className="layout">
      <AppList
        apps={listApps(state)}
        selectedId={selectedId}
        onSelect={select}
        loaded={state.loaded}
        onShowOlder={state.nextCursor ? loadOlder : undefined}
      />
      <main id="main" tabIndex={-1}>
        {listError !== null && <ErrorNotice error={listError} onRetry={loadList} />}
        {!selectedId && <NewApp key={rejected?.eventId ?? 'new'} onCreated={created} rejected={rejected} />}
        {selectedId && selected && selected.status !== 'deleted' && (
          <AppView
            key={selectedId}
            app={selected}
            events={state.events[selectedId] ?? []}
            dispatch={dispatch}
            onDeleted={deleted}
          />
        )}
        {selectedId && selected?.status === 'deleted' && (
          <p className="notice">This app was deleted. Pick another one, or create a new one.</p>
        )}
        {selectedId &&
          !selected &&
          (missing !== null ? <ErrorNotice error={missing} /> : <p className="muted">Loading the app…</p>)}
      </main>
    </div>
  );
}
