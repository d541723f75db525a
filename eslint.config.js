// Flat config: typescript-eslint's recommended rules and eslint-plugin-lit's recommended rules
// for every TypeScript file; plain JS config / script files get typescript-eslint's JS-safe base.
import { configs as litConfigs } from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', '.dev-pool-data/', 'test-results/'],
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended, litConfigs['flat/recommended']],
    rules: {
      // `_name` marks a parameter or variable as intentionally unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly',
        fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly',
        URL: 'readonly', URLSearchParams: 'readonly', performance: 'readonly', customElements: 'readonly',
      },
    },
  },
);
