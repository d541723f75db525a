// The gallery's screenshots against the committed references (docs/gallery/), and axe on the
// gallery page in both colour schemes and both directions: scripts/gallery.mjs does the work;
// each variant is one test here. After a deliberate change of the look:
// `npm run gallery -- --update`, then look at the new images before committing them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shootGallery, VARIANTS } from '../../scripts/gallery.mjs';

const results = await shootGallery();

for (const variant of VARIANTS) {
  test(`gallery ${variant.name}: every state as its reference`, () => {
    const result = results.find((r) => r.variant === variant.name);
    assert.ok(result, `${variant.name} was not shot`);
    assert.equal(result.states.length, 27, 'every state of the gallery');
    assert.deepEqual(result.errors, [], 'no error on the page');
    assert.deepEqual(result.problems, [], 'screenshots match');
  });
  if (variant.width === 1024) {
    test(`gallery ${variant.scheme} ${variant.lang}: axe-clean in every state`, () => {
      assert.deepEqual(results.find((r) => r.variant === variant.name)?.violations, []);
    });
  }
}
