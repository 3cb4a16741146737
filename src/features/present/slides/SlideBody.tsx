import type { Dataset } from "@/data/schema.ts";
import type { SlideKind } from "../deck-order.ts";
import { ChartSlide } from "./ChartSlide.tsx";
import { KeyFiguresSlide } from "./KeyFiguresSlide.tsx";
import { QuotesSlide } from "./QuotesSlide.tsx";
import { SourcesSlide } from "./SourcesSlide.tsx";
import { TitleSlide } from "./TitleSlide.tsx";

/** One slide's content, on the 120rem × 67.5rem stage: for the audience deck and the presenter view. */
export function SlideBody({
  kind,
  data,
  from,
  to,
  animate,
}: {
  kind: SlideKind;
  data: Dataset;
  from?: number;
  to?: number;
  animate: boolean;
}) {
  switch (kind.kind) {
    case "chart":
      return <ChartSlide chart={kind.chart} data={data} from={from} to={to} animate={animate} />;
    case "title":
      return <TitleSlide data={data} />;
    case "key-figures":
      return <KeyFiguresSlide data={data} />;
    case "quotes":
      return <QuotesSlide data={data} />;
    case "sources":
      return <SourcesSlide data={data} />;
  }
}
