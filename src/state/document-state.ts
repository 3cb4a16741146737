/**
 * <html lang> and data-theme follow the view (explorer, deck and embed alike), so CSS, screen readers,
 * fonts and Korean line breaking do too. "auto" leaves the scheme to the reader's system.
 */
import type { ViewState } from "./url-codec.ts";

export function applyDocumentState(doc: Document, { lang, theme }: Pick<ViewState, "lang" | "theme">): void {
  const root = doc.documentElement;
  root.lang = lang;
  if (theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = theme;
}
