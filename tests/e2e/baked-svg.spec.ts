/**
 * The build trims every baked chart for its page (trimForPage: Recharts' class names and wrapper
 * groups, layout props, a one-line label's tspan, text's stroke="none", digits past the second
 * decimal…) on the promise that it drops nothing a reader sees. Here Chromium draws each chart's
 * baked SVG from its embed page beside the untrimmed drawing of the same chart (/static/<chart>.svg,
 * the same Recharts drawing at the same size) and compares them pixel by pixel.
 */
import { expect, test, type Page } from "@playwright/test";
import { CHART_IDS } from "../../src/data/chart-ids.ts";

/**
 * Pixels whose colour differs by more than anti-aliasing can explain, between the untrimmed chart
 * and the baked one given the same colours, font and background. Rounding coordinates to 0.01 px
 * moves an edge's coverage a little (seen: one pixel of a tiny bar's rounded corner, by 20 of 255);
 * a label or mark that is missing differs from the background by well over 100 on dozens of pixels.
 */
function differingPixels(page: Page, standalone: string, baked: string): Promise<number> {
  return page.evaluate(
    async ({ standalone, baked }) => {
      const full = new DOMParser().parseFromString(standalone, "image/svg+xml").documentElement;
      const template = document.createElement("template");
      template.innerHTML = baked;
      const trimmed = template.content.querySelector("svg")!;
      // The stand-alone file carries the colours, the font and a background; the page gives the baked one the same.
      const style = full.querySelector(":scope > style")!;
      const background = style.nextElementSibling!;
      trimmed.prepend(style.cloneNode(true), background.cloneNode(true));
      trimmed.setAttribute("width", full.getAttribute("width")!);
      trimmed.setAttribute("height", full.getAttribute("height")!);
      const pixels = async (svg: Element) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [a, b] = [await pixels(full), await pixels(trimmed)];
      if (a.length !== b.length) return Number.POSITIVE_INFINITY;
      let differing = 0;
      for (let i = 0; i < a.length; i += 4)
        if ([0, 1, 2, 3].some((c) => Math.abs(a[i + c]! - b[i + c]!) > 48)) differing++;
      return differing;
    },
    { standalone, baked },
  );
}

test("every baked chart draws what the chart drew: trimming it for the page dropped nothing a reader sees", async ({
  page,
  request,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.setContent("<!doctype html><html><body></body></html>");
  for (const id of CHART_IDS) {
    const standalone = await (await request.get(`/static/${id}.svg`)).text();
    const html = await (await request.get(`/embed/${id}`)).text();
    const baked = /<svg[^>]*data-kdem-size="wide"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(baked, id).toBeDefined();
    expect(await differingPixels(page, standalone, baked!), id).toBe(0);
    // The comparison sees a difference when there is one: the baked chart without its last label.
    const lessOne = baked!.replace(/<text[^>]*>(?:(?!<\/text>)[\s\S])*<\/text>(?![\s\S]*<text)/, "");
    expect(lessOne, id).not.toBe(baked);
    expect(await differingPixels(page, standalone, lessOne), id).toBeGreaterThan(50);
  }
});
