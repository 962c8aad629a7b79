/**
 * src/client/preferences/preferences-init.js (the blocking script in <head>) must do
 * exactly what src/lib/reading/preferences.ts says, for every stored value, including
 * broken ones and storage that throws. It runs here in a VM with a minimal
 * document; tests/site/a11y.test.ts also runs it in Chromium.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/common/project.ts";
import { parsePreferences, preferenceAttributes, STORAGE_KEY } from "../../src/lib/reading/preferences.ts";

const SCRIPT = readFileSync(path.join(PROJECT_ROOT, "src/client/preferences/preferences-init.js"), "utf8");

/** Runs the init script on an <html> that may carry stale attributes; returns its attributes afterwards. */
function runInit(
  storage: { getItem(key: string): string | null },
  start: Record<string, string> = {},
  modules = true,
  speech: object = {},
) {
  const attributes = new Map(Object.entries(start));
  const documentElement = {
    setAttribute: (name: string, value: string) => void attributes.set(name, String(value)),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
  const document = {
    documentElement,
    createElement: () => (modules ? { noModule: false } : {}),
  };
  runInNewContext(SCRIPT, { window: { localStorage: storage, ...speech }, document, JSON });
  return Object.fromEntries(attributes);
}

const storing = (value: string | null) => ({
  getItem: (key: string) => (key === STORAGE_KEY ? value : null),
});

/** What the TypeScript module says the attributes should be (plus data-js). */
function expected(raw: string | null) {
  const wanted: Record<string, string> = { "data-js": "" };
  for (const [name, value] of Object.entries(preferenceAttributes(parsePreferences(raw))))
    if (value !== null) wanted[name] = value;
  return wanted;
}

const STORED = [
  null,
  "",
  "{}",
  '{"font":"large"}',
  '{"font":"xlarge","contrast":"high","theme":"dark"}',
  '{"font":"xxlarge","spacing":"wide","cursor":"large"}',
  '{"font":"xxlarge","contrast":"high","spacing":"wide","cursor":"large","theme":"light"}',
  '{"font":"standard","contrast":"normal","spacing":"normal","cursor":"normal","theme":"system"}',
  '{"spacing":"wide"}',
  '{"cursor":"large","theme":"dark"}',
  '{"spacing":"WIDE","cursor":"huge","font":"xxxlarge"}',
  '{"spacing":true,"cursor":2}',
  '{"theme":"light"}',
  '{"contrast":"high"}',
  '{"font":"huge","contrast":"HIGH","theme":"dark"}',
  '{"font":1,"theme":null}',
  "{not json",
  "null",
  "[]",
  '"dark"',
  "42",
];

describe("preferences-init.js agrees with src/lib/reading/preferences.ts", () => {
  it.each(STORED)("stored value %j", (raw) => {
    expect(runInit(storing(raw))).toEqual(expected(raw));
  });

  it("clears attributes left over from a previous choice when the stored value is back to the defaults", () => {
    const start = {
      "data-font": "xxlarge",
      "data-contrast": "high",
      "data-spacing": "wide",
      "data-cursor": "large",
      "data-theme": "dark",
    };
    expect(runInit(storing("{}"), start)).toEqual({ "data-js": "" });
  });

  it("uses the defaults when reading storage throws (private mode, storage disabled)", () => {
    const throwing = {
      getItem: () => {
        throw new Error("SecurityError: access denied");
      },
    };
    expect(runInit(throwing)).toEqual({ "data-js": "" });
  });

  it("does not reveal the controls in a browser that cannot run their module script", () => {
    expect(runInit(storing('{"font":"large"}'), {}, false)).toEqual({ "data-font": "large" });
  });

  it("marks <html data-speech> only where the browser has speech synthesis, for 朗读全文", () => {
    const speaking = { speechSynthesis: {}, SpeechSynthesisUtterance: function Utterance() {} };
    expect(runInit(storing(null), {}, true, speaking)).toEqual({ "data-js": "", "data-speech": "" });
    expect(runInit(storing(null), {}, true, { speechSynthesis: {} })).toEqual({ "data-js": "" });
    expect(runInit(storing(null))).toEqual({ "data-js": "" });
  });
});
