/**
 * The app's whole stylesheet, on a page that the build gave only the part its baked content uses
 * (scripts/lib/critical-css.ts) and whose `<meta name="kdem-css">` names the whole file. Whatever
 * the app draws beyond the baked content (dialogs, menus, the live chart's parts) needs it, so the
 * app waits for it before it shows anything. Resolves at once where there is no such meta (the dev
 * server, tests), and also when the file fails: the page's own part is still there.
 */
let loading: Promise<void> | undefined;

export function loadFullStylesheet(doc: Document): Promise<void> {
  const href = doc.querySelector<HTMLMetaElement>('meta[name="kdem-css"]')?.content;
  if (!href) return Promise.resolve();
  // Asked once per page: the explorer and an embed each start one app.
  loading ??= new Promise((resolve) => {
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => {
      console.warn(`kdem: the stylesheet ${href} did not load; the page keeps the styles it came with`);
      resolve();
    });
    doc.head.append(link);
  });
  return loading;
}
