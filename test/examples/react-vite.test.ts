import { testExample } from './example-app.js';

testExample({ name: 'react-vite', build: [['npm', 'run', 'build']], serve: { dir: 'dist' } });
