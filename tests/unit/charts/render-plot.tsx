/** Renders a chart component at a fixed size in jsdom, as the baker and the embed do. */
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import type { PlotSize } from "@/charts/shared/PlotArea.tsx";

export const TEST_SIZE: PlotSize = { width: 640, height: 360, animate: false };

export function renderPlot<P>(Chart: ComponentType<P & { size: PlotSize }>, plot: P, size: PlotSize = TEST_SIZE) {
  const result = render(<Chart {...(plot as P & { size: PlotSize })} size={size} />);
  const svg = result.container.querySelector("svg.recharts-surface");
  if (!svg) throw new Error("the chart drew no SVG");
  /** Every text the SVG shows, in document order. */
  const texts = () => [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "").filter(Boolean);
  return { ...result, svg, texts };
}
