/**
 * The browser link between tabs (src/auth/tab-sync.ts), in a real Chromium: two links with one
 * name stand for two tabs (BroadcastChannel delivers to every other channel of that name, in
 * this document too). Malformed messages are dropped; Web Locks tell a waiter it waited.
 */
import { expect } from '@open-wc/testing';
import { browserTabLink, type TabLink, type TabMessage } from '../../src/auth/tab-sync.js';

const NAME = `cognito-elements:test:${Math.random()}`;
const links: TabLink[] = [];
const link = () => {
  const made = browserTabLink(NAME)!;
  links.push(made);
  return made;
};
afterEach(() => links.splice(0).forEach((l) => l.close()));
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('browserTabLink', () => {
  it('carries messages to the other tab only, as plain { kind, global }', async () => {
    const [a, b] = [link(), link()];
    const toA: TabMessage[] = [];
    const toB: TabMessage[] = [];
    a.listen((m) => toA.push(m));
    b.listen((m) => toB.push(m));
    a.post({ kind: 'signed-out', global: true });
    a.post({ kind: 'changed' });
    await tick();
    expect(toB).to.deep.equal([{ kind: 'signed-out', global: true }, { kind: 'changed', global: false }]);
    expect(toA).to.deep.equal([]);
  });

  it('drops malformed messages on its channel (ASVS 3.5.5)', async () => {
    const b = link();
    const heard: TabMessage[] = [];
    b.listen((m) => heard.push(m));
    const stranger = new BroadcastChannel(NAME);
    for (const junk of [null, 'signed-out', { kind: 'delete-everything' }, { type: 'changed' }, [1, 2]]) stranger.postMessage(junk);
    stranger.postMessage({ kind: 'changed', global: 'yes', tokens: 'never-read' });
    await tick();
    stranger.close();
    expect(heard).to.deep.equal([{ kind: 'changed', global: false }]);
  });

  it('stops hearing once the listener is removed or the link closed', async () => {
    const [a, b] = [link(), link()];
    const heard: TabMessage[] = [];
    const stop = b.listen((m) => heard.push(m));
    stop();
    a.post({ kind: 'changed' });
    await tick();
    expect(heard).to.deep.equal([]);
  });

  it('runs one task at a time across links, and tells the one that waited', async () => {
    const [a, b] = [link(), link()];
    const order: string[] = [];
    let release!: () => void;
    const first = a.exclusive(async (contended) => {
      order.push(`a starts (contended: ${contended})`);
      await new Promise<void>((resolve) => (release = resolve));
      order.push('a ends');
      return 'a';
    });
    await tick();
    const second = b.exclusive(async (contended) => (order.push(`b starts (contended: ${contended})`), 'b'));
    await tick();
    expect(order).to.deep.equal(['a starts (contended: false)']);
    release();
    expect(await Promise.all([first, second])).to.deep.equal(['a', 'b']);
    expect(order).to.deep.equal(['a starts (contended: false)', 'a ends', 'b starts (contended: true)']);
  });

  it('gives up waiting when its signal aborts', async () => {
    const [a, b] = [link(), link()];
    let release!: () => void;
    const first = a.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    await tick();
    const abort = new AbortController();
    let ran = false;
    const waiting = b.exclusive(async () => void (ran = true), abort.signal);
    abort.abort();
    let error: unknown;
    await waiting.catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    release();
    await first;
    expect(ran).to.equal(false);
  });
});
