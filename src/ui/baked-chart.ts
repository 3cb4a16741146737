/**
 * What a reader does most with a chart, for the charts the build baked into the page (explorer and
 * embeds), without React or Recharts: a tooltip on hover and tap, the arrow keys through the points
 * with each point announced, and the article's figure links that point at this chart moving focus to
 * their point and, with Escape, back. The points (position along the category axis, tooltip text,
 * data point id) were read from the drawn chart at build time (scripts/lib/chart-svg.ts), so this
 * shows what the live chart's own tooltip shows. Plain DOM, a few KB: loaded after the chart has
 * painted; the framework loads only for what it alone can do (design §6).
 *
 * An embed's SVG carries its points (`data-kdem-points`). The explorer's page names a file instead
 * (`data-kdem-points-src="<file>#<size>"`, one file for a view's sizes): nothing but this script reads
 * them, and they would otherwise be ≈1 kB gzip of a page that must arrive in one round trip.
 */

interface Point {
  at: number;
  title: string;
  lines: string[];
  id: string | null;
}

/**
 * Gives every baked chart SVG in `scope` its interaction, and connects the figure links that name its
 * points: at once for points in the SVG, once loaded for points in a file. A chart whose points
 * cannot be had stays what it was: a labelled image.
 */
export function enhanceBakedCharts(
  scope: ParentNode,
  load: (href: string) => Promise<unknown> = fetchJson,
): Promise<void> {
  const svgs = [...scope.querySelectorAll<SVGSVGElement>("svg[data-kdem-points], svg[data-kdem-points-src]")].filter(
    (svg) => svg.dataset.kdemLive === undefined,
  );
  // Marked at once: a second call while the points load must not enhance it twice.
  for (const svg of svgs) svg.dataset.kdemLive = "";
  const inline = svgs.filter((svg) => svg.dataset.kdemPoints !== undefined);
  const charts = inline.map((svg) => enhance(svg, parsed(svg.dataset.kdemPoints!)));
  const fromFiles = svgs.filter((svg) => !inline.includes(svg));
  // An embed's charts answer at once: a reader may have reached them before the script came.
  if (!fromFiles.length) return Promise.resolve(connectFigureLinks(scope, charts));
  const files = new Map<string, Promise<unknown>>();
  const pointsOf = async (svg: SVGSVGElement): Promise<unknown> => {
    const [file = "", key = ""] = svg.dataset.kdemPointsSrc!.split("#");
    if (!files.has(file)) files.set(file, load(file));
    const all = await files.get(file)!;
    return all && typeof all === "object" ? (all as Record<string, unknown>)[key] : undefined;
  };
  return Promise.all(
    fromFiles.map((svg) =>
      pointsOf(svg).then(
        (points) => enhance(svg, points),
        () => null,
      ),
    ),
  ).then((loaded) => connectFigureLinks(scope, [...charts, ...loaded]));
}

function connectFigureLinks(scope: ParentNode, enhanced: (Chart | null)[]): void {
  const charts = enhanced.filter((chart): chart is Chart => chart !== null);
  for (const link of scope.querySelectorAll<HTMLButtonElement>("button[data-point]")) {
    if (!charts.some((chart) => chart.has(link.dataset.point!))) continue;
    // Handled here, so it does not ask for the app (see the pre-paint script).
    link.dataset.kdemHere = "";
    link.addEventListener("click", () => {
      const chart = charts.find((c) => c.shown() && c.has(link.dataset.point!));
      chart?.focusPoint(link.dataset.point!, link);
    });
  }
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

async function fetchJson(href: string): Promise<unknown> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

interface Chart {
  has: (id: string) => boolean;
  shown: () => boolean;
  focusPoint: (id: string, from: HTMLElement) => void;
}

const SVG = "http://www.w3.org/2000/svg";

function enhance(svg: SVGSVGElement, read: unknown): Chart | null {
  const box = svg.parentElement;
  if (!Array.isArray(read) || !read.length || !box) return null;
  const points = read as Point[];
  const doc = svg.ownerDocument;
  // Now that the arrow keys work, it is a chart to explore, named as the live chart is, not a picture.
  if (svg.dataset.kdemSurface) {
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", svg.dataset.kdemSurface);
    svg.removeAttribute("aria-labelledby");
  }
  const axis = svg.dataset.kdemAxis === "y" ? "y" : "x";
  const view = svg.viewBox.baseVal;

  const tip = doc.createElement("div");
  tip.className =
    "pointer-events-none absolute z-10 max-w-xs rounded-md border border-line bg-surface p-2 text-sm text-ink shadow-lg";
  tip.hidden = true;
  tip.dataset.kdemTip = "";
  // Screen readers hear the point through the live region; the box is for eyes.
  tip.setAttribute("aria-hidden", "true");
  const live = doc.createElement("p");
  live.className = "sr-only";
  live.setAttribute("aria-live", "polite");
  live.dataset.kdemAnnounce = "";
  box.style.position = "relative";
  box.append(tip, live);
  const cursor = doc.createElementNS(SVG, "line");
  cursor.setAttribute("stroke", "var(--color-ink-muted)");
  cursor.setAttribute("stroke-dasharray", "3 3");
  cursor.setAttribute("pointer-events", "none");
  cursor.setAttribute("visibility", "hidden");
  svg.append(cursor);

  let index = -1;
  let returnTo: HTMLElement | null = null;

  const show = (next: number, announce: boolean) => {
    index = Math.max(0, Math.min(points.length - 1, next));
    const point = points[index]!;
    const title = doc.createElement("p");
    title.className = "font-semibold";
    title.textContent = point.title;
    tip.replaceChildren(
      title,
      ...point.lines.map((line) => {
        const p = doc.createElement("p");
        p.className = "text-xs text-ink-muted";
        p.textContent = line;
        return p;
      }),
    );
    tip.hidden = false;
    if (axis === "x") {
      cursor.setAttribute("x1", String(point.at));
      cursor.setAttribute("x2", String(point.at));
      cursor.setAttribute("y1", String(view.y));
      cursor.setAttribute("y2", String(view.y + view.height));
    } else {
      cursor.setAttribute("y1", String(point.at));
      cursor.setAttribute("y2", String(point.at));
      cursor.setAttribute("x1", String(view.x));
      cursor.setAttribute("x2", String(view.x + view.width));
    }
    cursor.setAttribute("visibility", "visible");
    place(point.at);
    if (announce) live.textContent = [point.title, ...point.lines].join(". ");
  };
  const hide = () => {
    tip.hidden = true;
    cursor.setAttribute("visibility", "hidden");
  };
  /** Beside the point, on the side with more room, inside the plot box. */
  const place = (at: number) => {
    const ctm = svg.getScreenCTM();
    const frame = box.getBoundingClientRect();
    if (!ctm) return;
    const p = new DOMPoint(axis === "x" ? at : view.x, axis === "x" ? view.y : at).matrixTransform(ctm);
    const gap = 12;
    if (axis === "x") {
      const x = p.x - frame.left;
      const left = x > frame.width / 2 ? x - gap - tip.offsetWidth : x + gap;
      tip.style.left = `${Math.max(0, left)}px`;
      tip.style.top = `${gap}px`;
    } else {
      const y = p.y - frame.top;
      tip.style.left = `${frame.width / 2}px`;
      tip.style.top = `${y > frame.height / 2 ? y - gap - tip.offsetHeight : y + gap}px`;
    }
  };
  const nearest = (event: PointerEvent): number | null => {
    const ctm = svg.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const value = axis === "x" ? p.x : p.y;
    let best = 0;
    for (let i = 1; i < points.length; i++)
      if (Math.abs(points[i]!.at - value) < Math.abs(points[best]!.at - value)) best = i;
    return best;
  };

  svg.addEventListener("pointermove", (event) => {
    const i = nearest(event);
    if (i !== null && i !== index) show(i, false);
    else if (i !== null && tip.hidden) show(i, false);
  });
  // A tap shows the point and keeps it until the next tap elsewhere.
  svg.addEventListener("pointerdown", (event) => {
    const i = nearest(event);
    if (i !== null) show(i, true);
  });
  svg.addEventListener("pointerleave", (event) => {
    if (event.pointerType === "mouse" && doc.activeElement !== svg) hide();
  });
  svg.addEventListener("focus", () => show(index < 0 ? 0 : index, true));
  // The script comes after the first paint: a reader may have tabbed to the chart already.
  if (doc.activeElement === svg) show(0, true);
  svg.addEventListener("blur", () => {
    hide();
    returnTo = null;
  });
  svg.addEventListener("keydown", (event) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: points.length - 1,
    };
    if (event.key === "Escape") {
      hide();
      returnTo?.focus();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(next, true);
  });

  return {
    has: (id) => points.some((p) => p.id === id),
    shown: () => svg.getBoundingClientRect().width > 0,
    focusPoint: (id, from) => {
      index = points.findIndex((p) => p.id === id);
      svg.focus();
      returnTo = from;
    },
  };
}
