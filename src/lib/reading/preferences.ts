/**
 * Reading preferences (字号, 高对比度, 配色): what is stored in the browser and
 * how it maps to attributes on <html> that tokens.css reacts to.
 *
 * src/client/preferences/preferences-init.js applies the same mapping before first
 * paint without any module system, so it mirrors this file by hand; the unit
 * tests run both over the same inputs and require identical results.
 */

/** The localStorage key; one JSON object so that one read restores everything. */
export const STORAGE_KEY = "zugong-reading-preferences";

export const FONT_SIZES = ["standard", "large", "xlarge"] as const;
export const CONTRASTS = ["normal", "high"] as const;
export const THEMES = ["system", "light", "dark"] as const;

export type FontSize = (typeof FONT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];
export type Theme = (typeof THEMES)[number];

export interface Preferences {
  font: FontSize;
  contrast: Contrast;
  theme: Theme;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  font: "standard",
  contrast: "normal",
  theme: "system",
});

/** The controls' Chinese labels, in display order. */
export const FONT_LABELS: Record<FontSize, string> = { standard: "标准", large: "大", xlarge: "特大" };
export const THEME_LABELS: Record<Theme, string> = { system: "跟随系统", light: "浅色", dark: "深色" };

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

export type PreferenceAttribute = "data-font" | "data-contrast" | "data-theme";

/**
 * The attributes to set on <html>; `null` means "remove". Defaults remove the
 * attribute, so the plain stylesheet (and, for the theme, the system setting
 * via prefers-color-scheme) applies exactly as it does without JavaScript.
 */
export function preferenceAttributes(prefs: Preferences): Record<PreferenceAttribute, string | null> {
  return {
    "data-font": prefs.font === "standard" ? null : prefs.font,
    "data-contrast": prefs.contrast === "normal" ? null : prefs.contrast,
    "data-theme": prefs.theme === "system" ? null : prefs.theme,
  };
}
