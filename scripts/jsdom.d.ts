/** The part of jsdom's API that scripts/bake.ts and the pre-paint test use (jsdom ships no types; this avoids @types/jsdom). */
declare module "jsdom" {
  export class JSDOM {
    constructor(
      html?: string,
      options?: { url?: string; pretendToBeVisual?: boolean; runScripts?: "outside-only" | "dangerously" },
    );
    readonly window: Window & typeof globalThis;
  }
}
