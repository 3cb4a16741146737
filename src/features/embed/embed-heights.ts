/**
 * The height an embed takes in a 640 px column (EMBED_WIDTH, a typical article width), per chart
 * and language, measured from the baked pages. The embed code's iframe reserves it, so the article
 * does not jump when embed.js sizes the frame (600 px for all was off by up to 104 px). Measured,
 * not computed: tests/e2e/embed.spec.ts loads every embed in a 640 px frame on a host page and
 * fails when a number here is more than a few px from the resized height — update it from there.
 * Narrower columns run taller (≈ +70 px at 375 px) and embed.js still corrects any difference.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Lang } from "@/data/langs.ts";

export const EMBED_HEIGHTS: Record<ChartId, Record<Lang, number>> = {
  "annual-exports": { en: 563, ko: 542 },
  "target-path": { en: 647, ko: 590 },
  "world-share": { en: 704, ko: 668 },
  "top-exporters": { en: 615, ko: 558 },
  buyers: { en: 626, ko: 574 },
  recipients: { en: 624, ko: 567 },
  "exporter-race": { en: 668, ko: 652 },
  "contracts-vs-deliveries": { en: 663, ko: 631 },
};
