import { testExample } from './example-app.js';

// `ng test` (Vitest + jsdom, the CLI's default) compiles the component without main.ts: it proves
// that the component's own import of define.js types `$event` there too.
testExample({
  name: 'angular',
  build: [['npm', 'run', 'build'], ['npm', 'test', '--', '--watch=false']],
  serve: { dir: 'dist/angular/browser' },
});
