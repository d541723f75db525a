import { expect, html, waitUntil } from '@open-wc/testing';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import { fieldError, mount, submit } from './fixture.js';

const signIn = (template = html`<cognito-sign-in></cognito-sign-in>`) => mount<CognitoSignIn>(template);
const heading = (el: Element) => el.querySelector('h2')?.textContent?.trim();

describe('languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('<html lang="de">: German arrives on demand and the form re-renders, validation included', async () => {
    document.documentElement.lang = 'de';
    const { el } = await signIn();
    await waitUntil(() => el.querySelector('button[type=submit]')?.textContent?.trim() === 'Anmelden', 'German arrives');
    expect(el.querySelector('label')?.textContent).to.contain('Benutzername');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Bitte geben Sie Folgendes ein: Benutzername.');
    expect(el.getAttribute('dir')).to.equal(null, 'left to right: no dir set');
    await expect(el).to.be.accessible();
  });

  it('a region falls back to its language (de-AT → de), the nearest lang wins over the document', async () => {
    document.documentElement.lang = 'en';
    const { el } = await signIn(html`<div lang="de-AT"><cognito-sign-in></cognito-sign-in></div>`);
    await waitUntil(() => heading(el) === 'Anmelden', 'German for de-AT');
  });

  it('a language without a table falls back to English', async () => {
    const { el } = await signIn(html`<div lang="xx-YY"><cognito-sign-in></cognito-sign-in></div>`);
    expect(heading(el)).to.equal('Sign in');
  });

  it('<html lang="ar">: right to left, in Arabic', async () => {
    document.documentElement.lang = 'ar';
    const { el } = await signIn();
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el.querySelector('form')!).direction).to.equal('rtl');
    await waitUntil(() => heading(el) !== 'Sign in', 'Arabic arrives');
    expect(heading(el)).to.match(/[\u0600-\u06ff]/);
    await expect(el).to.be.accessible();
  });

  it('<html lang="he">: right to left, in Hebrew, with a validation message that reads as a sentence', async () => {
    document.documentElement.lang = 'he';
    const { el } = await signIn();
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el.querySelector('form')!).direction).to.equal('rtl');
    await waitUntil(() => heading(el) === 'כניסה', 'Hebrew arrives');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('יש להזין שם משתמש.');
    await expect(el).to.be.accessible();
  });

  it('script and region pick the Chinese table: zh-HK reads Traditional with Taiwan terms, zh-SG Simplified', async () => {
    const { el } = await signIn(html`<div lang="zh-HK"><cognito-sign-in></cognito-sign-in></div>`);
    await waitUntil(() => heading(el) === '登入', 'Traditional Chinese for zh-HK');
    expect(el.querySelector('label')?.textContent).to.contain('使用者名稱');
    const { el: simplified } = await signIn(html`<div lang="zh-SG"><cognito-sign-in></cognito-sign-in></div>`);
    await waitUntil(() => heading(simplified) === '登录', 'Simplified Chinese for zh-SG');
    expect(simplified.querySelector('label')?.textContent).to.contain('用户名');
  });

  it("a page's own dir wins over the language's", async () => {
    const { el } = await signIn(html`<div lang="he" dir="ltr"><cognito-sign-in></cognito-sign-in></div>`);
    expect(el.querySelector('cognito-sign-in')!.getAttribute('dir')).to.equal(null);
    expect(getComputedStyle(el.querySelector('form')!).direction).to.equal('ltr');
    document.documentElement.lang = 'he';
    const { el: hebrew } = await signIn();
    expect(hebrew.getAttribute('dir')).to.equal('rtl');
  });
});
