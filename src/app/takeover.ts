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
    // Focus stays where the reader left it when the same control exists in the app (same id).
    const focused = prerendered.contains(doc.activeElement) ? doc.activeElement?.id : undefined;
    prerendered.remove();
    live.removeAttribute("class");
    live.id = "root";
    if (focused) doc.getElementById(focused)?.focus();
  };
  // Checked a frame after the last change, so a chart still adding its parts is not swapped in half-drawn.
  const observer = new MutationObserver(() => {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(swap);
  });
  observer.observe(live, { childList: true, subtree: true });
  mount(live, true);
}

function showsTheSame(live: HTMLElement, prerendered: HTMLElement): boolean {
  if (live.querySelector('[role="alert"]')) return true;
  const drawn = live.querySelector("figure[data-chart] svg.recharts-surface, figure[data-chart] table");
  const article = !prerendered.querySelector("[data-testid=article]") || live.querySelector("[data-testid=article]");
  return Boolean(drawn && article);
}
