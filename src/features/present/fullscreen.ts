/**
 * Full screen for the deck. Each call resolves false where the Fullscreen API is missing or refused
 * (iframes without allowfullscreen, some kiosks), so the deck can say so instead of throwing.
 */
import { useSyncExternalStore } from "react";

export async function enterFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) return true;
    if (!doc.fullscreenEnabled || typeof doc.documentElement.requestFullscreen !== "function") return false;
    await doc.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    return true;
  } catch {
    return false;
  }
}

export function toggleFullscreen(doc: Document = document): Promise<boolean> {
  return doc.fullscreenElement ? exitFullscreen(doc) : enterFullscreen(doc);
}

function subscribe(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

/** True while the deck is full screen (re-renders on every change, including the browser's own Esc). */
export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement != null,
    () => false,
  );
}
