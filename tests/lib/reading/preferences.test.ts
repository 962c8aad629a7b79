import { describe, expect, it } from "vitest";
import {
  DEFAULT_PREFERENCES,
  ELDER_MODE,
  isElderMode,
  parsePreferences,
  preferenceAttributes,
  serializePreferences,
  toggleElderMode,
  toggleSwitch,
  withPreference,
  type Preferences,
} from "../../../src/lib/reading/preferences.ts";

const prefs = (changes: Partial<Preferences> = {}): Preferences => ({ ...DEFAULT_PREFERENCES, ...changes });

describe("parsePreferences", () => {
  it("gives the defaults (标准 size, normal contrast, follow the system) when nothing is stored", () => {
    expect(parsePreferences(null)).toEqual({
      font: "standard",
      contrast: "normal",
      spacing: "normal",
      cursor: "normal",
      theme: "system",
    });
    expect(parsePreferences("")).toEqual(DEFAULT_PREFERENCES);
  });

  it("reads every stored choice", () => {
    expect(
      parsePreferences(
        '{"font":"xxlarge","contrast":"high","spacing":"wide","cursor":"large","theme":"dark"}',
      ),
    ).toEqual({ font: "xxlarge", contrast: "high", spacing: "wide", cursor: "large", theme: "dark" });
  });

  it("reads a value stored before 段落加宽 and 大鼠标 existed", () => {
    expect(parsePreferences('{"font":"xlarge","contrast":"high"}')).toEqual(
      prefs({ font: "xlarge", contrast: "high" }),
    );
  });

  it("keeps the valid fields and resets only an unknown value", () => {
    expect(parsePreferences('{"font":"huge","theme":"light","spacing":"wider","cursor":true}')).toEqual(
      prefs({ theme: "light" }),
    );
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
    const chosen = prefs({ font: "large", cursor: "large", theme: "dark" });
    const stored = serializePreferences(chosen);
    expect(stored).toBe('{"font":"large","cursor":"large","theme":"dark"}');
    expect(parsePreferences(stored)).toEqual(chosen);
  });
});

describe("preferenceAttributes", () => {
  it("removes every attribute for the defaults, so the page looks as it does without JavaScript", () => {
    expect(preferenceAttributes(DEFAULT_PREFERENCES)).toEqual({
      "data-font": null,
      "data-contrast": null,
      "data-spacing": null,
      "data-cursor": null,
      "data-theme": null,
    });
  });

  it("sets the attributes tokens.css and reading-modes.css react to", () => {
    expect(
      preferenceAttributes({
        font: "xxlarge",
        contrast: "high",
        spacing: "wide",
        cursor: "large",
        theme: "light",
      }),
    ).toEqual({
      "data-font": "xxlarge",
      "data-contrast": "high",
      "data-spacing": "wide",
      "data-cursor": "large",
      "data-theme": "light",
    });
  });
});

describe("the panel's buttons", () => {
  it("picks a value, and resets a field given a value it does not know", () => {
    expect(withPreference(prefs(), "font", "xxlarge")).toEqual(prefs({ font: "xxlarge" }));
    expect(withPreference(prefs({ font: "large" }), "font", "huge")).toEqual(prefs());
  });

  it("switches 高对比度, 段落加宽 and 大鼠标 on and off", () => {
    expect(toggleSwitch(prefs(), "contrast")).toEqual(prefs({ contrast: "high" }));
    expect(toggleSwitch(prefs({ contrast: "high" }), "contrast")).toEqual(prefs());
    expect(toggleSwitch(prefs(), "spacing")).toEqual(prefs({ spacing: "wide" }));
    expect(toggleSwitch(prefs({ spacing: "wide", cursor: "large" }), "cursor")).toEqual(
      prefs({ spacing: "wide" }),
    );
  });
});

describe("长者模式", () => {
  it("is 超大 (200 %) text, 段落加宽 and 大鼠标 together", () => {
    expect(ELDER_MODE).toEqual({ font: "xxlarge", spacing: "wide", cursor: "large" });
  });

  it("turns the whole bundle on in one press, keeping the reader's 对比度 and 配色", () => {
    const on = toggleElderMode(prefs({ contrast: "high", theme: "dark", font: "large" }));
    expect(on).toEqual({
      font: "xxlarge",
      contrast: "high",
      spacing: "wide",
      cursor: "large",
      theme: "dark",
    });
    expect(isElderMode(on)).toBe(true);
    expect(serializePreferences(on)).toBe(
      '{"font":"xxlarge","contrast":"high","spacing":"wide","cursor":"large","theme":"dark"}',
    );
  });

  it("turns off in one press, back to the standard size, spacing and pointer", () => {
    const off = toggleElderMode(toggleElderMode(prefs({ theme: "dark" })));
    expect(off).toEqual(prefs({ theme: "dark" }));
    expect(isElderMode(off)).toBe(false);
  });

  it("counts as off once a part of it is changed in 阅读设置, and a press then completes it", () => {
    const partial = withPreference(toggleElderMode(prefs()), "font", "xlarge");
    expect(isElderMode(partial)).toBe(false);
    expect(isElderMode(prefs({ font: "xxlarge" }))).toBe(false);
    expect(toggleElderMode(partial)).toEqual(prefs(ELDER_MODE));
  });
});
