import { testExample } from './example-app.js';

testExample({ name: 'vue-vite', build: [['npm', 'run', 'build']], serve: { dir: 'dist' } });
