// Preloaded by scripts/node-tests.mjs: test files that import node:test get ./node-test.mjs
// instead, which gives every test and hook a timeout. Node 20's --test-timeout would apply to
// whole files, so a slow but healthy file would fail and a hung test would be named only by
// its file.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
