import { describe, expect, it } from "vitest";
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  preferenceAttributes,
  serializePreferences,
} from "../../../src/lib/reading/preferences.ts";

describe("parsePreferences", () => {
  it("gives the defaults (标准 size, normal contrast, follow the system) when nothing is stored", () => {
    expect(parsePreferences(null)).toEqual({ font: "standard", contrast: "normal", theme: "system" });
    expect(parsePreferences("")).toEqual(DEFAULT_PREFERENCES);
  });

  it("reads every stored choice", () => {
    expect(parsePreferences('{"font":"xlarge","contrast":"high","theme":"dark"}')).toEqual({
      font: "xlarge",
      contrast: "high",
      theme: "dark",
    });
  });

  it("keeps the valid fields and resets only an unknown value", () => {
    expect(parsePreferences('{"font":"huge","theme":"light"}')).toEqual({
      font: "standard",
      contrast: "normal",
      theme: "light",
    });
  });

  it.each(["{not json", "null", "42", '"dark"', "[1,2]", '{"font":["large"]}', '{"theme":{"x":1}}'])(
    "falls back to the defaults for the malformed value %s",
    (raw) => {
      expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
    },
  );
});

describe("serializePreferences", () => {
  it("stores nothing when every choice is the default", () => {
    expect(serializePreferences(DEFAULT_PREFERENCES)).toBeUndefined();
  });

  it("stores only what differs from the defaults, and reads back to the same choices", () => {
    const prefs = { font: "large", contrast: "normal", theme: "dark" } as const;
    const stored = serializePreferences(prefs);
    expect(stored).toBe('{"font":"large","theme":"dark"}');
    expect(parsePreferences(stored)).toEqual(prefs);
  });
});

describe("preferenceAttributes", () => {
  it("removes every attribute for the defaults, so the page looks as it does without JavaScript", () => {
    expect(preferenceAttributes(DEFAULT_PREFERENCES)).toEqual({
      "data-font": null,
      "data-contrast": null,
      "data-theme": null,
    });
  });

  it("sets the attributes tokens.css reacts to", () => {
    expect(preferenceAttributes({ font: "xlarge", contrast: "high", theme: "light" })).toEqual({
      "data-font": "xlarge",
      "data-contrast": "high",
      "data-theme": "light",
    });
  });
});
