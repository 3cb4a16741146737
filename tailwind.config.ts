import type { Config } from "tailwindcss";

// Colours are CSS variables (defined per theme in src/index.css) so that light/dark switch without
// re-rendering, and so that the SVG baked for embeds follows the theme of the page it sits in.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        page: "var(--color-page)",
        surface: "var(--color-surface)",
        ink: { DEFAULT: "var(--color-ink)", muted: "var(--color-ink-muted)" },
        line: "var(--color-line)",
        accent: { DEFAULT: "var(--color-accent)", soft: "var(--color-accent-soft)" },
        target: "var(--color-target)",
        decline: "var(--color-decline)",
        warn: { DEFAULT: "var(--color-warn)", soft: "var(--color-warn-soft)" },
        danger: { DEFAULT: "var(--color-danger)", soft: "var(--color-danger-soft)" },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Noto Sans KR",
          "Apple SD Gothic Neo",
          "Malgun Gothic",
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
