// custom-elements.json against the code (the framework typings are generated from it): every
// event an element's code emits is listed on it, every event it lists of its own is emitted,
// the list of events is the one of src/events, and README's events table says the same.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emittedEvents } from './emitted-events.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BUBBLED = /^Bubbles up from /;

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; attribute?: string }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
}
let elements: Declaration[];

before(() => {
  // Analyzed afresh from the sources, so that this test needs no build.
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    const cem = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
    execFileSync(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out)], { cwd: root });
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
      .filter((d: Declaration) => d.customElement && d.tagName);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

const eventFiles = () => readdirSync(join(root, 'src/events')).filter((f) => /^cognito-.+\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();

test('the manifest lists every element of the registry, each with its tag', () => {
  const registry = readFileSync(join(root, 'components/registry.ts'), 'utf8');
  const tags = [...registry.matchAll(/^ {2}'(cognito-[a-z-]+)': Cognito\w+,$/gm)].map((m) => m[1]).sort();
  assert.ok(tags.length > 10, 'the registry was read');
  assert.deepEqual(elements.map((e) => e.tagName).sort(), tags);
});

test('each element lists every event its code emits, and emits every event it lists of its own', () => {
  const emitted = emittedEvents(root);
  for (const element of elements) {
    const events = emitted.byClass(element.name);
    const listed = new Set((element.events ?? []).map((e) => e.name));
    const own = (element.events ?? []).filter((e) => !BUBBLED.test(e.description ?? '')).map((e) => e.name);
    assert.ok(events.size > 0, `<${element.tagName}> emits something`);
    assert.deepEqual([...events].filter((name) => !listed.has(name)), [], `<${element.tagName}> emits events its @fires omits`);
    assert.deepEqual(own.filter((name) => !events.has(name)), [], `<${element.tagName}> lists events it never emits`);
  }
});

test('every event of src/events is listed, with its type; the provider hears them all', () => {
  const listed = new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.name)));
  assert.deepEqual([...listed].sort(), eventFiles());
  for (const element of elements) {
    for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^Cognito\w+Event$/, `${event.name} has its type`);
  }
  const provider = elements.find((e) => e.tagName === 'cognito-user-pool')!;
  assert.deepEqual((provider.events ?? []).map((e) => e.name).sort(), eventFiles());
});

test("README's events table lists exactly the events of src/events", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^### Events$/m)[1]?.split(/^#/m)[0] ?? '';
  const names = [...section.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) => [...cell.matchAll(/`(cognito-[a-z-]+)`/g)].map((m) => m[1]));
  assert.deepEqual([...new Set(names)].sort(), eventFiles());
});

test('attributes are the properties that have one, under the attribute name; JSON attributes are text', () => {
  for (const element of elements) {
    const fromFields = (element.members ?? []).filter((m) => m.kind === 'field' && m.attribute).map((m) => `${m.attribute}→${m.name}`);
    const attributes = (element.attributes ?? []).map((a) => `${a.name}→${a.fieldName}`);
    assert.deepEqual(attributes.sort(), fromFields.sort(), `<${element.tagName}>`);
  }
  const profile = elements.find((e) => e.tagName === 'cognito-user-profile')!;
  assert.deepEqual(profile.attributes!.map((a) => a.name).sort(),
    ['attributes', 'hide-when-signed-out', 'labels', 'no-reauth', 'readonly-attributes', 'required-attributes']);
  assert.equal(profile.attributes!.find((a) => a.name === 'labels')!.type!.text, 'string');
});
