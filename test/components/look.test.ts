/**
 * The shared stylesheet's promises (components/base/styles.ts): empty live regions take no room
 * yet stay announced, the default font, one link style, and logical properties only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import type { CognitoConfirmSignUp } from '../../components/confirm-sign-up/confirm-sign-up.js';
import { en } from '../../src/i18n/en.js';
import { FakeAdapter, alertText, mount, submit, type } from './fixture.js';

const box = (node: Element) => node.getBoundingClientRect();
const ourSheet = () =>
  [...document.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).find((text) => text.includes('cognito-elements'))!;

describe('the look', () => {
  it('empty alert and status regions are live regions in the accessibility tree but add no gap above the submit', async () => {
    // An error that is not about one field (a field's error shows at the field, not in the alert).
    const adapter = new FakeAdapter().reject('signIn', 'InvalidParameterException');
    const { el } = await mount<CognitoSignIn>(html`<cognito-sign-in></cognito-sign-in>`, { adapter });
    const form = el.querySelector('form')!;
    const alert = form.querySelector('[role="alert"]')!;
    const status = form.querySelector('[role="status"]')!;
    const gap = parseFloat(getComputedStyle(form).rowGap);
    const lastField = [...form.querySelectorAll('.cognito-field')].at(-1)!;
    const submitButton = form.querySelector('button[type="submit"]')!;
    for (const region of [alert, status]) {
      expect(getComputedStyle(region).display, 'rendered (in the accessibility tree)').to.not.equal('none');
      expect(getComputedStyle(region).visibility).to.equal('visible');
      expect(box(region).height, 'no height while empty').to.equal(0);
    }
    expect(box(submitButton).top - box(lastField).bottom, 'one gap between the last field and the submit').to.be.closeTo(gap, 0.5);

    type(el, 'username', 'ana');
    type(el, 'password', 'not-my-password');
    await submit(form);
    expect(alertText(el), 'the alert region got the message').to.equal(en['error.invalidParameter']);
    expect(form.querySelector('[role="alert"]') === alert, 'the same region (so it is announced)').to.equal(true);
    expect(box(alert).height, 'and now takes its room').to.be.greaterThan(20);
    expect(box(submitButton).top - box(alert).bottom).to.be.closeTo(gap, 0.5);
    await expect(el).to.be.accessible();
  });

  it("font: system-ui by default; --cognito-font overrides it; one rule of the page's own gives its font", async () => {
    const { el, wrapper } = await mount<CognitoSignIn>(html`<cognito-sign-in></cognito-sign-in>`);
    const form = el.querySelector('form')!;
    expect(getComputedStyle(form).fontFamily).to.match(/^system-ui/);
    wrapper.style.setProperty('--cognito-font', '20px/1.2 monospace');
    expect(getComputedStyle(form).fontFamily).to.equal('monospace');
    expect(getComputedStyle(form).fontSize).to.equal('20px');
    // `--cognito-font: inherit` cannot work (a custom property set to inherit takes its parent's
    // value of that property: none); the README gives this rule instead.
    wrapper.style.removeProperty('--cognito-font');
    wrapper.style.fontFamily = 'serif';
    wrapper.className = 'page-font';
    const style = document.createElement('style');
    style.textContent = '.page-font :is(.cognito-form, .cognito-card) { font: inherit; }';
    document.head.append(style);
    expect(getComputedStyle(form).fontFamily).to.equal('serif');
    style.remove();
  });

  it('every secondary action looks like a link, the same everywhere', async () => {
    const { el } = await mount<CognitoConfirmSignUp>(html`<cognito-confirm-sign-up username="ana"></cognito-confirm-sign-up>`);
    const resend = el.querySelector<HTMLButtonElement>('button[name="resend"]')!;
    const style = getComputedStyle(resend);
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(ourSheet(), 'one rule for every type=button in a form or card').to.contain('.cognito-card button[type="button"]');
  });

  it('right to left: only logical properties, and a secondary action sits at the start (the right)', async () => {
    expect(ourSheet()).to.not.match(/(margin|padding|border)-(left|right)|text-align:\s*(left|right)|[^-](left|right):|float:/);
    const { el } = await mount<CognitoConfirmSignUp>(html`<cognito-confirm-sign-up username="ana"></cognito-confirm-sign-up>`, { lang: 'he' });
    const form = el.querySelector('form')!;
    await waitUntil(() => /[\u0590-\u05ff]/.test(form.querySelector('h2')!.textContent!), 'Hebrew arrives');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const resend = el.querySelector('button[name="resend"]')!;
    const inner = box(form).right - parseFloat(getComputedStyle(form).paddingRight) - parseFloat(getComputedStyle(form).borderRightWidth);
    expect(box(resend).right).to.be.closeTo(inner, 1);
    await expect(el).to.be.accessible();
  });
});
