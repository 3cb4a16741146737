/**
 * Fits requested options (from a link, an embed's parameters, a deck's range) to what a chart can
 * show: years clamped into its span (or dropped when it has no year axis), a focus year outside it
 * dropped, a type it cannot be drawn as dropped. Returns the options used and each change with its
 * reason, for the notice. Ends equal to the full span and the chart's own type are left out, so a
 * view written back to a URL stays canonical.
 */
import type { Lang } from "@/data/langs.ts";
import type { ChartType, IgnoredParam, YearWindow } from "@/state/url-codec.ts";
import { serializeWindow } from "@/state/url-codec.ts";
import type { ChartOptions, YearSpan } from "./chart-spec.ts";

/** What a chart can show, known from the data without building the model. */
export interface ChartShape {
  span: YearSpan | null;
  /** Types the chart can be drawn as, its default first. */
  types: readonly ChartType[];
  /** Windows the chart can show and the one it shows by default; absent for charts without one. */
  windows?: WindowChoice | null;
}

export interface WindowOption {
  window: YearWindow;
  /** The SIPRI edition whose published figures the chart shows for it; absent when they are computed from the database. */
  edition?: Record<Lang, string>;
}

export interface WindowChoice {
  /** Oldest first. */
  choices: readonly WindowOption[];
  default: YearWindow;
}

export const sameWindow = (a: YearWindow, b: YearWindow) => a.start === b.start && a.end === b.end;

export interface FittedOptions {
  options: ChartOptions;
  adjustments: IgnoredParam[];
}

export function fitOptions(requested: ChartOptions, shape: ChartShape): FittedOptions {
  const adjustments: IgnoredParam[] = [];
  const options: ChartOptions = {};
  const { span } = shape;
  if (span) {
    const clamp = (name: "from" | "to", value: number | undefined) => {
      if (value === undefined) return undefined;
      const fitted = Math.min(span.max, Math.max(span.min, value));
      if (fitted !== value) adjustments.push({ param: name, value: String(value), reason: "clamped" });
      return fitted;
    };
    const from = clamp("from", requested.from);
    const to = clamp("to", requested.to);
    if (from !== undefined && from !== span.min) options.from = from;
    if (to !== undefined && to !== span.max) options.to = to;
    const { focus } = requested;
    if (focus !== undefined && (focus < span.min || focus > span.max))
      adjustments.push({ param: "focus", value: String(focus), reason: "clamped" });
    else if (focus !== undefined) options.focus = focus;
  } else {
    for (const param of ["from", "to", "focus"] as const) {
      const value = requested[param];
      if (value !== undefined) adjustments.push({ param, value: String(value), reason: "not-applicable" });
    }
  }
  const { window } = requested;
  const windows = shape.windows;
  if (window !== undefined && !windows?.choices.some((c) => sameWindow(c.window, window)))
    adjustments.push({
      param: "window",
      value: serializeWindow(window),
      reason: windows ? "unknown-value" : "not-applicable",
    });
  // The chart's default window adds nothing to the URL.
  else if (window !== undefined && windows && !sameWindow(window, windows.default)) options.window = window;
  const { type } = requested;
  if (type !== undefined && !shape.types.includes(type))
    adjustments.push({ param: "type", value: type, reason: "not-applicable" });
  // The chart's own type is the default, so naming it in the URL adds nothing.
  else if (type !== undefined && type !== shape.types[0]) options.type = type;
  return { options, adjustments };
}
