/** The deck-sync protocol wired to a window: see deck-sync.ts for the messages. */
import { useEffect, useRef, useState } from "react";
import { openDeckChannel, receive, type BlankMode, type DeckChannel, type DeckRole } from "./deck-sync.ts";

export interface DeckSyncInput {
  role: DeckRole;
  session: string;
  slide: number;
  goTo: (slide: number) => void;
  blank: BlankMode | null;
  setBlank: (blank: BlankMode | null) => void;
}

/** Sends this window's slide and blank changes, follows the other window's; true while it is there. */
export function useDeckSync({ role, session, slide, goTo, blank, setBlank }: DeckSyncInput): boolean {
  const [peer, setPeer] = useState(false);
  const channel = useRef<DeckChannel | null>(null);
  const latest = useRef({ slide, blank, goTo, setBlank, peer });
  // What the other window last told us: a change that came from there is not sent back.
  const heard = useRef<{ slide?: number; blank?: BlankMode | null }>({});

  useEffect(() => {
    latest.current = { slide, blank, goTo, setBlank, peer };
  });

  useEffect(() => {
    const ch = openDeckChannel(session);
    channel.current = ch;
    const stop = ch.listen((message) => {
      const now = latest.current;
      const { state, reply } = receive(role, { slide: now.slide, blank: now.blank, peer: now.peer }, message);
      setPeer(state.peer);
      if (state.slide !== now.slide) {
        heard.current.slide = state.slide;
        now.goTo(state.slide);
      }
      if (state.blank !== now.blank) {
        heard.current.blank = state.blank;
        now.setBlank(state.blank);
      }
      if (reply) ch.post(reply);
    });
    const bye = () => ch.post({ type: "bye", from: role });
    if (role === "presenter") {
      ch.post({ type: "hello", from: role });
      window.addEventListener("pagehide", bye);
    }
    return () => {
      if (role === "presenter") {
        bye();
        window.removeEventListener("pagehide", bye);
      }
      stop();
      ch.close();
      channel.current = null;
    };
  }, [role, session]);

  const sentSlide = useRef(slide);
  useEffect(() => {
    if (slide === sentSlide.current) return;
    sentSlide.current = slide;
    const fromPeer = heard.current.slide === slide;
    heard.current.slide = undefined;
    if (fromPeer) return;
    channel.current?.post({ type: "slide", from: role, slide });
  }, [role, slide]);

  const sentBlank = useRef(blank);
  useEffect(() => {
    if (blank === sentBlank.current) return;
    sentBlank.current = blank;
    const fromPeer = heard.current.blank === blank;
    heard.current.blank = undefined;
    if (fromPeer) return;
    channel.current?.post({ type: "blank", from: role, blank });
  }, [role, blank]);

  return peer;
}
