// node:test with a default timeout on every test and hook (TEST_TIMEOUT_MS, default 30 s), so
// a promise that never settles fails its own test within seconds, by name.
import * as nodeTest from 'node:test';

export * from 'node:test';

const timeout = Number(process.env.TEST_TIMEOUT_MS) || 30_000;
const isOptions = (value) => typeof value === 'object' && value !== null;

/** test(name?, options?, fn?) with `timeout` filled in unless the test sets its own. */
const withTimeout = (run) => {
  const wrapped = (...args) => {
    const at = args.findIndex(isOptions);
    if (at === -1) args.splice(typeof args[0] === 'string' ? 1 : 0, 0, { timeout });
    else args[at] = { timeout, ...args[at] };
    return run(...args);
  };
  return Object.assign(wrapped, run, { only: (...args) => wrapped(...withFlag(args, 'only')) });
};
const withFlag = (args, flag) => {
  const at = args.findIndex(isOptions);
  if (at === -1) args.splice(typeof args[0] === 'string' ? 1 : 0, 0, { [flag]: true });
  else args[at] = { ...args[at], [flag]: true };
  return args;
};
/** before(fn, options?) and the other hooks. */
const hookWithTimeout = (hook) => (fn, options) => hook(fn, { timeout, ...options });

export const test = withTimeout(nodeTest.test);
export const it = withTimeout(nodeTest.it);
export default test;
export const before = hookWithTimeout(nodeTest.before);
export const after = hookWithTimeout(nodeTest.after);
export const beforeEach = hookWithTimeout(nodeTest.beforeEach);
export const afterEach = hookWithTimeout(nodeTest.afterEach);
