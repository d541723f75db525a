/**
 * Right-to-left pages: what is always written left to right (e-mail addresses, phone numbers,
 * one-time codes, the authenticator key) reads left to right, in its input or in a sentence,
 * while labels, hints and the layout stay right to left. Checked on the rendered text (where the
 * "+" of a phone number is drawn), not only on attributes.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { FakeAdapter, input, mount, settle, submit } from './fixture.js';
import { en } from '../../src/i18n/en.js';
import { LOADERS } from '../../src/i18n/loaders.js';
import { PHONE_NUMBER } from '../../components/templates/bidi.js';

const direction = (node: Element) => getComputedStyle(node).direction;
const hebrew = (el: Element) => waitUntil(() => /[\u0590-\u05ff]/.test(el.querySelector('h2')?.textContent ?? ''), 'Hebrew arrives');
const arabic = (el: Element) => waitUntil(() => /[\u0600-\u06ff]/.test(el.querySelector('h2')?.textContent ?? ''), 'Arabic arrives');

/** The x of a substring's first drawn character, found in `root`'s text. */
function xOf(root: Element, text: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not shown`);
}

/** The "+" of the number starting with `plus` is drawn left of its digits (as the number is written). */
function expectPlusFirst(root: Element, plus: string) {
  expect(xOf(root, plus), `"+" of ${plus} on the left`).to.be.lessThan(xOf(root, plus.slice(1)));
}

describe('right to left', () => {
  it('sign-up (he): e-mail and phone read left to right, the username as typed, labels and hints right to left', async () => {
    const { el } = await mount<LitElement>(html`<cognito-sign-up attributes="email phone_number"></cognito-sign-up>`, { lang: 'he' });
    await hebrew(el);
    for (const name of ['email', 'phone_number']) {
      expect(input(el, name).getAttribute('dir'), name).to.equal('ltr');
      expect(direction(input(el, name)), name).to.equal('ltr');
      expect(direction(el.querySelector(`label[for="${input(el, name).id}"]`)!), `label of ${name}`).to.equal('rtl');
    }
    // A username may be Hebrew or an address: its own first strong letter decides.
    expect(input(el, 'username').getAttribute('dir')).to.equal('auto');
    input(el, 'username').value = 'ana@example.com';
    expect(direction(input(el, 'username'))).to.equal('ltr');
    input(el, 'username').value = 'דנה';
    expect(direction(input(el, 'username'))).to.equal('rtl');
    expect(direction(input(el, 'new_password')), 'other fields follow the page').to.equal('rtl');

    const hint = input(el, 'phone_number').closest('.cognito-field')!.querySelector('.cognito-hint')!;
    expect(direction(hint)).to.equal('rtl');
    expect(hint.querySelector('bdi[dir="ltr"]')?.textContent).to.equal('+14155550123');
    expectPlusFirst(hint, '+14155550123');
    await expect(el).to.be.accessible();
  });

  it('sign-up (ar): the Arabic example number too', async () => {
    const { el } = await mount<LitElement>(html`<cognito-sign-up attributes="phone_number"></cognito-sign-up>`, { lang: 'ar' });
    await arabic(el);
    const hint = input(el, 'phone_number').closest('.cognito-field')!.querySelector('.cognito-hint')!;
    expect(hint.querySelector('bdi[dir="ltr"]')?.textContent).to.equal('+971 50 123 4567');
    expectPlusFirst(hint, '+971');
  });

  it('every table: the phone hint has one example number (isolated when shown) and no directional marks', async () => {
    const tables = [['en', en], ...(await Promise.all(Object.entries(LOADERS).map(async ([code, load]) => [code, (await load()).default] as const)))] as const;
    for (const [code, table] of tables) {
      const hint = table['hint.phone_number'];
      expect(hint.split(PHONE_NUMBER).length, `${code}: one number`).to.equal(3);
      for (const [key, text] of Object.entries(table)) expect(/[\u200e\u200f\u202a-\u202e]/.test(text), `${code} ${key}`).to.equal(false);
    }
  });

  it('code steps (ar): the code reads left to right, and so does where it went', async () => {
    const { el } = await mount<LitElement>(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, {
      lang: 'ar',
      challenge: { challenge: 'SMS_MFA', parameters: { codeDelivery: { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } } },
    });
    await arabic(el);
    expect(input(el, 'code').getAttribute('dir')).to.equal('ltr');
    expect(direction(input(el, 'code'))).to.equal('ltr');
    const hint = input(el, 'code').closest('.cognito-field')!.querySelector('.cognito-hint')!;
    expect(direction(hint)).to.equal('rtl');
expectPlusFirst(hint, '+*');
    await expect(el).to.be.accessible();
  });

  it('authenticator-app set-up (he): the key reads left to right at the start (right) of the form, on every line', async () => {
    const { el, wrapper } = await mount<LitElement>(html`<cognito-totp-setup></cognito-totp-setup>`, { lang: 'he', signedIn: 'ana' });
    wrapper.style.inlineSize = '280px'; // narrow: the key takes two lines
    await hebrew(el);
    await submit(el.querySelector('form'));
    await waitUntil(() => el.querySelector('.cognito-secret'), 'the key is shown');
    const secret = el.querySelector('.cognito-secret')!;
    expect(secret.getAttribute('dir')).to.equal('ltr');
    const form = el.querySelector('form')!;
    const inner = form.getBoundingClientRect().right - parseFloat(getComputedStyle(form).paddingRight) - 1;
    expect(secret.getBoundingClientRect().right, 'at the start of the form').to.be.closeTo(inner, 1);
    const range = document.createRange();
    range.selectNodeContents(secret);
    const lines = [...range.getClientRects()];
    expect(lines.length, 'wrapped').to.be.greaterThan(1);
    for (const line of lines) expect(line.right, 'each line ends at the start (right)').to.be.closeTo(inner, 2);
    expect(xOf(secret, 'J'), 'and reads left to right').to.be.lessThan(xOf(secret, 'B'));
    expect(input(el, 'code').getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('sentences with a username (he): a phone-number username keeps its "+" in front', async () => {
    const { el } = await mount<LitElement>(html`<cognito-sign-in></cognito-sign-in>`, { lang: 'he', signedIn: '+14155550123' });
    await waitUntil(() => /[\u0590-\u05ff]/.test(el.textContent!), 'Hebrew arrives');
    expect(el.querySelector('[role="status"] bdi')?.textContent).to.equal('+14155550123');
    expectPlusFirst(el, '+14155550123');

    const forgot = (await mount<LitElement>(html`<cognito-forgot-password></cognito-forgot-password>`, { lang: 'he' })).el;
    await hebrew(forgot);
    input(forgot, 'username').value = '+14155550123';
    await submit(forgot.querySelector('form'));
    await waitUntil(() => forgot.querySelector('[role="status"] bdi'), 'the code was sent');
    expectPlusFirst(forgot.querySelector('[role="status"]')!, '+14155550123');
  });

  it("custom challenge (he): the pool's own question keeps its direction, the answer takes the typed one", async () => {
    const { el } = await mount<LitElement>(html`<cognito-custom-challenge></cognito-custom-challenge>`, {
      lang: 'he',
      challenge: { challenge: 'CUSTOM_CHALLENGE', parameters: { question: 'Which city were you born in?' } },
    });
    await hebrew(el);
    const hint = input(el, 'answer').closest('.cognito-field')!.querySelector('.cognito-hint')!;
    expect(xOf(hint, '?'), '"?" after the English question').to.be.greaterThan(xOf(hint, 'W'));
    expect(input(el, 'answer').getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('profile (he): e-mail and phone inputs and read-only values read left to right', async () => {
    const adapter = new FakeAdapter();
    Object.assign(adapter.profile.attributes, { phone_number: '+14155550123', phone_number_verified: 'true' });
    const { el } = await mount<LitElement>(
      html`<cognito-user-profile attributes="name email phone_number" readonly-attributes="email"></cognito-user-profile>`,
      { lang: 'he', adapter, signedIn: 'ana' },
    );
    await waitUntil(() => el.querySelector('input[name="phone_number"]'), 'the profile is shown');
    await hebrew(el);
    await settle(el);
    expect(input(el, 'phone_number').getAttribute('dir')).to.equal('ltr');
    expect(input(el, 'name').hasAttribute('dir'), 'a name follows the page').to.equal(false);
    const shown = el.querySelector('dd bdi');
    expect(shown?.getAttribute('dir')).to.equal('ltr');
    expect(shown?.textContent).to.equal('ana@example.com');
    const hint = input(el, 'phone_number').closest('.cognito-field')!.querySelector('.cognito-hint')!;
    expectPlusFirst(hint, '+14155550123');
    await expect(el).to.be.accessible();
  });
});
