// The README's npm quick start is what `npm run test:types` compiles (test/types/define/quick-start.ts):
// a snippet edited in one place and not the other fails here, so what readers paste is what compiles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

test("README's npm quick start is the type test's code, word for word", () => {
  const section = read('README.md').split('## Quick start: npm\n')[1]?.split('\n## ')[0] ?? '';
  const snippet = /```ts\n(?:\/\/ src\/main\.ts\n)?([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(snippet, 'the npm quick start has a ts block');
  const fixture = /\/\/ --- README npm quick start ---\n([\s\S]*?)\/\/ --- end ---/.exec(read('test/types/define/quick-start.ts'))?.[1];
  assert.equal(fixture, snippet);
});
