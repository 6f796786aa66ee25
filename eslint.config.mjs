// ESLint flat config: typescript-eslint "recommended" for the TypeScript in src/, test/
// and bench/, plain ESLint "recommended" for the Node scripts in bench/ and scripts/.
//
// src/analysis/** is the editor-free core (CLI, tests, benchmarks and workers load it),
// so importing the VS Code or language-server APIs from there is an error.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const editorModules = ['vscode', 'vscode/*', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'];

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'performance', 'Buffer', 'URL', 'TextEncoder', 'TextDecoder', 'setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'structuredClone', 'globalThis'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'test-output/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },
  {
    files: ['bench/**/*.{js,mjs,cjs}', 'scripts/**/*.{js,mjs,cjs}', 'test/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: nodeGlobals },
  },
  {
    // page.evaluate() callbacks run in the browser.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { document: 'readonly', NodeFilter: 'readonly' } },
  },
  {
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: editorModules,
              message: 'src/analysis must stay editor-free: keep VS Code / language-server imports out of the analysis core.',
            },
          ],
        },
      ],
      // Style-only findings in code another engineer is tuning: reported, not fatal.
      'no-useless-escape': 'warn',
      'prefer-const': 'warn',
    },
  },
);
