/**
 * Which data point the reader is on, reported by the chart as data: the tooltip Recharts shows for
 * the pointer, a tap and the arrow keys alike names its datum, and the datum carries its point id.
 * The explorer listens (the article lights the sentence citing the point); nothing reads the DOM.
 */
import { createContext, useContext, useEffect } from "react";

export const ActivePointContext = createContext<((pointId: string | null) => void) | null>(null);

/** Reports `pointId` while it is active, and null when it stops being so. */
export function useReportActivePoint(pointId: string | null): void {
  const report = useContext(ActivePointContext);
  useEffect(() => {
    if (!report) return;
    report(pointId);
    return () => report(null);
  }, [report, pointId]);
}
