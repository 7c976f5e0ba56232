// Lint keeps the layers apart (DESIGN.md: renderer → api ← main → power-model) on top of the
// type checker's per-layer lib settings.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads', 'stream'];

const ban = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**', 'bin/**', 'scripts/**', '.scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: ['src/power-model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(nodeBuiltins, 'src/power-model is pure: no Node built-ins.'),
            ban(['electron', 'react', 'react-dom', 'react/*', 'three', 'three/*', '@react-three/*', 'better-sqlite3', 'zustand'], 'src/power-model is pure: no Electron, React, three.js or SQLite.'),
            ban(['**/main/**', '**/renderer/**', '**/electron/**', '**/api/**'], 'src/power-model imports no other layer.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(nodeBuiltins, 'src/api is shared with the renderer: no Node built-ins.'),
            ban(['electron', 'react', 'react-dom', 'three', 'better-sqlite3'], 'src/api holds the contract only.'),
            ban(['**/main/**', '**/renderer/**', '**/electron/**'], 'src/api imports only zod and power-model types.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(nodeBuiltins, 'The renderer runs in a sandboxed page: no Node built-ins.'),
            ban(['electron', 'better-sqlite3'], 'The renderer reaches services only through the API client.'),
            ban(['**/main/**', '**/electron/**'], 'The renderer never imports src/main or electron/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ban(['electron', '**/renderer/**', '**/electron/**'], 'src/main runs in plain Node (CLI, web mode, service process): no Electron, no renderer.')] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
