import { testExample } from './example-app.js';

// `next start` serves the production build: server rendering and hydration included.
testExample({
  name: 'next',
  build: [['npm', 'run', 'build']],
  markupFirst: true,
  serve: { command: (port) => ['npm', 'run', 'start', '--', '--hostname', '127.0.0.1', '--port', String(port)] },
});
