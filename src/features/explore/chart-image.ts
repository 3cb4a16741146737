/**
 * Chart images for download: the plot's SVG with its styles made concrete (CSS variables and
 * classes do not travel with a file), framed by the title, takeaway and source line, so the image
 * carries its own context wherever it is pasted. PNG is the same SVG drawn onto a canvas.
 */
import { inlineComputedStyles, stripInteractive } from "@/charts/shared/svg-style.ts";
import { wrapText } from "./export.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 24;

export interface ImageText {
  title: string;
  takeaway: string;
  source: string;
  basis: string;
  /** Site, view address and date: where the image came from, wherever it is pasted. */
  credit: string;
}

/** Builds the standalone SVG text for the chart drawn inside `plot`. */
export function composeChartSvg(plot: Element, text: ImageText): { svg: string; width: number; height: number } {
  const surface = plot.querySelector("svg.recharts-surface");
  if (!(surface instanceof SVGSVGElement)) throw new Error("no chart is drawn");
  const box = surface.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const width = Math.max(chartWidth + 2 * PAD, 480);
  const style = getComputedStyle(plot);
  const ink = style.getPropertyValue("color") || "#000";
  const muted = resolveColor(plot, "var(--color-ink-muted)") ?? ink;
  const background = resolveColor(plot, "var(--color-surface)") ?? "#fff";
  const font = style.fontFamily;

  const chart = surface.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(surface, chart, getComputedStyle(plot));
  stripInteractive(chart);

  const inner = width - 2 * PAD;
  const blocks: { lines: string[]; size: number; weight: number; color: string }[] = [
    { lines: wrapText(text.title, inner, 20), size: 20, weight: 700, color: ink },
    { lines: wrapText(text.takeaway, inner, 14), size: 14, weight: 400, color: ink },
  ];
  const foot: typeof blocks = [
    { lines: wrapText(text.source, inner, 12), size: 12, weight: 400, color: muted },
    { lines: wrapText(text.basis, inner, 12), size: 12, weight: 400, color: muted },
    { lines: wrapText(text.credit, inner, 12), size: 12, weight: 700, color: muted },
  ];
  const doc = document.implementation.createDocument(SVG_NS, "svg", null);
  const root = doc.documentElement;
  let y = PAD;
  const write = (block: (typeof blocks)[number]) => {
    for (const line of block.lines) {
      y += block.size * 1.3;
      const node = doc.createElementNS(SVG_NS, "text");
      node.setAttribute("x", String(PAD));
      node.setAttribute("y", String(y));
      node.setAttribute("font-size", String(block.size));
      node.setAttribute("font-weight", String(block.weight));
      node.setAttribute("fill", block.color);
      node.textContent = line;
      root.appendChild(node);
    }
    y += 6;
  };
  const bg = doc.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", background);
  root.appendChild(bg);
  blocks.forEach(write);
  y += 6;
  chart.setAttribute("x", String(PAD));
  chart.setAttribute("y", String(y));
  chart.setAttribute("width", String(chartWidth));
  chart.setAttribute("height", String(chartHeight));
  root.appendChild(doc.importNode(chart, true));
  y += chartHeight + 6;
  foot.forEach(write);
  const height = Math.ceil(y + PAD - 6);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.setAttribute("font-family", font);
  const title = doc.createElementNS(SVG_NS, "title");
  title.textContent = text.title;
  root.insertBefore(title, root.firstChild);
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

/** The concrete colour a CSS colour expression has at `el` (resolving variables and light-dark()). */
function resolveColor(el: Element, value: string): string | null {
  const probe = document.createElement("span");
  probe.style.color = value;
  probe.style.display = "none";
  el.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || null;
}

/** Rasterises an SVG at twice its size (sharp on high-density screens and in slides). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
