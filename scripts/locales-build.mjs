// The language files' part of the build (issue 9), kept apart from rollup.config.js and build.mjs:
// - cdnLocales(): a rollup plugin that leaves each `import('./locales/<lang>.js')` of
//   src/i18n/loaders.ts as a request relative to the bundle, so the CDN entry (even with
//   inlineDynamicImports) fetches dist/cdn/locales/<lang>.js, the page's language only. With
//   `{ none: true }` (a single self-contained file) the loaders are dropped instead: that file
//   makes no requests; pages add a language with registerTranslation (README, "Languages").
// - buildLocales(): writes dist/cdn/locales/<lang>.js (minified data modules) and the npm
//   side-effect entries dist/locales/<lang>.js (+ .d.ts) that register one language when imported.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(root, 'src/i18n/locales');
const LOADERS = join(root, 'src/i18n/loaders.ts');

export const localeNames = () => readdirSync(LOCALES).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

export function cdnLocales({ none = false } = {}) {
  return {
    name: 'cdn-locales',
    load: (id) => (none && id === LOADERS ? 'export const LOADERS = {};' : null),
    resolveId(source, importer) {
      if (importer !== LOADERS) return null;
      const lang = source.match(/^\.\/locales\/([\w-]+)\.js$/)?.[1];
      return lang ? { id: `./locales/${lang}.js`, external: true } : null;
    },
  };
}

export async function buildLocales() {
  const { build } = await import('esbuild');
  const cdn = join(root, 'dist/cdn/locales');
  const npm = join(root, 'dist/locales');
  mkdirSync(cdn, { recursive: true });
  mkdirSync(npm, { recursive: true });
  const names = localeNames();
  await build({
    entryPoints: names.map((lang) => join(LOCALES, `${lang}.ts`)),
    outdir: cdn,
    format: 'esm',
    minify: true,
    // Letters as they are, not \u escapes: Greek, Cyrillic, Hindi and CJK tables shrink by half or
    // more (el: 36.7 to 15.7 KB raw). The CDN serves them as utf-8 (static-files.mjs, like jsDelivr).
    charset: 'utf8',
    target: 'es2022',
    logLevel: 'silent',
  });
  for (const lang of names) {
    writeFileSync(
      join(npm, `${lang}.js`),
      `// Registers ${lang} when imported, for apps that bundle it instead of loading it on demand.\n` +
        `import { provideLanguage } from '../src/i18n/i18n.js';\nimport table from '../src/i18n/locales/${lang}.js';\n` +
        `provideLanguage('${lang}', table);\nexport default table;\n`,
    );
    writeFileSync(
      join(npm, `${lang}.d.ts`),
      `import type { Translation } from '../src/i18n/en.js';\ndeclare const table: Translation;\nexport default table;\n`,
    );
  }
  return `${names.length} languages: dist/cdn/locales/, dist/locales/`;
}
