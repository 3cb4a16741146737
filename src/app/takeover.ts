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
    // Where the reader is now, which may be past the control that started the app (they kept tabbing).
    const focused = doc.activeElement;
    const stay = focused && prerendered.contains(focused) ? counterpart(focused, prerendered, live) : undefined;
    keepOpen(prerendered, live);
    keepValues(prerendered, live);
    prerendered.remove();
    live.removeAttribute("class");
    live.id = "root";
    replayIntent(html, live, stay);
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
 * pre-paint script) is clicked again in the app if it was a click. Focus goes where the reader is
 * now (`stay`), or else to that control: sending it back to the control would make a reader who
 * kept tabbing meet the chart twice. Both pages are rendered by the same components, so the n-th
 * control is the same control.
 */
function replayIntent(html: HTMLElement, live: HTMLElement, stay: HTMLElement | undefined): void {
  const intent = html.dataset.kdemIntent;
  delete html.dataset.kdemIntent;
  const [index, kind] = (intent ?? "").split(":");
  const control = intent ? live.querySelectorAll<HTMLElement>(CONTROLS)[Number(index)] : undefined;
  if (kind === "click") control?.click();
  (kind === "click" ? control : (stay ?? control))?.focus();
}

/** The live page's element for one the reader has focused on the prerendered page: same control, link or chart. */
function counterpart(focused: Element, prerendered: HTMLElement, live: HTMLElement): HTMLElement | undefined {
  if (focused.matches("svg[data-kdem-baked]"))
    return live.querySelector<HTMLElement>("figure[data-chart] svg.recharts-surface") ?? undefined;
  const index = [...prerendered.querySelectorAll(CONTROLS)].indexOf(focused);
  if (index >= 0) return live.querySelectorAll<HTMLElement>(CONTROLS)[index];
  if (focused.matches("summary")) return summaryLike(focused, live);
  const href = focused.getAttribute("href");
  if (href === null) return undefined;
  // The prerendered page may link to the source list's page instead of holding the list: a link in
  // the list is the live list's link to the same source, or else (the link to that page) its summary.
  const list = focused.closest(SOURCE_LIST);
  if (list) {
    const liveList = live.querySelector(SOURCE_LIST);
    const same = [...(liveList?.querySelectorAll<HTMLElement>("a[href]") ?? [])].find(
      (a) => a.getAttribute("href") === href,
    );
    return same ?? liveList?.querySelector<HTMLElement>("summary") ?? undefined;
  }
  // Any other link: the one with the same address at the same place among those outside the list.
  const outside = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>("a[href]")].filter(
      (a) => a.getAttribute("href") === href && !a.closest(SOURCE_LIST),
    );
  return outside(live)[outside(prerendered).indexOf(focused as HTMLElement)];
}

/** The chart's source list, which the build may have moved to a page of its own (src/ui/SourceLine.tsx). */
const SOURCE_LIST = "details[data-source-list]";

/** The live page's summary that reads the same: disclosures are told apart by what they say. */
function summaryLike(summary: Element, live: HTMLElement): HTMLElement | undefined {
  return [...live.querySelectorAll<HTMLElement>("summary")].find((s) => s.textContent === summary.textContent);
}

/** Disclosures the reader opened on the prerendered page stay open. */
function keepOpen(prerendered: HTMLElement, live: HTMLElement): void {
  for (const details of prerendered.querySelectorAll("details[open]")) {
    const summary = details.querySelector("summary");
    const counterpartDetails = summary ? summaryLike(summary, live)?.parentElement : undefined;
    if (counterpartDetails instanceof HTMLDetailsElement) counterpartDetails.open = true;
  }
}

/**
 * A year the reader dragged or typed into the prerendered page's fields while the app loaded is put
 * into the same field of the app, as if typed there: the app's own handlers take it (and the URL
 * follows), instead of the field going back to its first value.
 */
function keepValues(prerendered: HTMLElement, live: HTMLElement): void {
  const liveControls = live.querySelectorAll(CONTROLS);
  prerendered.querySelectorAll(CONTROLS).forEach((field, i) => {
    const twin = liveControls[i];
    if (!(field instanceof HTMLInputElement) || field.value === field.defaultValue) return;
    if (!(twin instanceof HTMLInputElement) || twin.type !== field.type) return;
    // React keeps its own copy of an input's value: set through the prototype, the input event is a change to it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(twin, field.value);
    twin.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** What the bake disables and the pre-paint script counts (scripts/lib/explorer-prerender.ts). */
const CONTROLS = "button, input, select, textarea";

function showsTheSame(live: HTMLElement, prerendered: HTMLElement): boolean {
  if (live.querySelector('[role="alert"]')) return true;
  const drawn = live.querySelector("figure[data-chart] svg.recharts-surface, figure[data-chart] table");
  const article = !prerendered.querySelector("[data-testid=article]") || live.querySelector("[data-testid=article]");
  return Boolean(drawn && article);
}
