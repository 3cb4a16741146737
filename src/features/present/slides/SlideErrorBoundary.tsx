import { Component, type ReactNode } from "react";

/**
 * Keeps one slide's failure on that slide: a chart that throws while drawing (or whose code fails to
 * load) is replaced by `fallback` — its numbers as a table — instead of leaving a hole in the deck.
 */
export class SlideErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
