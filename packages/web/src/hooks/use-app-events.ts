import { useEffect, useState, type Dispatch } from 'react';
import { REJECTION_EVENTS, type AppEvent } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { openEventStream } from '../api/event-stream.js';
import type { AppsAction } from '../state/apps-reducer.js';
import { EVENT_TYPES } from '../state/progress.js';

export type StreamState = 'connecting' | 'open' | 'reconnecting';

/**
 * Follows an app's history and live progress over SSE. The stream reconnects on its own and resumes after
 * Last-Event-ID; an event that changes the status is followed by a fresh read of the app (its url, port, usage).
 */
export function useAppEvents(appId: string | null, dispatch: Dispatch<AppsAction>): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    if (!appId) return;
    setState('connecting');
    const source = openEventStream(api.eventsUrl(appId));
    const refresh = () => {
      api.getApp(appId).then(
        (app) => dispatch({ type: 'app-loaded', app }),
        () => undefined, // the next event or poll tries again; a deleted app arrives as a 'deleted' event
      );
    };
    const onEvent = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as AppEvent;
      dispatch({ type: 'event-received', event });
      // A deleted (or rejected, hence removed) app answers 404: there is nothing fresher to read.
      const removed = event.type === 'deleted' || event.type === REJECTION_EVENTS.create;
      if (!removed && (event.data?.status !== undefined || event.type === 'version')) refresh();
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    source.onopen = () => setState('open');
    source.onerror = () => setState('reconnecting');
    return () => source.close();
  }, [appId, dispatch]);
  return state;
}
