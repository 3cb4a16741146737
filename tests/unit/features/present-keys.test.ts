import { describe, expect, it } from "vitest";
import { deckAction, isModifierOnly } from "@/features/present/deck-keys.ts";

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
    ["s", "presenter"],
    ["b", "blank-black"],
    [".", "blank-black"],
    ["w", "blank-white"],
    [",", "blank-white"],
    ["F5", "fullscreen-enter"],
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

  it("a clicker's start (F5, Shift+F5) enters full screen, and its stop (Esc) leaves only full screen", () => {
    expect(deckAction({ key: "F5", shiftKey: true })).toBe("fullscreen-enter");
    expect(deckAction({ key: "Escape", fullscreen: true })).toBe("fullscreen-exit");
    expect(deckAction({ key: "Escape", fullscreen: false })).toBe("exit");
    // Ctrl+F5 is the browser's hard reload and stays so.
    expect(deckAction({ key: "F5", ctrlKey: true })).toBeNull();
  });

  it("typing in a field never blanks the screen or opens a window", () => {
    expect(deckAction({ key: "b", targetTag: "INPUT" })).toBeNull();
    expect(deckAction({ key: "s", targetTag: "TEXTAREA" })).toBeNull();
  });

  it("a held modifier alone is not 'any key' for a blank screen", () => {
    expect(["Shift", "Control", "Alt", "Meta"].every(isModifierOnly)).toBe(true);
    expect(isModifierOnly("b")).toBe(false);
    expect(isModifierOnly("ArrowRight")).toBe(false);
  });
});
