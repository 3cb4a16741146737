import { describe, expect, it, vi } from "vitest";
import { findPoints } from "@/charts/find-points.ts";
import { CHARTS, indexPoints } from "@/charts/registry.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("findPoints", () => {
  it("finds the points the article cites, as the full index has them, without listing the later charts' points", () => {
    const ids = data.article.figures.map((f) => f.point);
    const buyers = vi.spyOn(CHARTS.buyers, "points");
    const found = findPoints(data, ids);
    // The article's points belong to the first charts: the deals (buyers) are never listed for it.
    expect(buyers).not.toHaveBeenCalled();
    buyers.mockRestore();
    expect([...found.keys()].sort()).toEqual([...new Set(ids)].sort());
    for (const [id, point] of found) expect(point).toEqual(indexPoints(data).get(id));
  });

  it("leaves out an id no chart has, after looking through them all", () => {
    expect([...findPoints(data, ["exports-2022", "no-such-point"]).keys()]).toEqual(["exports-2022"]);
  });
});
