import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALLED_PACKAGE, testExample } from './example-app.js';

// The page loads the CDN file from jsDelivr; here jsDelivr serves the packed tarball's files.
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/cognito-elements@[^/]+\/(.+)$/;

testExample({
  name: 'html',
  serve: { dir: '.' },
  markupFirst: true,
  routes: (context) =>
    context.route(CDN, (route) => {
      const file = join(INSTALLED_PACKAGE, CDN.exec(route.request().url())![1]);
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    }),
});
