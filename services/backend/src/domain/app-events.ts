import type { AppEvent } from '@isekai/contracts';
import { notFound } from '@isekai/service-kit';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';

/** Most history replayed to a new stream before live events follow. */
const REPLAY_LIMIT = 10_000;

/** An app's event history, and its live events; a deleted app's history stays readable (why it went). */
export function createAppEvents({ store, activity }: { store: Store; activity: Activity }) {
  const requireKnown = (appId: string) => {
    if (!store.apps.appExists(appId)) throw notFound('app', appId);
  };

  return {
    list(appId: string, afterId: number): AppEvent[] {
      requireKnown(appId);
      return store.events.listEvents(appId, afterId);
    },

    /**
     * A feed of the app's events (a 404 now if there is no such app): once started, the history after
     * `afterId`, then live events, each once and in order; `start` returns the unsubscribe. Subscribing
     * before the replay means nothing written during it is missed.
     */
    feed(appId: string, afterId: number) {
      requireKnown(appId);
      return {
        start(listener: (event: AppEvent) => void): () => void {
          let sent = afterId;
          const send = (event: AppEvent) => {
            if (event.id <= sent) return;
            sent = event.id;
            listener(event);
          };
          const unsubscribe = activity.subscribe(appId, send);
          store.events.listEvents(appId, afterId, REPLAY_LIMIT).forEach(send);
          return unsubscribe;
        },
      };
    },
  };
}

export type AppEvents = ReturnType<typeof createAppEvents>;
