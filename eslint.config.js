// Lint rules that keep the architecture (design.md §8) from eroding:
//   data → i18n/state → charts → ui → features → app (entry files at the top)
// Each layer imports only from layers below it, and features never import one another.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import prettier from "eslint-config-prettier";
import globals from "globals";

const FEATURES = ["explore", "embed", "present", "article"];

/** Layers, lowest first; a layer may import the ones before it. */
const zones = [
  // data is the bottom: pure schema, loading and derivations.
  {
    target: "./src/data",
    from: ["./src/i18n", "./src/state", "./src/charts", "./src/ui", "./src/features", "./src/app"],
  },
  { target: "./src/i18n", from: ["./src/state", "./src/charts", "./src/ui", "./src/features", "./src/app"] },
  { target: "./src/state", from: ["./src/charts", "./src/ui", "./src/features", "./src/app"] },
  { target: "./src/charts", from: ["./src/ui", "./src/features", "./src/app"] },
  { target: "./src/ui", from: ["./src/features", "./src/app"] },
  { target: "./src/features", from: ["./src/app"] },
  // Features are independent screens: none imports another (shared parts go down to ui/charts).
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features never import one another: move the shared part down to src/ui or src/charts.",
  })),
];

export default tseslint.config(
  {
    ignores: ["dist*", "node_modules", "coverage", "test-results", "playwright-report", "bench", "public/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Tests poke at raw JSON and mocks on purpose.
    files: ["tests/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
