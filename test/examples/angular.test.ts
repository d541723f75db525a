import { testExample } from './example-app.js';

testExample({ name: 'angular', build: [['npm', 'run', 'build']], serve: { dir: 'dist/angular/browser' } });
