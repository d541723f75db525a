// A rollup plugin that drops the SDK's CognitoUser methods this library never reaches: the SDK
// is one class per module with ~60 methods, so tree-shaking keeps all of them, while the adapter
// does the signed-in user's calls itself (src/auth/account-calls.ts). Which methods stay is
// computed, never listed: the names our SDK code (src/auth/sdk-adapter.ts, sdk-internals.ts) and
// the SDK's other modules mention, then whatever a kept method mentions, to a fixed point. A
// name is matched wherever it appears after a dot, so the analysis can only keep too much.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SDK_ES = join(root, 'node_modules/amazon-cognito-identity-js/es');
const TARGET = /amazon-cognito-identity-js[\\/]es[\\/]CognitoUser\.js$/;
const OUR_SDK_CODE = ['src/auth/sdk-adapter.ts', 'src/auth/sdk-internals.ts'];

const mentioned = (code) => new Set([...code.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));

/** `_proto.name = function name() {…};` statements, anywhere in the tree. */
function prototypeMethods(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const e = node.type === 'ExpressionStatement' ? node.expression : undefined;
    if (e?.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && e.left.object.name === '_proto' &&
      !e.left.computed && e.right.type === 'FunctionExpression') {
      found.push({ name: e.left.property.name, start: node.start, end: node.end, body: e.right });
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}

/** The methods to keep, given the module's code and AST and the names used from outside. */
export function reachable(code, ast, outside) {
  const methods = prototypeMethods(ast);
  let rest = code;
  for (const m of [...methods].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  const names = new Set([...outside, ...mentioned(rest)]);
  const keep = new Set();
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of methods) {
      if (keep.has(m.name) || !names.has(m.name)) continue;
      keep.add(m.name);
      for (const n of mentioned(code.slice(m.body.start, m.body.end))) names.add(n);
      grew = true;
    }
  }
  return { methods, keep };
}

export function outsideNames() {
  const sources = [
    ...OUR_SDK_CODE.map((file) => readFileSync(join(root, file), 'utf8')),
    ...readdirSync(SDK_ES).filter((f) => f.endsWith('.js') && f !== 'CognitoUser.js').map((f) => readFileSync(join(SDK_ES, f), 'utf8')),
  ];
  return new Set(sources.flatMap((code) => [...mentioned(code)]));
}

export function sdkPrune() {
  let outside;
  return {
    name: 'sdk-prune',
    transform(code, id) {
      if (!TARGET.test(id)) return null;
      outside ??= outsideNames();
      const { methods, keep } = reachable(code, this.parse(code), outside);
      const edited = new MagicString(code);
      for (const m of methods) if (!keep.has(m.name)) edited.remove(m.start, m.end);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
