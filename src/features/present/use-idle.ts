import { useEffect, useState } from "react";

/** How long the pointer rests before the deck's controls fade (as in reveal.js and video players). */
export const IDLE_MS = 2500;

/**
 * True once the pointer has not moved (or pressed) for `ms`; false again on the next move. Keys do
 * not count: a presenter pressing → should not bring the buttons back over the slide. Keyboard
 * focus shows the controls by itself (present.css, :focus-within).
 */
export function usePointerIdle(ms: number = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener("pointermove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pointermove", wake);
      window.removeEventListener("pointerdown", wake);
    };
  }, [ms]);
  return idle;
}
