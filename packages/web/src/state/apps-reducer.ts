import { REJECTION_EVENTS, type AppEvent, type AppResponse, type AppStatus } from '@isekai/contracts';

/** What the UI knows about the person's apps: the list, and the event history of each app it has watched. */
export interface AppsState {
  /** Newest first, as the API lists them. */
  order: string[];
  byId: Record<string, AppResponse>;
  events: Record<string, AppEvent[]>;
  /** Apps this tab created or opened that no list has shown yet (the list may have been read just before). */
  unlisted: string[];
  /** Apps from pages past the first, shown after it; the poll only refreshes the first page. */
  older: string[];
  /** Where the next older page starts, or null when every app is shown. */
  nextCursor: string | null;
  loaded: boolean;
  /** Apps removed here (deleted, or rejected by the planner): a list read before the removal must not bring them back. */
  gone: string[];
}

export type AppsAction =
  | { type: 'list-loaded'; apps: AppResponse[]; nextCursor: string | null }
  | { type: 'older-loaded'; apps: AppResponse[]; nextCursor: string | null }
  | { type: 'app-loaded'; app: AppResponse }
  | { type: 'app-removed'; id: string }
  | { type: 'event-received'; event: AppEvent };

export const initialAppsState: AppsState = {
  order: [],
  byId: {},
  events: {},
  unlisted: [],
  older: [],
  nextCursor: null,
  loaded: false,
  gone: [],
};

/** Event histories are bounded so a long-lived tab does not grow without end. */
const MAX_EVENTS = 500;

function eventStatus(event: AppEvent): AppStatus | undefined {
  const status = event.data?.status;
  return typeof status === 'string' ? (status as AppStatus) : undefined;
}

function withApp(state: AppsState, app: AppResponse, prepend: boolean): AppsState {
  if (state.gone.includes(app.id)) return state;
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
  // A prompt the planner did not understand leaves no app behind: the backend removes it next.
  const status =
    event.type === 'deleted' || event.type === REJECTION_EVENTS.create ? 'deleted' : eventStatus(event);
  const version =
    event.type === 'version' && typeof event.data?.version === 'number' ? event.data.version : app.version;
  const changed = { ...app, status: status ?? app.status, version, updatedAt: event.at };
  return { ...state, events, byId: { ...state.byId, [app.id]: changed } };
}

export function appsReducer(state: AppsState, action: AppsAction): AppsState {
  switch (action.type) {
    case 'list-loaded': {
      // The list is the truth for which apps exist; apps fetched on their own keep their fresher copy.
      const byId: Record<string, AppResponse> = {};
      const apps = action.apps.filter((app) => !state.gone.includes(app.id));
      for (const app of apps) {
        const mine = state.byId[app.id];
        byId[app.id] = mine && mine.updatedAt > app.updatedAt ? mine : app;
      }
      // An app created while the list was on its way is not in it yet: keep it on top until a list shows it.
      const fresh = state.unlisted.filter((id) => !(id in byId) && state.byId[id] !== undefined);
      for (const id of fresh) byId[id] = state.byId[id]!;
      // Older pages stay below the first one; an app that moved into the first page is shown there once.
      const older = state.older.filter((id) => !(id in byId) && state.byId[id] !== undefined);
      for (const id of older) byId[id] = state.byId[id]!;
      const order = [...fresh, ...apps.map((a) => a.id), ...older];
      const nextCursor = older.length > 0 ? state.nextCursor : action.nextCursor;
      return { ...state, order, byId, unlisted: fresh, older, nextCursor, loaded: true };
    }
    case 'older-loaded': {
      const added = action.apps.filter((app) => !(app.id in state.byId) && !state.gone.includes(app.id));
      const byId = { ...state.byId };
      for (const app of added) byId[app.id] = app;
      const ids = added.map((app) => app.id);
      return {
        ...state,
        byId,
        order: [...state.order, ...ids],
        older: [...state.older, ...ids],
        nextCursor: action.nextCursor,
      };
    }
    case 'app-loaded':
      return withApp(state, action.app, true);
    case 'app-removed': {
      const { [action.id]: _gone, ...byId } = state.byId;
      const others = (ids: string[]) => ids.filter((id) => id !== action.id);
      return {
        ...state,
        order: others(state.order),
        unlisted: others(state.unlisted),
        older: others(state.older),
        byId,
        gone: state.gone.includes(action.id) ? state.gone : [...state.gone, action.id],
      };
    }
    case 'event-received':
      return applyEvent(state, action.event);
  }
}

export function listApps(state: AppsState): AppResponse[] {
  return state.order
    .map((id) => state.byId[id])
    .filter((a): a is AppResponse => a !== undefined && a.status !== 'deleted');
}
