/**
 * PlotArea draws its chart at its box's width, measured before the first paint and followed as the
 * box resizes. jsdom has no layout: the box's width and the observer's reports are stood in for.
 */
import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PlotArea } from "@/charts/shared/PlotArea.tsx";

/** Stands in for the browser's ResizeObserver: the test reports the box's width. */
class FakeResizeObserver {
  static current: FakeResizeObserver | undefined;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.current = this;
  }
  observe() {}
  disconnect() {}
  report(width: number) {
    this.callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

function Chart({ width, drawn }: { width?: number; height?: number; drawn: number[] }) {
  drawn.push(width!);
  return <svg width={width} />;
}

describe("PlotArea", () => {
  let clientWidth: number;
  beforeEach(() => {
    clientWidth = 0;
    FakeResizeObserver.current = undefined;
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => clientWidth);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const drawIn = (drawn: number[]) =>
    render(
      <PlotArea size={{ height: 300, animate: false }}>
        <Chart drawn={drawn} />
      </PlotArea>,
    );

  it("draws once, at the box's width, then follows the box", () => {
    clientWidth = 390;
    const drawn: number[] = [];
    const { container } = drawIn(drawn);
    expect(drawn).toEqual([390]);
    act(() => FakeResizeObserver.current!.report(1280.4));
    expect(drawn).toEqual([390, 1280]);
    expect(container.querySelector("svg")!.getAttribute("width")).toBe("1280");
  });

  it("does not draw again when the observer's first, fractional report is within a pixel of the first read", () => {
    clientWidth = 390;
    const drawn: number[] = [];
    drawIn(drawn);
    act(() => FakeResizeObserver.current!.report(390.6));
    act(() => FakeResizeObserver.current!.report(389.5));
    expect(drawn).toEqual([390]);
    act(() => FakeResizeObserver.current!.report(391.2));
    expect(drawn).toEqual([390, 391]);
  });

  it("keeps the chart it has when the box loses its width (hidden), instead of redrawing it at a guess", () => {
    clientWidth = 390;
    const drawn: number[] = [];
    drawIn(drawn);
    act(() => FakeResizeObserver.current!.report(0));
    expect(drawn).toEqual([390]);
    act(() => FakeResizeObserver.current!.report(500));
    expect(drawn).toEqual([390, 500]);
  });

  it("draws at 640 px in a box that has never had a width, and at its width once it has one", () => {
    const drawn: number[] = [];
    drawIn(drawn);
    expect(drawn).toEqual([640]);
    act(() => FakeResizeObserver.current!.report(0));
    expect(drawn).toEqual([640]);
    act(() => FakeResizeObserver.current!.report(360));
    expect(drawn).toEqual([640, 360]);
  });

  it("draws at a fixed width when given one, without measuring", () => {
    const drawn: number[] = [];
    render(
      <PlotArea size={{ height: 300, width: 720, animate: false }}>
        {(width) => <Chart drawn={drawn} width={width} />}
      </PlotArea>,
    );
    expect(drawn).toEqual([720]);
    expect(FakeResizeObserver.current).toBeUndefined();
  });
});
