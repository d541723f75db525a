// Flat config: typescript-eslint's recommended rules and eslint-plugin-lit's recommended rules for
// every TypeScript file. Plain .js/.mjs files (configs, scripts, the demo) are only parsed.
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'examples/', 'coverage/', 'custom-elements.json', '.dev-pool-data/', 'test-results/']),
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended, litConfigs['flat/recommended']],
    rules: {
      // A leading underscore marks a parameter or variable as intentionally unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
