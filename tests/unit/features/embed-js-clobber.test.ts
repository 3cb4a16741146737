/** embed.js on a host page whose markup names an element like the script's own mark (DOM clobbering). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const SCRIPT = readFileSync(resolve(import.meta.dirname, "../../../public/embed.js"), "utf8");
const EMBED_ORIGIN = "https://charts.example.org";

it("still sizes its iframes when the host page has an element with id=kdemEmbed", () => {
  const clobber = document.createElement("div");
  clobber.id = "kdemEmbed";
  document.body.append(clobber);
  // Browsers expose the element as window.kdemEmbed (named access; jsdom does not, so it is set here
  // as a browser would): the script must not take it for its own "already loaded" mark.
  (window as unknown as Record<string, unknown>).kdemEmbed = clobber;
  window.eval(SCRIPT);

  const frame = document.createElement("iframe");
  frame.src = `${EMBED_ORIGIN}/embed/annual-exports`;
  frame.setAttribute("data-kdem-embed", "");
  document.body.append(frame);
  window.dispatchEvent(
    new MessageEvent("message", {
      data: { type: "kdem:resize", chart: "annual-exports", height: 700 },
      source: frame.contentWindow,
      origin: EMBED_ORIGIN,
    }),
  );
  expect(frame.style.height).toBe("700px");
});
