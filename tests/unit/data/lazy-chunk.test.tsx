/** Lazily loaded parts as a reader meets them: a part whose code is already here appears at once. */
import { act, render, screen } from "@testing-library/react";
import { Suspense, useEffect } from "react";
import { describe, expect, it } from "vitest";
import { lazyChunk } from "@/data/lazy-chunk.ts";

function page(Part: React.ComponentType<{ label: string }>, label: string) {
  return (
    <Suspense fallback={<p>placeholder</p>}>
      <Part label={label} />
    </Suspense>
  );
}

describe("lazyChunk", () => {
  it("draws a preloaded part in the first commit, with no placeholder to hold it back", async () => {
    const Part = lazyChunk(() => Promise.resolve(({ label }: { label: string }) => <p>{label}</p>));
    Part.preload();
    await act(async () => {}); // the download finishes before the part is first needed
    render(page(Part, "drawn"));
    // React.lazy would show the placeholder here, and (in a browser) the part ≥ 300 ms later.
    expect(screen.getByText("drawn")).toBeInTheDocument();
    expect(screen.queryByText("placeholder")).toBeNull();
  });

  it("shows the placeholder while a part is still downloading, then the part, and never remounts it", async () => {
    let mounts = 0;
    function Counted({ label }: { label: string }) {
      useEffect(() => void mounts++, []);
      return <p>{label}</p>;
    }
    let arrive!: (part: typeof Counted) => void;
    const Part = lazyChunk(() => new Promise<typeof Counted>((resolve) => (arrive = resolve)));
    const { rerender } = render(page(Part, "first"));
    expect(screen.getByText("placeholder")).toBeInTheDocument();
    await act(async () => arrive(Counted));
    expect(screen.getByText("first")).toBeInTheDocument();
    rerender(page(Part, "second"));
    expect(screen.getByText("second")).toBeInTheDocument();
    expect(mounts).toBe(1);
  });

  it("says when its code has arrived, so a caller can wait for it without suspending", async () => {
    let arrive!: (part: () => null) => void;
    const Part = lazyChunk(() => new Promise<() => null>((resolve) => (arrive = resolve)));
    expect(Part.arrived()).toBe(false);
    const settled = Part.settled();
    arrive(() => null);
    await settled;
    expect(Part.arrived()).toBe(true);
  });
});
