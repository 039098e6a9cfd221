import type { AppEvent, AppResponse, AppStatus } from '@isekai/contracts';

/** What the UI knows about the person's apps: the list, and the event history of each app it has watched. */
export interface AppsState {
  /** Newest first, as the API lists them. */
  order: string[];
  byId: Record<string, AppResponse>;
  events: Record<string, AppEvent[]>;
  /** Apps this tab created or opened that no list has shown yet (the list may have been read just before). */
  unlisted: string[];
  loaded: boolean;
}

export type AppsAction =
  | { type: 'list-loaded'; apps: AppResponse[] }
  | { type: 'app-loaded'; app: AppResponse }
  | { type: 'app-removed'; id: string }
  | { type: 'event-received'; event: AppEvent };

export const initialAppsState: AppsState = { order: [], byId: {}, events: {}, unlisted: [], loaded: false };

/** Event histories are bounded so a long-lived tab does not grow without end. */
const MAX_EVENTS = 500;

function eventStatus(event: AppEvent): AppStatus | undefined {
  const status = event.data?.status;
  return typeof status === 'string' ? (status as AppStatus) : undefined;
}

function withApp(state: AppsState, app: AppResponse, prepend: boolean): AppsState {
  const known = app.id in state.byId;
  const order = known ? state.order : prepend ? [app.id, ...state.order] : [...state.order, app.id];
  const unlisted = known ? state.unlisted : [...state.unlisted, app.id];
  return { ...state, order, unlisted, byId: { ...state.byId, [app.id]: app } };
}

function applyEvent(state: AppsState, event: AppEvent): AppsState {
  const history = state.events[event.appId] ?? [];
  if (history.some((e) => e.id === event.id)) return state;
  const events = { ...state.events, [event.appId]: [...history, event].slice(-MAX_EVENTS) };
  const app = state.byId[event.appId];
  if (!app) return { ...state, events };
  const status = event.type === 'deleted' ? 'deleted' : eventStatus(event);
  const version = event.type === 'version' && typeof event.data?.version === 'number' ? event.data.version : app.version;
  const changed = { ...app, status: status ?? app.status, version, updatedAt: event.at };
  return { ...state, events, byId: { ...state.byId, [app.id]: changed } };
}

export function appsReducer(state: AppsState, action: AppsAction): AppsState {
  switch (action.type) {
    case 'list-loaded': {
      // The list is the truth for which apps exist; apps fetched on their own keep their fresher copy.
      const byId: Record<string, AppResponse> = {};
      for (const app of action.apps) {
        const mine = state.byId[app.id];
        byId[app.id] = mine && mine.updatedAt > app.updatedAt ? mine : app;
      }
      // An app created while the list was on its way is not in it yet: keep it on top until a list shows it.
      const fresh = state.unlisted.filter((id) => !(id in byId) && state.byId[id] !== undefined);
      for (const id of fresh) byId[id] = state.byId[id]!;
      return { ...state, order: [...fresh, ...action.apps.map((a) => a.id)], byId, unlisted: fresh, loaded: true };
    }
    case 'app-loaded':
      return withApp(state, action.app, true);
    case 'app-removed': {
      const { [action.id]: _gone, ...byId } = state.byId;
      return { ...state, order: state.order.filter((id) => id !== action.id), unlisted: state.unlisted.filter((id) => id !== action.id), byId };
    }
    case 'event-received':
      return applyEvent(state, action.event);
  }
}

export function listApps(state: AppsState): AppResponse[] {
  return state.order.map((id) => state.byId[id]).filter((a): a is AppResponse => a !== undefined && a.status !== 'deleted');
}
