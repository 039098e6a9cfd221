import { useEffect, useRef } from 'react';

/** Calls `tick` now and then every `ms` while mounted and the tab is visible; null pauses it. */
export function useInterval(tick: () => void, ms: number | null): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (ms === null) return;
    const run = () => {
      if (document.visibilityState !== 'hidden') latest.current();
    };
    run();
    const timer = setInterval(run, ms);
    document.addEventListener('visibilitychange', run);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', run);
    };
  }, [ms]);
}
