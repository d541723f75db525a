/**
 * Issue 9's look items that live in the shared template helpers: a show/hide button on every
 * password field, one visible message per error, and code steps that say where the code went.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  EMAIL_DELIVERY, FakeAdapter, alertText, fieldError, input, mount, settle, submit, type,
} from './fixture.js';

const toggleOf = (el: Element, name: string) =>
  input(el, name).closest('.cognito-field')!.querySelector<HTMLButtonElement>('button[name="show-password"]')!;

describe('look', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('show/hide password', () => {
    const fields: Array<[string, ReturnType<typeof html>, string[], object?]> = [
      ['sign-in', html`<cognito-sign-in></cognito-sign-in>`, ['password']],
      ['sign-up', html`<cognito-sign-up></cognito-sign-up>`, ['new_password']],
      ['change-password', html`<cognito-change-password></cognito-change-password>`, ['password', 'new_password'], { signedIn: 'ana' }],
      ['delete-account (re-auth password)', html`<cognito-delete-account></cognito-delete-account>`, ['password'], { signedIn: 'ana' }],
    ];
    for (const [what, template, names, options] of fields) {
      it(`${what}: every password field has one, pressed state and type follow it`, async () => {
        const { el } = await mount(template, options);
        if (what.startsWith('delete-account')) {
          await submit(el.querySelector('form'));
          await settle(el);
        }
        for (const name of names) {
          const toggle = toggleOf(el, name);
          expect(input(el, name).type).to.equal('password', 'password managers see a password field');
          expect(toggle.type).to.equal('button');
          expect(toggle.getAttribute('aria-pressed')).to.equal('false');
          expect(toggle.textContent!.trim()).to.equal('Show password');
          toggle.click();
          await settle(el);
          expect(input(el, name).type).to.equal('text');
          expect(toggleOf(el, name).getAttribute('aria-pressed')).to.equal('true');
          expect(toggleOf(el, name).textContent!.trim()).to.equal('Hide password');
          toggleOf(el, name).click();
          await settle(el);
          expect(input(el, name).type).to.equal('password');
          expect(toggleOf(el, name).getAttribute('aria-pressed')).to.equal('false');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the value, the focus and the caret/selection in the input', async () => {
      const { el } = await mount(html`<cognito-sign-in></cognito-sign-in>`);
      type(el, 'password', 'Secret-pass-1');
      const field = input(el, 'password');
      field.focus();
      field.setSelectionRange(2, 5);
      // A mouse press does not take focus from the input (the button's mousedown is prevented).
      const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      toggleOf(el, 'password').dispatchEvent(down);
      expect(down.defaultPrevented).to.equal(true);
      toggleOf(el, 'password').click();
      await settle(el);
      expect(field.type).to.equal('text');
      expect(field.value).to.equal('Secret-pass-1');
      expect(document.activeElement === field).to.equal(true, 'focus stays in the input');
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([2, 5]);
    });

    it('keeps focus on the button when pressed from the keyboard', async () => {
      const { el } = await mount(html`<cognito-sign-in></cognito-sign-in>`);
      toggleOf(el, 'password').focus();
      toggleOf(el, 'password').click();
      await settle(el);
      expect(document.activeElement === toggleOf(el, 'password')).to.equal(true, 'focus stays on the button');
    });

    it('is localized (de)', async () => {
      document.documentElement.lang = 'de';
      const { el } = await mount(html`<cognito-sign-in></cognito-sign-in>`);
      await waitUntil(() => toggleOf(el, 'password').textContent!.trim() === 'Passwort anzeigen', 'German arrives');
      toggleOf(el, 'password').click();
      await settle(el);
      expect(toggleOf(el, 'password').textContent!.trim()).to.equal('Passwort verbergen');
    });
  });

  describe('one visible message per error', () => {
    it('a wrong password shows at the field only; the alert announces it, visually hidden', async () => {
      const adapter = new FakeAdapter().reject('signIn', 'NotAuthorizedException', 'Incorrect username or password.');
      const { el } = await mount(html`<cognito-sign-in></cognito-sign-in>`, { adapter });
      type(el, 'username', 'ana');
      type(el, 'password', 'Secret-pass-1');
      await submit(el.querySelector('form'));
      const text = 'Incorrect username or password.';
      expect(fieldError(el, 'password')).to.equal(text);
      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alertText(el)).to.equal(text, 'still announced');
      expect(alert.classList.contains('cognito-visually-hidden')).to.equal(true);
      const style = getComputedStyle(alert);
      expect([style.position, style.clipPath]).to.deep.equal(['absolute', 'inset(50%)'], 'not seen twice');
      expect(input(el, 'password').getAttribute('aria-describedby')).to.contain(`${input(el, 'password').id}-error`);
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    });

    it('an error about no field is seen in the alert', async () => {
      const adapter = new FakeAdapter().reject('signIn', 'NetworkError');
      const { el } = await mount(html`<cognito-sign-in></cognito-sign-in>`, { adapter });
      type(el, 'username', 'ana');
      type(el, 'password', 'Secret-pass-1');
      await submit(el.querySelector('form'));
      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.classList.contains('cognito-visually-hidden')).to.equal(false);
      expect(alert.getBoundingClientRect().height).to.be.above(10);
    });
  });

  describe('where the code went', () => {
    it('MFA by e-mail: the masked destination, isolated in a <bdi>', async () => {
      const { el, service } = await mount(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, {
        challenge: { challenge: 'EMAIL_OTP', parameters: { codeDelivery: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } } },
      });
      void service;
      const hint = el.querySelector('.cognito-hint')!;
      expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Check your email at a***@e***.com.');
      expect(hint.querySelector('bdi')?.textContent).to.equal('a***@e***.com');
    });

    it('MFA without a destination: the generic sentence', async () => {
      const { el } = await mount(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, { challenge: { challenge: 'SMS_MFA', parameters: {} } });
      expect(el.querySelector('.cognito-hint')!.textContent!.trim()).to.equal('Enter the code we sent you.');
    });

    it('user-profile verification: the masked destination in a <bdi>', async () => {
      const { el } = await mount(html`<cognito-user-profile no-reauth></cognito-user-profile>`, { signedIn: 'ana' });
      await settle(el);
      type(el, 'email', 'ana@example.org');
      await submit(el.querySelector('form'));
      await settle(el);
      const bdi = el.querySelector('.cognito-hint bdi');
      expect(bdi?.textContent).to.equal(EMAIL_DELIVERY.Destination);
    });
  });
});
