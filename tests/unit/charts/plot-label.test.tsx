import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { labelAbove, listLabel, PlotLabel } from "@/charts/shared/PlotLabel.tsx";

function drawn(node: ReactNode) {
  const { container } = render(<svg>{node}</svg>);
  return container.querySelector("text");
}

describe("PlotLabel", () => {
  it("draws bold ink text at the label size unless told otherwise, a halo only when asked", () => {
    const plain = drawn(
      <PlotLabel x={10} y={20}>
        5.1%
      </PlotLabel>,
    )!;
    expect(plain.getAttribute("font-weight")).toBe("600");
    expect(plain.getAttribute("font-size")).toBe("11");
    expect(plain.getAttribute("fill")).toBe("var(--color-ink)");
    expect(plain.hasAttribute("stroke")).toBe(false);
    expect(plain.hasAttribute("text-anchor")).toBe(false);

    const haloed = drawn(
      <PlotLabel x={10} y={20} halo weight="regular" size={12}>
        5.1%
      </PlotLabel>,
    )!;
    expect(haloed.getAttribute("stroke")).toBe("var(--color-surface)");
    expect(haloed.getAttribute("paint-order")).toBe("stroke");
    expect(haloed.hasAttribute("font-weight")).toBe(false);
    expect(haloed.getAttribute("font-size")).toBe("12");
  });
});

describe("listLabel adapters for Recharts' LabelList", () => {
  it("place from the mark's box, given in numbers or numeric strings", () => {
    const above = drawn(labelAbove({ x: "100", y: 50, width: 20, value: "$3.2B" }))!;
    expect([above.getAttribute("x"), above.getAttribute("y"), above.textContent]).toEqual(["110", "42", "$3.2B"]);
    // A point has no width: centred on it.
    const onPoint = drawn(labelAbove({ x: 100, y: 50, value: "$3.2B" }))!;
    expect(onPoint.getAttribute("x")).toBe("100");
  });

  it("draw nothing for a mark without words", () => {
    expect(labelAbove({ x: 1, y: 1, value: "" })).toBeNull();
    expect(labelAbove({ x: 1, y: 1, value: 3.2 })).toBeNull();
    expect(labelAbove({ x: 1, y: 1 })).toBeNull();
  });

  it("let the chart say what a mark reads, from its value and index", () => {
    const lastOnly = listLabel(
      (m) => ({ x: m.x, y: m.y }),
      (value, index) => (typeof value === "number" && index === 2 ? `Korea ${value}%` : null),
    );
    expect(lastOnly({ x: 1, y: 1, value: 2.2, index: 1 })).toBeNull();
    expect(drawn(lastOnly({ x: 1, y: 1, value: 2.2, index: 2 }))!.textContent).toBe("Korea 2.2%");
  });
});
