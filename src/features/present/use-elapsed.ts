import { useCallback, useEffect, useState } from "react";

const KEY = "kdem-presenter-start";

/** When the talk started: kept for the window's life (sessionStorage), so a reload keeps the count. */
function storedStart(): number {
  try {
    const kept = Number(window.sessionStorage.getItem(KEY));
    if (Number.isFinite(kept) && kept > 0 && kept <= Date.now()) return kept;
  } catch {
    // storage disabled: the count starts with the page
  }
  return store(Date.now());
}

function store(start: number): number {
  try {
    window.sessionStorage.setItem(KEY, String(start));
  } catch {
    // see above
  }
  return start;
}

/** Seconds since the presenter view opened (or since the last reset), ticking every second. */
export function useElapsed(): { seconds: number; reset: () => void } {
  const [start, setStart] = useState(storedStart);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const reset = useCallback(() => {
    const at = store(Date.now());
    setStart(at);
    setNow(at);
  }, []);
  return { seconds: Math.max(0, Math.floor((now - start) / 1000)), reset };
}
