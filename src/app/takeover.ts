/**
 * The app taking over a page the build prerendered (scripts/bake.ts). React renders beside the
 * prerendered content, laid out like it but unseen (.kdem-takeover), and replaces it in one step
 * once it shows the same: the chart drawn (or its table), the article panel there when the page had
 * one, or an error, which shows at once. Rendering into the prerendered element itself would first
 * show the app's loading state: a flash and a layout shift. A page without prerendered content, or
 * whose content the pre-paint script hid (a view still on its way), gets the app directly.
 */
export function mountOverPrerender(doc: Document, mount: (container: HTMLElement, takingOver: boolean) => void): void {
  const html = doc.documentElement;
  const prerendered = doc.getElementById("root");
  if (!prerendered) throw new Error("the page has no #root");
  if (prerendered.childElementCount === 0 || html.classList.contains("kdem-prepaint")) {
    prerendered.replaceChildren();
    html.classList.remove("kdem-prepaint");
    mount(prerendered, false);
    return;
  }
  const live = doc.createElement("div");
  live.className = "kdem-takeover";
  prerendered.after(live);
  let pending = 0;
  const swap = () => {
    pending = 0;
    if (!live.isConnected || !showsTheSame(live, prerendered)) return;
    observer.disconnect();
    prerendered.remove();
    live.removeAttribute("class");
    live.id = "root";
    replayIntent(html, live);
  };
  // Checked a frame after the last change, so a chart still adding its parts is not swapped in half-drawn.
  const observer = new MutationObserver(() => {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(swap);
  });
  observer.observe(live, { childList: true, subtree: true });
  mount(live, true);
}

/**
 * The control the reader reached for on the prerendered page (which started the app: see the
 * pre-paint script) gets focus in the app, and the click, if it was one, is made again. Both pages
 * are rendered by the same components, so the n-th control is the same control.
 */
function replayIntent(html: HTMLElement, live: HTMLElement): void {
  const intent = html.dataset.kdemIntent;
  delete html.dataset.kdemIntent;
  if (!intent) return;
  const [index, kind] = intent.split(":");
  const control = live.querySelectorAll<HTMLElement>(CONTROLS)[Number(index)];
  control?.focus();
  if (kind === "click") control?.click();
}

/** What the bake disables and the pre-paint script counts (scripts/lib/explorer-prerender.ts). */
const CONTROLS = "button, input, select, textarea";

function showsTheSame(live: HTMLElement, prerendered: HTMLElement): boolean {
  if (live.querySelector('[role="alert"]')) return true;
  const drawn = live.querySelector("figure[data-chart] svg.recharts-surface, figure[data-chart] table");
  const article = !prerendered.querySelector("[data-testid=article]") || live.querySelector("[data-testid=article]");
  return Boolean(drawn && article);
}
