// ESLint: typed rules for TypeScript, Astro's rules for components and pages, and the
// import rules that keep the layout (README, 目录说明) as it is meant to be.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import astro from "eslint-plugin-astro";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Folders of pure build-time code: they must not reach into the browser, the UI or the tools. */
const PURE = ["src/lib/**", "src/model/**", "src/content-check/**"];

export default tseslint.config(
  {
    ignores: ["dist/", "dist.partial-*/", "dist.old-*/", ".astro/", "screenshots/", "bench/starlight/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.ts", "**/*.mts"] })),
  {
    files: ["**/*.ts", "**/*.mts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused on purpose when named with a leading underscore (a destructured value left out).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Interfaces that return promises (Prompter, SearchOutcome) have implementations with nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "import-x": importX },
    // Imports name their files with the extension (.ts, .astro), so Node's resolution finds them.
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".mjs", ".js", ".astro"] })],
      // Dependencies are parsed as TypeScript, or their imports would go unseen by no-cycle.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".mts"] },
      "import-x/extensions": [".ts", ".mts", ".js", ".mjs"],
    },
    rules: {
      // An import circle makes the layering meaningless and load order fragile.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Full-width spaces are Chinese text, quoted on purpose in template literals (tests, messages).
      "no-irregular-whitespace": ["error", { skipTemplates: true }],
    },
  },
  {
    files: ["**/*.astro"],
    // `astro check` (TypeScript's noUnusedLocals/Parameters) reports unused names in components and
    // understands types; the base rule takes the parameter names of function types in Props for variables.
    rules: { "no-unused-vars": "off" },
  },
  {
    // The pre-paint script is ES5 (no optional catch binding): `catch (e)` needs its name.
    files: ["src/client/preferences/preferences-init.js"],
    rules: { "no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // Tests read what tools print (JSON.parse) and what a page returns (page.evaluate): untyped by nature,
      // and the assertions are what check them.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Playwright's page methods are taken apart from their page (`const { page, close } = …`) and are bound.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: PURE,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/client/**", "**/components/**", "**/pages/**", "**/layouts/**", "**/scripts/**"],
              message:
                "src/lib, src/model and src/content-check are pure build-time code: no browser code, components, pages or command-line tools.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
