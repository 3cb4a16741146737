/**
 * The explorer's "Embed" dialog: the code for the current chart and view (iframe + embed.js), with
 * the embed's language, theme and controls as options, a live preview at phone and desktop widths
 * (iframes of the real embed page, sized by the real embed.js), a copy button, the plain link and
 * the static SVG of the same view when the build published one. Self-contained: mount it anywhere with the chart id and view.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { chartModel, embedHeight } from "@/charts/registry.ts";
import { useDataset } from "@/data/api/get-dataset.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import { LANGS, type Lang } from "@/data/langs.ts";
import { THEMES, type Theme, type ViewState } from "@/state/url-codec.ts";
import { useT } from "@/ui/use-t.ts";
import { embed } from "@/i18n/messages/embed.ts";
import { embedCode, embedScriptUrl, embedUrl, staticSvgUrl } from "./embed-code.ts";
import type { EmbedParams } from "./embed-params.ts";

export interface EmbedDialogProps {
  chartId: ChartId;
  /** The explorer's current view: its range, type and focus go into the embed. */
  view: ViewState;
  open: boolean;
  onClose: () => void;
  /** Where the embed is served from; the page's own origin by default. */
  origin?: string;
}

const PREVIEWS = [
  { key: "phone", width: 375 },
  { key: "desktop", width: 640 },
] as const;
const LANG_NAMES: Record<Lang, string> = { en: "English", ko: "한국어" };
const FIELD = "rounded border border-line bg-surface px-2 py-1 text-sm text-ink";

export function EmbedDialog({ chartId, view, open, onClose, origin = window.location.origin }: EmbedDialogProps) {
  const t = useT(embed);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const codeId = useId();
  const [lang, setLang] = useState<Lang>(view.lang);
  // A publisher's page is light unless they say otherwise: "follow the reader's system" put a dark
  // block into light articles for readers in dark mode. Dark and auto are opt-ins.
  const [theme, setTheme] = useState<Theme>("light");
  const [controls, setControls] = useState(false);
  const [transparent, setTransparent] = useState(false);
  // The copy outcome belongs to the code it was for: a changed code shows no stale "Copied".
  const [copyResult, setCopyResult] = useState<{ code: string; result: "copied" | "failed" } | null>(null);
  const { data } = useDataset();

  const params: EmbedParams = {
    from: view.from,
    to: view.to,
    type: view.type,
    focus: view.focus,
    window: view.window,
    lang,
    theme,
    controls,
    transparent,
  };
  const model = useMemo(
    () =>
      data
        ? chartModel(chartId, data, lang, {
            from: view.from,
            to: view.to,
            type: view.type,
            focus: view.focus,
            window: view.window,
          })
        : null,
    [chartId, data, lang, view.from, view.to, view.type, view.focus, view.window],
  );
  const frameTitle = model?.spec.title ?? t("app.title");
  // The build publishes a stand-alone SVG of each chart's default view only (fitted options all
  // defaults): another range, type or highlight must not link to a picture of a different view.
  const bakedView = model !== null && Object.values(model.options).every((v) => v === undefined);
  const code = embedCode(origin, chartId, params, frameTitle);
  const url = embedUrl(origin, chartId, params);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom and very old browsers lack showModal; the dialog then opens non-modally.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
      loadEmbedScript(origin);
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open, origin]);
  const copy = copyResult?.code === code ? copyResult.result : "idle";

  const copyCode = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopyResult({ code, result: "copied" });
    } catch {
      setCopyResult({ code, result: "failed" });
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[92vh] w-[min(1100px,96vw)] overflow-auto rounded-lg border border-line bg-surface p-0 text-ink backdrop:bg-black/50"
    >
      {open && (
        <div className="space-y-4 p-4 sm:p-5">
          <div className="flex items-start justify-between gap-3">
            <div>
              <h2 id={titleId} className="text-xl font-semibold">
                {t("embed.dialog.title")}
              </h2>
              <p className="mt-1 text-sm text-ink-muted">{t("embed.dialog.intro")}</p>
            </div>
            <button
              type="button"
              onClick={onClose}
              className="shrink-0 whitespace-nowrap rounded border border-line px-3 py-1.5 text-sm hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-accent"
            >
              {t("embed.dialog.close")}
            </button>
          </div>

          <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            <legend className="sr-only">{t("embed.dialog.options")}</legend>
            <span className="flex items-center gap-2">
              <label htmlFor={`${codeId}-lang`}>{t("embed.dialog.lang")}</label>
              <select
                id={`${codeId}-lang`}
                className={FIELD}
                value={lang}
                onChange={(e) => setLang(e.target.value as Lang)}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            </span>
            <span className="flex items-center gap-2">
              <label htmlFor={`${codeId}-theme`}>{t("embed.dialog.theme")}</label>
              <select
                id={`${codeId}-theme`}
                className={FIELD}
                value={theme}
                onChange={(e) => setTheme(e.target.value as Theme)}
              >
                {THEMES.map((value) => (
                  <option key={value} value={value}>
                    {t(`embed.dialog.theme.${value}`)}
                  </option>
                ))}
              </select>
            </span>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={controls}
                onChange={(e) => setControls(e.target.checked)}
                className="h-4 w-4 accent-[var(--color-accent)]"
              />
              {t("embed.dialog.controls")}
            </label>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={transparent}
                onChange={(e) => setTransparent(e.target.checked)}
                className="h-4 w-4 accent-[var(--color-accent)]"
              />
              {t("embed.dialog.transparent")}
            </label>
          </fieldset>

          <div>
            <label htmlFor={codeId} className="text-sm font-medium">
              {t("embed.dialog.code")}
            </label>
            <textarea
              id={codeId}
              readOnly
              value={code}
              rows={4}
              onFocus={(e) => e.currentTarget.select()}
              className={`${FIELD} mt-1 block w-full font-mono text-xs`}
            />
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
              <button
                type="button"
                onClick={() => void copyCode()}
                className="rounded-md bg-accent px-4 py-1.5 font-medium text-surface hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                {t("embed.dialog.copy")}
              </button>
              <span role="status" className="text-ink-muted">
                {copy === "copied" ? t("embed.dialog.copied") : copy === "failed" ? t("embed.dialog.copyFailed") : ""}
              </span>
              <a className="underline underline-offset-2" href={url} target="_blank" rel="noopener">
                {t("embed.dialog.link")}
              </a>
              {bakedView ? (
                <a
                  className="underline underline-offset-2"
                  href={staticSvgUrl(origin, chartId, lang)}
                  target="_blank"
                  rel="noopener"
                >
                  {t("embed.dialog.svg")}
                </a>
              ) : (
                <span className="text-ink-muted" data-testid="svg-default-only">
                  {t("embed.dialog.svgDefaultOnly")}
                </span>
              )}
            </div>
          </div>

          <section aria-label={t("embed.dialog.preview")}>
            <h3 className="text-sm font-medium">{t("embed.dialog.preview")}</h3>
            <div className="mt-2 flex flex-wrap items-start gap-4">
              {PREVIEWS.map(({ key, width }) => (
                <figure key={key} className="max-w-full">
                  <figcaption className="mb-1 text-xs text-ink-muted">
                    {t(`embed.dialog.${key}`)} · {width} px
                  </figcaption>
                  <iframe
                    // A new frame per URL: the embed reads its parameters once, when it loads.
                    key={url}
                    src={url}
                    title={t("embed.dialog.previewFrame", { width })}
                    width={width}
                    height={embedHeight(chartId, lang)}
                    loading="lazy"
                    data-kdem-embed=""
                    className="max-w-full rounded border border-line"
                  />
                </figure>
              ))}
            </div>
          </section>
        </div>
      )}
    </dialog>
  );
}

/** The preview frames are sized by the same embed.js newsrooms use. */
function loadEmbedScript(origin: string) {
  const src = new URL(embedScriptUrl(origin), window.location.href).href;
  if ([...document.scripts].some((s) => s.src === src)) return;
  const script = document.createElement("script");
  script.async = true;
  script.src = src;
  document.head.append(script);
}
