// The gallery page's files, for `npm start` (scripts/start.mjs) and the screenshots
// (scripts/gallery.mjs): demo/gallery.html with its script bundled from demo/gallery/*.ts by
// esbuild (from the sources, with a scripted stand-in for Cognito: no SDK, no network), and the
// Noto Sans Hebrew (Latin and Hebrew) and Noto Sans Mono font files of the @fontsource
// devDependencies.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The gallery's script: one ES module (every language inlined, as the page may ask for any). */
export async function bundleGallery() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'demo/gallery/gallery.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

/** Mounts and routes for staticFiles(): the demo folder, the font, and the bundled script. */
export async function galleryFiles() {
  return {
    mounts: [
      { prefix: '/fonts/noto-sans-hebrew/', dir: join(root, 'node_modules/@fontsource/noto-sans-hebrew') },
      { prefix: '/fonts/noto-sans-mono/', dir: join(root, 'node_modules/@fontsource/noto-sans-mono') },
      { prefix: '/', dir: join(root, 'demo') },
    ],
    routes: { '/gallery/gallery.js': { type: 'text/javascript; charset=utf-8', body: await bundleGallery() } },
  };
}
