import { cloneElement, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

export interface PlotSize {
  height: number;
  /** Fixed width for rendering outside a laid-out page (baking, tests); otherwise the plot follows its box. */
  width?: number;
  animate: boolean;
}

/** Gives a Recharts chart its size: fixed when asked, else responsive with a sane first guess (jsdom has no layout). */
export function PlotArea({
  size,
  children,
}: {
  size: PlotSize;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  if (size.width)
    return (
      <div style={{ width: size.width, height: size.height }}>
        {cloneElement(children, { width: size.width, height: size.height })}
      </div>
    );
  return (
    <ResponsiveContainer width="100%" height={size.height} initialDimension={{ width: 640, height: size.height }}>
      {children}
    </ResponsiveContainer>
  );
}
