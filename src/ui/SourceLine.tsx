import type { Source } from "@/data/schema.ts";
import { useT } from "./use-t.ts";

/** "Source: A, B, C and 9 more" with links; the full list sits in a disclosure right below. */
export function SourceLine({ sources, shown = 3 }: { sources: Source[]; shown?: number }) {
  const t = useT();
  const head = sources.slice(0, shown);
  const rest = sources.length - head.length;
  return (
    <div className="text-xs text-ink-muted">
      <p>
        {t("chart.sourceLine", { sources: "" })}
        {head.map((s, i) => (
          <span key={s.id}>
            {i > 0 && "; "}
            <a
              className="underline decoration-line underline-offset-2 hover:text-ink"
              href={s.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {s.publisher}
            </a>{" "}
            ({s.date})
          </span>
        ))}
      </p>
      {rest > 0 && (
        <details className="mt-1">
          <summary className="min-h-6 cursor-pointer py-1 underline decoration-dotted underline-offset-2">
            {t("chart.moreSources", { count: rest })}
          </summary>
          <ul className="mt-1 space-y-0.5 pl-4">
            {sources.map((s) => (
              <li key={s.id}>
                <a
                  className="underline decoration-line underline-offset-2 hover:text-ink"
                  href={s.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {s.title}
                </a>{" "}
                — {s.publisher}, {s.date}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
