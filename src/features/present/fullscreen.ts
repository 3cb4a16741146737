/**
 * Toggles full screen. Resolves false where the Fullscreen API is missing or refused (iframes
 * without allowfullscreen, some kiosks), so the deck can say so instead of throwing.
 */
export async function toggleFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen();
      return true;
    }
    if (!doc.fullscreenEnabled || typeof doc.documentElement.requestFullscreen !== "function") return false;
    await doc.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}
