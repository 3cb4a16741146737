import { describe, expect, it } from "vitest";
import { deckAction } from "@/features/present/deck-keys.ts";

describe("deckAction", () => {
  it.each([
    ["ArrowRight", "next"],
    ["PageDown", "next"],
    [" ", "next"],
    ["ArrowLeft", "prev"],
    ["PageUp", "prev"],
    ["Home", "first"],
    ["End", "last"],
    ["f", "fullscreen"],
    ["n", "notes"],
    ["Escape", "exit"],
    ["x", null],
  ] as const)("%j → %s", (key, action) => {
    expect(deckAction({ key })).toBe(action);
  });

  it("Shift+Space goes back", () => {
    expect(deckAction({ key: " ", shiftKey: true })).toBe("prev");
  });

  it("leaves browser shortcuts alone", () => {
    expect(deckAction({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(deckAction({ key: "f", ctrlKey: true })).toBeNull();
    expect(deckAction({ key: "n", metaKey: true })).toBeNull();
  });

  it("lets a focused button take Space, but still moves on arrows", () => {
    expect(deckAction({ key: " ", targetTag: "BUTTON" })).toBeNull();
    expect(deckAction({ key: "ArrowRight", targetTag: "BUTTON" })).toBe("next");
  });
});
