/** Contains a chart that fails to build or draw: a message in its place, the rest of the page untouched. */
import { Component, type ReactNode } from "react";
import { chartLabel } from "@/charts/registry.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import { ChunkLoadError } from "@/data/lazy-chunk.ts";
import { ChunkErrorMessage } from "@/ui/ChunkBoundary.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

interface Props {
  chart: ChartId;
  children: ReactNode;
}

export class ChartErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    // Visible in the console for whoever reports it; the reader gets the message below.
    console.warn(`chart "${this.props.chart}" failed:`, error);
  }

  render() {
    // The chart's code did not download: say why and how to get it, not "could not be drawn".
    if (this.state.error instanceof ChunkLoadError)
      return (
        <section data-chart-error={this.props.chart} className="flex min-h-[28rem] flex-col justify-center">
          <ChunkErrorMessage error={this.state.error} rerender={() => this.setState({ error: null })} />
        </section>
      );
    if (this.state.error)
      return (
        <ChartError
          chart={this.props.chart}
          detail={this.state.error.message}
          retry={() => this.setState({ error: null })}
        />
      );
    return this.props.children;
  }
}

function ChartError({ chart, detail, retry }: { chart: ChartId; detail: string; retry: () => void }) {
  const t = useT(explore);
  const lang = useLang();
  return (
    <section
      role="alert"
      data-chart-error={chart}
      className="flex min-h-[28rem] flex-col justify-center gap-3 rounded-lg border border-danger bg-danger-soft p-6 text-ink"
    >
      <h2 className="text-lg font-semibold text-danger">
        {chartLabel(chart, lang)}: {t("explore.error.title")}
      </h2>
      <p>{t("explore.error.body", { detail })}</p>
      <div>
        <button
          type="button"
          onClick={retry}
          className="rounded-md bg-accent px-4 py-2 font-medium text-surface hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          {t("explore.error.retry")}
        </button>
      </div>
    </section>
  );
}
