// npm run lint's import-cycle check: `node scripts/cycles.mjs [--runtime] <dir>...` fails when a
// module under a given folder reaches itself again through its imports. By default type-only
// imports count too (a cycle of types still ties two modules into one); with --runtime only the
// imports that remain in JavaScript count, which are the ones that can throw "Cannot access 'x'
// before initialization" depending on which module is imported first.
// dpdm (over the TypeScript compiler) resolves the `.js` specifiers of our TS sources to `.ts`.
import { parseCircular, parseDependencyTree, prettyCircular } from 'dpdm';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const runtime = args.includes('--runtime');
const dirs = args.filter((arg) => !arg.startsWith('--'));
const missing = dirs.filter((dir) => !existsSync(dir));
if (dirs.length === 0 || missing.length) {
  console.error(`cycles: ${missing.length ? `no such folder: ${missing.join(', ')}` : 'name the folders to check'}`);
  process.exit(2);
}
const tree = await parseDependencyTree(
  dirs.map((dir) => `${dir.replace(/\/$/, '')}/**/*.ts`),
  { transform: runtime, skipDynamicImports: false, exclude: /node_modules|\.d\.ts$/, tsconfig: undefined },
);
const cycles = parseCircular(tree);
const kind = runtime ? 'run-time import' : 'import';
if (cycles.length) {
  console.error(`${cycles.length} ${kind} cycle(s) under ${dirs.join(', ')}:\n${prettyCircular(cycles)}`);
  process.exit(1);
}
console.log(`no ${kind} cycles under ${dirs.join(', ')} (${Object.keys(tree).length} modules)`);
