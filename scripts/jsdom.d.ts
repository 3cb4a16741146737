/** The part of jsdom's API that scripts/bake.ts uses (jsdom ships no types; this avoids @types/jsdom). */
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
