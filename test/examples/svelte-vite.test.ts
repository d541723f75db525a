import { testExample } from './example-app.js';

// Vite's Svelte build does not type-check: svelte-check (the template's `check`) does.
testExample({ name: 'svelte-vite', build: [['npm', 'run', 'check'], ['npm', 'run', 'build']], serve: { dir: 'dist' } });
