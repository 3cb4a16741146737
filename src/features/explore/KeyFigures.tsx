/** The strip at the top: where exports stand and what the 2030 goal asks, each figure a link to its point. */
import { useMemo } from "react";
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset } from "@/data/schema.ts";
import { FigureLink } from "@/ui/FigureLink.tsx";
import { keyFigureLinks } from "@/ui/figure-links.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

const COMPUTED_NOTE = "key-figures-computed";

export function KeyFigures({ data }: { data: Dataset }) {
  const t = useT(explore);
  const lang = useLang();
  const links = useMemo(() => keyFigureLinks(keyFigures(data), lang), [data, lang]);
  const items = [links.latest, links.change, links.record, links.gap, links.growth];
  return (
    <section aria-labelledby="key-figures-title" className="mb-5">
      <h2 id="key-figures-title" className="sr-only">
        {t("explore.kf.label")}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          // Five figures in two columns leave one alone: it takes the whole row instead.
          <li key={item.key} className="min-w-0 last:col-span-2 sm:last:col-span-1">
            <FigureLink item={item} className="h-full w-full" computedNote={COMPUTED_NOTE} />
          </li>
        ))}
      </ul>
      <p id={COMPUTED_NOTE} className="mt-1 text-xs text-ink-muted">
        * {t("explore.kf.computed")}
      </p>
    </section>
  );
}
