/**
 * The colour palettes in src/styles/tokens.css: the dark and high-contrast-dark
 * palettes are written twice (for the system setting and for the reader's
 * choice) and must stay identical, and every palette must keep the pairs the
 * components use at WCAG AA contrast, including pairs the sample content may
 * not show (axe in tests/site/a11y.test.ts checks what the pages do show).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/common/project.ts";

const CSS = readFileSync(path.join(PROJECT_ROOT, "src/styles/tokens.css"), "utf8");

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function block(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule for ${selector}`);
  const body = CSS.slice(start + selector.length + 2, CSS.indexOf("}", start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
  );
}

const light = block(":root");
const palettes = {
  浅色: light,
  深色: { ...light, ...block(':root[data-theme="dark"]') },
  高对比度: { ...light, ...block(':root[data-contrast="high"]') },
  高对比度深色: {
    ...light,
    ...block(':root[data-contrast="high"]'),
    ...block(':root[data-contrast="high"][data-theme="dark"]'),
  },
};

function luminance(hex: string): number {
  const digits = hex.replace("#", "");
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** [foreground, background, minimum ratio]: text 4.5:1, control edges and focus rings 3:1. */
const PAIRS: [string, string, number][] = [
  ...[
    "--color-text",
    "--color-muted",
    "--color-link",
    "--color-accent",
    "--color-ok",
    "--color-danger",
  ].flatMap((fg) => ["--color-bg", "--color-surface"].map((bg): [string, string, number] => [fg, bg, 4.5])),
  ["--color-accent-contrast", "--color-accent", 4.5],
  ["--color-banner-text", "--color-banner-bg", 4.5],
  ["--color-warn-text", "--color-warn-bg", 4.5],
  ["--color-text", "--color-warn-bg", 4.5],
  ["--color-link", "--color-warn-bg", 4.5],
  ["--color-control-border", "--color-bg", 3],
  ["--color-focus", "--color-bg", 3],
];

describe("tokens.css palettes", () => {
  it("writes the dark palette identically for the system setting and for the 深色 choice", () => {
    expect(
      block('@media screen and (prefers-color-scheme: dark) {\n    :root:not([data-theme="light"])'),
    ).toEqual(block(':root[data-theme="dark"]'));
    expect(
      block(
        '@media screen and (prefers-color-scheme: dark) {\n    :root[data-contrast="high"]:not([data-theme="light"])',
      ),
    ).toEqual(block(':root[data-contrast="high"][data-theme="dark"]'));
  });

  it.each(Object.entries(palettes))("%s keeps text and controls at WCAG AA contrast", (_name, palette) => {
    const failing = PAIRS.map(([fg, bg, min]) => ({
      pair: `${fg} on ${bg}`,
      ratio: Math.round(contrast(palette[fg] as string, palette[bg] as string) * 100) / 100,
      min,
    })).filter(({ ratio, min }) => ratio < min);
    expect(failing).toEqual([]);
  });
});
