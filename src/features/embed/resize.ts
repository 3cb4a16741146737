/** The embed's side of the auto-height protocol (design §4). */
import type { ChartId } from "@/data/chart-ids.ts";

export interface ResizeMessage {
  type: "kdem:resize";
  chart: ChartId;
  height: number;
}

/**
 * Posts the content height to the parent page now and on every change. The height is not secret
 * and the host's origin is unknown, hence "*"; the host's embed.js checks who sent it.
 * embed.js loads async, possibly after our first post; it then sends {type: "kdem:ping"} and we
 * post again (only to a ping from our own parent).
 */
export function postHeightChanges(win: Window, content: HTMLElement, chart: ChartId): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: "kdem:resize", chart, height };
    win.parent.postMessage(message, "*");
  };
  const onPing = (event: MessageEvent) => {
    if (event.source !== win.parent || (event.data as { type?: unknown } | null)?.type !== "kdem:ping") return;
    last = -1;
    post();
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  win.addEventListener("message", onPing);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener("message", onPing);
  };
}
