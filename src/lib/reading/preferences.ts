/**
 * Reading preferences (字号, 高对比度, 段落加宽, 大鼠标, 配色): what is stored in
 * the browser and how it maps to attributes on <html> that tokens.css and
 * reading-modes.css react to. 长者模式 is not a stored value of its own: it is
 * the bundle ELDER_MODE of three of them, switched on and off in one press.
 *
 * src/client/preferences/preferences-init.js applies the same mapping before first
 * paint without any module system, so it mirrors this file by hand; the unit
 * tests run both over the same inputs and require identical results.
 */

/** The localStorage key; one JSON object so that one read restores everything. */
export const STORAGE_KEY = "zugong-reading-preferences";

/** 标准 100 %, 大 125 %, 特大 150 %, 超大 200 % of the reader's own browser size. */
export const FONT_SIZES = ["standard", "large", "xlarge", "xxlarge"] as const;
export const CONTRASTS = ["normal", "high"] as const;
/** 段落加宽: more line height and a gap between paragraphs. */
export const SPACINGS = ["normal", "wide"] as const;
/** 大鼠标: a large arrow and hand pointer. */
export const CURSORS = ["normal", "large"] as const;
export const THEMES = ["system", "light", "dark"] as const;

export type FontSize = (typeof FONT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];
export type Spacing = (typeof SPACINGS)[number];
export type Cursor = (typeof CURSORS)[number];
export type Theme = (typeof THEMES)[number];

export interface Preferences {
  font: FontSize;
  contrast: Contrast;
  spacing: Spacing;
  cursor: Cursor;
  theme: Theme;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  font: "standard",
  contrast: "normal",
  spacing: "normal",
  cursor: "normal",
  theme: "system",
});

/** The controls' Chinese labels, in display order. */
export const FONT_LABELS: Record<FontSize, string> = {
  standard: "标准",
  large: "大",
  xlarge: "特大",
  xxlarge: "超大",
};
export const THEME_LABELS: Record<Theme, string> = { system: "跟随系统", light: "浅色", dark: "深色" };

/**
 * The on/off preferences: one button each, pressed when the field has its
 * `on` value. The group label names what the button changes.
 */
export const SWITCHES = [
  { key: "contrast", on: "high", group: "对比度", label: "高对比度" },
  { key: "spacing", on: "wide", group: "间距", label: "段落加宽" },
  { key: "cursor", on: "large", group: "鼠标", label: "大鼠标" },
] as const satisfies readonly {
  key: keyof Preferences;
  on: string;
  group: string;
  label: string;
}[];
export type SwitchKey = (typeof SWITCHES)[number]["key"];

/**
 * 长者模式 (after the MIIT 2021 《互联网网站适老化通用设计规范》): text at 200 %,
 * wider line and paragraph spacing, and the large mouse pointer, at once.
 */
export const ELDER_MODE = Object.freeze({ font: "xxlarge", spacing: "wide", cursor: "large" } as const);

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * Reads a stored value leniently: anything missing, unknown or malformed
 * falls back to the default for that field only, so an old or hand-edited
 * value never breaks the page.
 */
export function parsePreferences(raw: string | null | undefined): Preferences {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : undefined;
  } catch {
    data = undefined;
  }
  const record = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  return {
    font: pick(FONT_SIZES, record["font"], DEFAULT_PREFERENCES.font),
    contrast: pick(CONTRASTS, record["contrast"], DEFAULT_PREFERENCES.contrast),
    spacing: pick(SPACINGS, record["spacing"], DEFAULT_PREFERENCES.spacing),
    cursor: pick(CURSORS, record["cursor"], DEFAULT_PREFERENCES.cursor),
    theme: pick(THEMES, record["theme"], DEFAULT_PREFERENCES.theme),
  };
}

/** Stores only what differs from the defaults (nothing at all when every value is default). */
export function serializePreferences(prefs: Preferences): string | undefined {
  const changed = Object.fromEntries(
    (Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[])
      .filter((key) => prefs[key] !== DEFAULT_PREFERENCES[key])
      .map((key) => [key, prefs[key]]),
  );
  return Object.keys(changed).length > 0 ? JSON.stringify(changed) : undefined;
}

/** A copy with one field changed; an unknown value resets that field to its default. */
export function withPreference(prefs: Preferences, key: keyof Preferences, value: unknown): Preferences {
  return parsePreferences(JSON.stringify({ ...prefs, [key]: value }));
}

/** Flips an on/off preference (高对比度, 段落加宽, 大鼠标). */
export function toggleSwitch(prefs: Preferences, key: SwitchKey): Preferences {
  const entry = SWITCHES.find((s) => s.key === key);
  if (!entry) return prefs;
  return withPreference(prefs, key, prefs[key] === entry.on ? DEFAULT_PREFERENCES[key] : entry.on);
}

/** Whether 长者模式 is on: every part of the bundle is set (changing one part turns it off). */
export function isElderMode(prefs: Preferences): boolean {
  return (Object.keys(ELDER_MODE) as (keyof typeof ELDER_MODE)[]).every(
    (key) => prefs[key] === ELDER_MODE[key],
  );
}

/**
 * The 长者模式 button: on sets the whole bundle; off puts its parts back to
 * their defaults. 对比度 and 配色 are the reader's own and stay as they are.
 */
export function toggleElderMode(prefs: Preferences): Preferences {
  if (isElderMode(prefs))
    return {
      ...prefs,
      font: DEFAULT_PREFERENCES.font,
      spacing: DEFAULT_PREFERENCES.spacing,
      cursor: DEFAULT_PREFERENCES.cursor,
    };
  return { ...prefs, ...ELDER_MODE };
}

export type PreferenceAttribute = `data-${keyof Preferences}`;

/**
 * The attributes to set on <html>; `null` means "remove". Defaults remove the
 * attribute, so the plain stylesheet (and, for the theme, the system setting
 * via prefers-color-scheme) applies exactly as it does without JavaScript.
 */
export function preferenceAttributes(prefs: Preferences): Record<PreferenceAttribute, string | null> {
  return {
    "data-font": prefs.font === "standard" ? null : prefs.font,
    "data-contrast": prefs.contrast === "normal" ? null : prefs.contrast,
    "data-spacing": prefs.spacing === "normal" ? null : prefs.spacing,
    "data-cursor": prefs.cursor === "normal" ? null : prefs.cursor,
    "data-theme": prefs.theme === "system" ? null : prefs.theme,
  };
}
