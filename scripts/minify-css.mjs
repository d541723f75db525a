// The stylesheet (components/base/styles.ts) is a template literal marked `/* css */`, written
// for people: indented, with comments. The builds that ship it (the CDN bundle, the package's
// dist/) minify its CSS with esbuild (already the compiler; no other dependency), which only
// drops what the CSS parser ignores anyway (whitespace, comments, `0.5` → `.5`, quotes around
// attribute values) and keeps every rule, value and function (`light-dark()`, `color-mix()`,
// `@layer`) as written: the parsed sheet is the same (test/visual compares the pixels).
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const MARKED = /\/\* css \*\/ `([^`]*)`/g;
const STYLES = /components[\\/]base[\\/]styles\.ts$/;

/** `source` with the CSS of each template literal marked with a `css` comment minified, as a MagicString (for its map). */
async function minify(source, id) {
  const edited = new MagicString(source);
  for (const match of source.matchAll(MARKED)) {
    const css = match[1];
    if (css.includes('${') || css.includes('\\')) throw new Error(`${id}: a /* css */ template with a substitution or an escape; scripts/minify-css.mjs handles neither`);
    const { code } = await transform(css, { loader: 'css', minify: true });
    edited.overwrite(match.index, match.index + match[0].length, `\`${code.trim()}\``);
  }
  return edited;
}

/** For rollup: minifies the stylesheet module before it is compiled. */
export const minifyCssRollup = () => ({
  name: 'minify-css',
  async transform(code, id) {
    if (!STYLES.test(id)) return null;
    const edited = await minify(code, id);
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
});

/** For esbuild (scripts/dist-build.mjs): the same, for the package's per-file build. */
export const minifyCssEsbuild = () => ({
  name: 'minify-css',
  setup(build) {
    build.onLoad({ filter: STYLES }, async ({ path }) => ({ contents: (await minify(await readFile(path, 'utf8'), path)).toString(), loader: 'ts' }));
  },
});
