/**
 * /present: the deck. Every slide is rendered (the current one shown), so printing gives every slide
 * with its chart as SVG; the stage is 16:9 and scales with the root font size (present.css).
 * `?presenter=<session>` renders the presenter view instead (PresenterScreen.tsx).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { startDataset, useDataset, withDatasetParam } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatEcho } from "@/i18n/format.ts";
import type { TranslateWith } from "@/i18n/translate.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { useReducedMotion } from "@/ui/use-reduced-motion.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import { chartOfSlide, DECK, SLIDE_COUNT } from "./deck-order.ts";
import { deckAction, isModifierOnly } from "./deck-keys.ts";
import { deckSession, type BlankMode } from "./deck-sync.ts";
import { enterFullscreen, exitFullscreen, toggleFullscreen, useFullscreen } from "./fullscreen.ts";
import {
  explorerHref,
  PRESENT_PATH,
  serializePresent,
  type ParsedPresent,
  type PresentLocation,
} from "./present-url.ts";
import { PresenterScreen } from "./PresenterScreen.tsx";
import { SlideBody } from "./slides/SlideBody.tsx";
import { speakerNotes } from "./speaker-notes.ts";
import { SpeakerNotesView } from "./SpeakerNotesView.tsx";
import { useDeckLocation } from "./use-deck-location.ts";
import { useDeckSync } from "./use-deck-sync.ts";
import { usePointerIdle } from "./use-idle.ts";
import "./present.css";

export function PresentScreen({ initial }: { initial: ParsedPresent }) {
  return initial.location.presenter ? (
    <PresenterScreen initial={initial} session={initial.location.presenter} />
  ) : (
    <AudienceScreen initial={initial} />
  );
}

/** Left full screen this long ago or less: an Esc now is the same keypress, not a second one. */
const ESC_AFTER_FULLSCREEN_MS = 500;
/** How long a one-line hint (such as "notes are in the presenter view") stays on the stage. */
const HINT_MS = 4000;

/** The deck as the room sees it: only the slide, controls that fade, blank on demand. */
function AudienceScreen({ initial }: { initial: ParsedPresent }) {
  const query = useDataset();
  const { location, goTo } = useDeckLocation(initial);
  const t = useT(present);
  const [notices, setNotices] = useState<string[]>(() => initialNotices(initial, t));
  const [hint, setHint] = useState<string | null>(null);
  const [notesOpen, setNotesOpen] = useState(false);
  const [blank, setBlank] = useState<BlankMode | null>(null);
  const [session] = useState(() => deckSession());
  const presenterWindow = useRef<Window | null>(null);
  const fullscreen = useFullscreen();
  const idle = usePointerIdle();
  const peer = useDeckSync({ role: "audience", session, slide: location.slide, goTo, blank, setBlank });
  const slide = location.slide;
  // Notes on this screen only while rehearsing: never full screen (projected), never with a presenter view open.
  const notesShown = notesOpen && !fullscreen && !peer;

  useEffect(() => {
    document.documentElement.dataset.notes = notesShown ? "open" : "closed";
  }, [notesShown]);
  useEffect(() => {
    document.title = t("present.docTitle", { slide: t("present.slideLabel", { n: slide, count: SLIDE_COUNT }) });
  }, [t, slide]);
  useEffect(() => {
    if (!hint) return;
    const timer = window.setTimeout(() => setHint(null), HINT_MS);
    return () => window.clearTimeout(timer);
  }, [hint]);

  const notice = useCallback((text: string) => setNotices((n) => [...new Set([...n, text])]), []);
  const fullscreenDone = useCallback(
    (ok: boolean) => {
      if (!ok) notice(t("present.notice.fullscreen"));
    },
    [notice, t],
  );
  const exit = useCallback(
    () => window.location.assign(explorerHref(location.view, chartOfSlide(slide))),
    [location.view, slide],
  );
  const openPresenter = useCallback(() => {
    const open = presenterWindow.current;
    if (open && !open.closed) return open.focus();
    // The presenter window shows the same dataset as the audience screen.
    const href = `${PRESENT_PATH}${withDatasetParam(serializePresent({ ...location, printNotes: false, presenter: session }))}`;
    const opened = window.open(href, `kdem-presenter-${session}`, "popup,width=1280,height=800");
    if (opened) presenterWindow.current = opened;
    else notice(t("present.presenter.blocked"));
  }, [location, session, notice, t]);
  const toggleNotes = useCallback(() => {
    if (fullscreen || peer) setHint(t("present.notes.elsewhere"));
    else setNotesOpen((open) => !open);
  }, [fullscreen, peer, t]);

  // When full screen ended, so that the Esc that ended it (if the browser passes it on) does not also leave the deck.
  const leftFullscreenAt = useRef(-Infinity);
  const wasFullscreen = useRef(fullscreen);
  useEffect(() => {
    if (wasFullscreen.current && !fullscreen) leftFullscreenAt.current = performance.now();
    wasFullscreen.current = fullscreen;
  }, [fullscreen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (blank) {
        // Any key brings the slide back, and does only that.
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
        fullscreen:
          document.fullscreenElement != null || performance.now() - leftFullscreenAt.current < ESC_AFTER_FULLSCREEN_MS,
      });
      if (!action) return;
      event.preventDefault();
      if (action === "next") goTo(slide + 1);
      else if (action === "prev") goTo(slide - 1);
      else if (action === "first") goTo(1);
      else if (action === "last") goTo(SLIDE_COUNT);
      else if (action === "notes") toggleNotes();
      else if (action === "presenter") openPresenter();
      else if (action === "blank-black") setBlank("black");
      else if (action === "blank-white") setBlank("white");
      else if (action === "fullscreen") void toggleFullscreen().then(fullscreenDone);
      else if (action === "fullscreen-enter") void enterFullscreen().then(fullscreenDone);
      else if (action === "fullscreen-exit") void exitFullscreen();
      else exit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [slide, goTo, exit, toggleNotes, openPresenter, fullscreenDone, blank]);

  return (
    <div className="deck" data-idle={idle || undefined}>
      <main className="deck-area" aria-label={t("present.deck")}>
        <div className="stage-frame">
          <DataStatus query={query} minHeight={0}>
            {(data) => <Slides data={data} location={location} />}
          </DataStatus>
          {(notices.length > 0 || hint) && (
            <div
              role="status"
              className="deck-notice absolute left-1/2 top-4 z-10 flex max-w-[90rem] -translate-x-1/2 items-start gap-4 rounded-lg border border-warn bg-warn-soft px-6 py-3 text-[1.5rem] text-ink shadow-lg"
            >
              <div className="min-w-0 [overflow-wrap:anywhere]">
                {[...notices, ...(hint ? [hint] : [])].map((n) => (
                  <p key={n}>{n}</p>
                ))}
              </div>
              {notices.length > 0 && (
                <button
                  type="button"
                  onClick={() => setNotices([])}
                  className="rounded-md border border-line bg-surface px-3 py-1 text-[1.25rem] font-medium"
                >
                  {t("present.notice.dismiss")}
                </button>
              )}
            </div>
          )}
          <DeckControls
            location={location}
            goTo={goTo}
            notesOpen={notesShown}
            toggleNotes={toggleNotes}
            openPresenter={openPresenter}
            fullscreen={() => void toggleFullscreen().then(fullscreenDone)}
          />
        </div>
      </main>
      {notesShown && query.check !== "pending" && query.data && <NotesPanel data={query.data} location={location} />}
      {blank && (
        <button
          type="button"
          className="deck-blank"
          data-blank={blank}
          data-testid="blank"
          aria-label={t("present.blank")}
          onClick={() => setBlank(null)}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the blank covers everything; focus on it says what it is and how to leave
          autoFocus
        />
      )}
    </div>
  );
}

function initialNotices({ location, slideNotice, ignored }: ParsedPresent, t: TranslateWith<typeof present>): string[] {
  const notices = ignored
    .filter((i) => i.reason !== "swapped")
    .map((i) => t("present.notice.param", { param: formatEcho(i.param), value: formatEcho(i.value) }));
  if (slideNotice) {
    const key = slideNotice.reason === "out-of-range" ? "present.notice.outOfRange" : "present.notice.notANumber";
    notices.unshift(t(key, { value: formatEcho(slideNotice.value), n: location.slide, count: SLIDE_COUNT }));
  }
  if (startDataset.rejected)
    notices.push(t("present.notice.param", { param: "data", value: formatEcho(startDataset.rejected) }));
  return notices;
}

function Slides({ data, location }: { data: Dataset; location: PresentLocation }) {
  const t = useT(present);
  const lang = useLang();
  const reducedMotion = useReducedMotion();
  const { from, to } = location.view;
  return DECK.map((kind, i) => {
    const n = i + 1;
    const active = n === location.slide;
    return (
      <section
        key={n}
        className="slide-page"
        data-current={active || undefined}
        aria-roledescription="slide"
        aria-label={t("present.slideLabel", { n, count: SLIDE_COUNT })}
        data-slide={n}
      >
        <div className="slide">
          {/* Remounted when it becomes the current slide, so its chart draws in (unless motion is reduced). */}
          <SlideBody
            key={String(active)}
            kind={kind}
            data={data}
            from={from}
            to={to}
            animate={active && !reducedMotion}
          />
        </div>
        {location.printNotes && (
          <div className="print-notes">
            <SpeakerNotesView notes={speakerNotes(kind, data, lang, { from, to })} headingLevel="h2" />
          </div>
        )}
      </section>
    );
  });
}

function NotesPanel({ data, location }: { data: Dataset; location: PresentLocation }) {
  const t = useT(present);
  const lang = useLang();
  const { slide, view } = location;
  const notes = useMemo(
    () => speakerNotes(DECK[slide - 1]!, data, lang, { from: view.from, to: view.to }),
    [slide, data, lang, view.from, view.to],
  );
  return (
    <aside className="deck-notes-panel" aria-labelledby="speaker-notes-title">
      <h2 id="speaker-notes-title" className="mb-2 text-[1.75rem] font-bold">
        {t("present.notes")} — {t("present.slideLabel", { n: slide, count: SLIDE_COUNT })}
      </h2>
      <SpeakerNotesView notes={notes} headingLevel="h3" />
      {!location.printNotes && (
        <p className="mt-3">
          <a
            className="underline underline-offset-2"
            href={`${PRESENT_PATH}${serializePresent({ ...location, printNotes: true })}`}
          >
            {t("present.notes.print")}
          </a>
        </p>
      )}
    </aside>
  );
}

const BUTTON =
  "rounded-md border border-line bg-surface px-4 py-1.5 text-ink hover:bg-accent-soft focus-visible:outline-[0.25rem] focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-50 aria-disabled:opacity-50";

function DeckControls({
  location,
  goTo,
  notesOpen,
  toggleNotes,
  openPresenter,
  fullscreen,
}: {
  location: PresentLocation;
  goTo: (n: number) => void;
  notesOpen: boolean;
  toggleNotes: () => void;
  openPresenter: () => void;
  fullscreen: () => void;
}) {
  const t = useT(present);
  const { slide } = location;
  return (
    <nav className="deck-controls" aria-label={t("present.deck")}>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className={BUTTON}
          onClick={() => slide > 1 && goTo(slide - 1)}
          aria-disabled={slide === 1}
          aria-label={t("present.prev")}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => slide < SLIDE_COUNT && goTo(slide + 1)}
          aria-disabled={slide === SLIDE_COUNT}
          aria-label={t("present.next")}
        >
          <span aria-hidden="true">→</span>
        </button>
        <p className="tabular-nums" data-testid="slide-counter" aria-hidden="true">
          {t("present.counter", { n: slide, count: SLIDE_COUNT })}
        </p>
        <p className="sr-only" aria-live="polite">
          {t("present.slideLabel", { n: slide, count: SLIDE_COUNT })}
        </p>
      </div>
      <div className="flex items-center gap-3">
        <button type="button" className={BUTTON} onClick={openPresenter}>
          {t("present.presenter.open")}
        </button>
        <button type="button" className={BUTTON} onClick={toggleNotes} aria-pressed={notesOpen}>
          {t("present.notesToggle")}
        </button>
        <button type="button" className={BUTTON} onClick={fullscreen}>
          {t("present.fullscreen")}
        </button>
        <a className={BUTTON} href={explorerHref(location.view, chartOfSlide(slide))}>
          {t("present.exit")}
        </a>
      </div>
      <div className="deck-progress" aria-hidden="true">
        <div style={{ width: `${(slide / SLIDE_COUNT) * 100}%` }} />
      </div>
    </nav>
  );
}
