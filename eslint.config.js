// Lint rules for the app, the stack and the tests: typescript-eslint's recommended rules,
// plus React hooks, the app's layers and no import cycles, with no warnings tolerated
// (npm run lint).
//
// Layers (bulletproof-react): src/app composes features; a feature never imports another
// feature; features may use src/entities (what several features need), src/lib and
// src/components; entities use only lib, components and each other; lib and components use
// neither. Only api/ folders (and the client itself) may touch the Supabase client.
import js from '@eslint/js';
import { existsSync, readdirSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = new URL('./src/features/', import.meta.url);
const features = existsSync(featuresDir) ? readdirSync(featuresDir) : [];

const noApp = { group: ['**/app/**'], message: 'Only src/main.tsx and src/app itself use src/app: it composes, nothing depends on it.' };
const noFeatures = { group: ['**/features/**'], message: 'Shared code never imports a feature: move what both need to src/entities.' };
const noEntities = { group: ['**/entities/**'], message: 'src/lib and src/components sit below src/entities: they must not import it.' };
const noClient = {
  group: ['**/lib/supabase'],
  message: 'Network calls live in api/ folders: call an api/ function instead of the Supabase client.',
};
const otherFeatures = (feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      group: [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`, `../../../${other}/**`],
      message: `Features meet only in src/app: ${feature} must not import ${other}.`,
    }));

// no-restricted-imports does not merge across config objects, so each folder gets one
// list with every pattern that applies to it.
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const layers = [
  ...features.flatMap((feature) => [
    restrict([`src/features/${feature}/**/*.{ts,tsx}`], [...otherFeatures(feature), noApp, noClient], [`src/features/${feature}/api/**`]),
    restrict([`src/features/${feature}/api/**/*.{ts,tsx}`], [...otherFeatures(feature), noApp]),
  ]),
  restrict(['src/entities/**/*.{ts,tsx}'], [noFeatures, noApp, noClient], ['src/entities/*/api/**']),
  restrict(['src/entities/*/api/**/*.{ts,tsx}'], [noFeatures, noApp]),
  restrict(['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/testing/**/*.{ts,tsx}'], [noFeatures, noEntities, noApp, noClient], ['src/lib/supabase.ts']),
  restrict(['src/app/**/*.{ts,tsx}'], [noClient]),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'scratch', 'playwright-report', 'test-results', '.factmark', 'src/lib/database.types.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['stack/**/*.ts', 'tests/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  ...layers,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
);
