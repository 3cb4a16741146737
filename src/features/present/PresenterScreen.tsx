/**
 * The presenter view (`/present/?presenter=<session>`, opened by `s` on the deck): the current slide,
 * the next one, the speaker notes and the elapsed time, for the presenter's own screen. Moves and
 * blanking here steer the audience window and the other way round (use-deck-sync.ts).
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useDataset } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatClock } from "@/i18n/format.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import { DECK, SLIDE_COUNT } from "./deck-order.ts";
import { deckAction, isModifierOnly } from "./deck-keys.ts";
import type { BlankMode } from "./deck-sync.ts";
import { enterFullscreen, exitFullscreen, toggleFullscreen } from "./fullscreen.ts";
import type { ParsedPresent, PresentLocation } from "./present-url.ts";
import { SlideBody } from "./slides/SlideBody.tsx";
import { speakerNotes } from "./speaker-notes.ts";
import { SpeakerNotesView } from "./SpeakerNotesView.tsx";
import { useDeckLocation } from "./use-deck-location.ts";
import { useDeckSync } from "./use-deck-sync.ts";
import { useElapsed } from "./use-elapsed.ts";

export function PresenterScreen({ initial, session }: { initial: ParsedPresent; session: string }) {
  const query = useDataset();
  const { location, goTo } = useDeckLocation(initial);
  const t = useT(present);
  const [blank, setBlank] = useState<BlankMode | null>(null);
  const [notesHidden, setNotesHidden] = useState(false);
  const peer = useDeckSync({ role: "presenter", session, slide: location.slide, goTo, blank, setBlank });
  const { seconds, reset } = useElapsed();
  const slide = location.slide;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenter = "";
    return () => {
      delete root.dataset.presenter;
    };
  }, []);
  useEffect(() => {
    document.title = t("present.presenter.docTitle", {
      slide: t("present.slideLabel", { n: slide, count: SLIDE_COUNT }),
    });
  }, [t, slide]);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (blank) {
        if (isModifierOnly(event.key)) return;
        event.preventDefault();
        setBlank(null);
        return;
      }
      const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
      const action = deckAction({
        key,
        shiftKey,
        ctrlKey,
        metaKey,
        altKey,
        targetTag: (event.target as Element | null)?.tagName,
        fullscreen: document.fullscreenElement != null,
      });
      if (!action) return;
      event.preventDefault();
      if (action === "next") goTo(slide + 1);
      else if (action === "prev") goTo(slide - 1);
      else if (action === "first") goTo(1);
      else if (action === "last") goTo(SLIDE_COUNT);
      else if (action === "notes") setNotesHidden((hidden) => !hidden);
      else if (action === "blank-black") setBlank("black");
      else if (action === "blank-white") setBlank("white");
      // Full screen applies to this window; a presenter window never leaves for the explorer, nor opens another.
      else if (action === "fullscreen") void toggleFullscreen();
      else if (action === "fullscreen-enter") void enterFullscreen();
      else if (action === "fullscreen-exit") void exitFullscreen();
    },
    [blank, goTo, slide],
  );
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onKey]);

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1 className="font-bold">{t("present.presenter.title")}</h1>
        <p className="tabular-nums" data-testid="slide-counter">
          {t("present.counter", { n: slide, count: SLIDE_COUNT })}
        </p>
        <p className="flex items-center gap-3">
          <span>{t("present.presenter.elapsed")}</span>
          <span role="timer" className="presenter-clock tabular-nums" data-testid="elapsed">
            {formatClock(seconds)}
          </span>
          <button type="button" className="presenter-button" onClick={reset}>
            {t("present.presenter.reset")}
          </button>
        </p>
        <p data-testid="audience-status">
          {t("present.presenter.audience")}: {peer ? t("present.presenter.connected") : t("present.presenter.waiting")}
        </p>
        <p role="status" className="presenter-blanked" data-testid="blank-status">
          {blank && t(blank === "black" ? "present.presenter.blanked.black" : "present.presenter.blanked.white")}
        </p>
      </header>
      <DataStatus query={query} minHeight={0}>
        {(data) => <PresenterPanes data={data} location={location} notesHidden={notesHidden} />}
      </DataStatus>
      <p className="presenter-keys">{t("present.presenter.keys")}</p>
    </div>
  );
}

function PresenterPanes({
  data,
  location,
  notesHidden,
}: {
  data: Dataset;
  location: PresentLocation;
  notesHidden: boolean;
}) {
  const t = useT(present);
  const lang = useLang();
  const { slide, view } = location;
  const current = DECK[slide - 1]!;
  const next = DECK[slide];
  const notes = useMemo(
    () => speakerNotes(current, data, lang, { from: view.from, to: view.to }),
    [current, data, lang, view.from, view.to],
  );
  return (
    <main className="presenter-main">
      <section className="presenter-current" aria-label={t("present.presenter.current")}>
        <div className="stage-frame">
          <div className="slide" data-slide={slide} data-current="">
            <SlideBody key={slide} kind={current} data={data} from={view.from} to={view.to} animate={false} />
          </div>
        </div>
      </section>
      <div className="presenter-side">
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title" className="font-semibold">
            {next
              ? t("present.presenter.next", { slide: t("present.slideLabel", { n: slide + 1, count: SLIDE_COUNT }) })
              : t("present.presenter.end")}
          </h2>
          {next && (
            // A preview: not read out, not in the tab order (its links are the next slide's business).
            <div className="presenter-next-frame" inert data-testid="next-slide">
              <div className="stage-frame">
                <div className="slide">
                  <SlideBody key={slide + 1} kind={next} data={data} from={view.from} to={view.to} animate={false} />
                </div>
              </div>
            </div>
          )}
        </section>
        <section className="presenter-notes" aria-labelledby="presenter-notes-title">
          <h2 id="presenter-notes-title" className="font-semibold">
            {t("present.notes")} — {t("present.slideLabel", { n: slide, count: SLIDE_COUNT })}
          </h2>
          {notesHidden ? (
            <p>{t("present.presenter.notesHidden")}</p>
          ) : (
            <SpeakerNotesView notes={notes} headingLevel="h3" />
          )}
        </section>
      </div>
    </main>
  );
}
