import { useCallback, useSyncExternalStore } from 'react';

/**
 * The selected app lives in the URL hash (`#/apps/<id>`), so a reload or a shared link opens the same app,
 * and the backend needs no SPA fallback route.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function appIdFromHash(hash: string): string | null {
  const match = /^#\/apps\/([a-z0-9]{12})$/.exec(hash);
  return match ? match[1]! : null;
}

export function useSelectedAppId(): [string | null, (id: string | null) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const select = useCallback((id: string | null) => {
    window.location.hash = id ? `#/apps/${id}` : '#/';
  }, []);
  return [appIdFromHash(hash), select];
}
