import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

/**
 * Import zones of SPEC §10's layers: what each folder of src/ may not import. Matched on the import
 * text (relative paths), so each pattern names a folder by its path segment and the slash after it
 * (src/wire/pages.ts is a file, src/pages/ a folder).
 */
const folder = (names) => `(^|/)(${names.join("|")})/`;
const zone = (files, names, message) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { regex: folder(names), message },
          {
            regex: folder(["fakes", "preview", "spec", "test", "bench", "build"]),
            message:
              "src/ is the product: the fakes, the preview, tests and tools import it, never the other way.",
          },
          {
            regex:
              "^(node:|hyperformula|playwright-core|parse5|esbuild|fast-check|@duckdb|@electric-sql)",
            message: "Node and the development-only packages never enter dist/ (SPEC §7).",
          },
        ],
      },
    ],
  },
});

/** The browser side: each page's folder, and what the pages share (src/pages). */
const PAGES = ["sidebar", "sqlExport", "chooseFunnel", "newPlan", "pages"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: {
      // Each file is checked with the tsconfig.json nearest to it: the layer's own (src/core,
      // src/functions, src, src/sidebar (all the pages), preview/page) or the root one for tools and tests.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // SPEC §9: no input makes parsing slow (50 000 characters in any cell load in
      // milliseconds). This static check replaces timing tests: a pattern that can backtrack
      // super-linearly fails the lint wherever it is.
      "regexp/no-super-linear-backtracking": "error",
    },
  },
  {
    // Code that reads what users type (cells, sidebar fields, the preview's cells) must also not
    // rescan text from every position (quadratic with `g`/search). Tests and tools only read
    // their own fixed text.
    files: ["src/**", "preview/**", "fakes/**"],
    rules: { "regexp/no-super-linear-move": "error" },
  },
  {
    // Custom functions run in Apps Script's V8 context, where a global look-up costs about as
    // much as a small loop (SPEC §8): `new Array(n)` or `NaN` in a function body is one per run. The aliases in
    // src/core/intrinsics.ts are read from the bundle's own scope.
    files: ["src/functions/**", "src/core/**"],
    ignores: ["src/core/intrinsics.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Array']",
          message:
            "A global look-up in Apps Script's V8 context (SPEC §8): use ArrayOf from src/core/intrinsics.ts, or push onto [].",
        },
        {
          // The minifier writes Infinity as 1/0, but NaN stays a global read.
          selector: ":function Identifier[name='NaN']",
          message:
            "A global look-up in Apps Script's V8 context (SPEC §8): use NOT_A_NUMBER from src/core/intrinsics.ts.",
        },
      ],
    },
  },
  {
    // jest types its asymmetric matchers (expect.stringContaining, expect.any, …) as `any`, so
    // every `{ message: expect.stringMatching(…) }` would be an "unsafe assignment".
    files: ["test/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  zone(
    ["src/core/**", "src/wire/**", "src/i18n/**"],
    ["addon", "functions", ...PAGES],
    "src/core, src/wire and src/i18n are pure: they import no other layer (SPEC §10).",
  ),
  zone(
    ["src/functions/**"],
    ["addon", ...PAGES],
    "Custom functions import only src/core (and i18n): never the add-on or a page (SPEC §10).",
  ),
  zone(
    PAGES.map((page) => `src/${page}/**`),
    ["addon", "functions"],
    "A page talks to the server through src/wire and google.script.run, never by importing it.",
  ),
  zone(
    ["src/addon/**", "src/main.ts", "src/diagnostics.ts"],
    PAGES,
    "The server imports no browser page: shared shapes live in src/wire.",
  ),
  {
    // The tools and the fakes stand beside the tests, not on them: what both need (the spec's
    // data, the fakes) lives in spec/ or fakes/.
    files: ["build/**", "bench/**", "fakes/**", "preview/**", "spec/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: folder(["test"]),
              message:
                "Tools, fakes and the preview never import test/: share through spec/ or fakes/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        Buffer: "readonly",
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
  },
);
