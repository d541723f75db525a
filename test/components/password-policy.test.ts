/**
 * The password policy as the user types, on every new-password field: sign-up, the forced new
 * password, the reset of a forgotten password and the change of password; from the provider's
 * `password-policy` (Cognito's PasswordPolicy JSON), Cognito's default without one.
 */
import { expect, html } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import type { PasswordPolicy } from '../../components/base/password-policy.js';
import { FakeAdapter, fieldError, input, mount, settle, submit, type, expectFocused } from './fixture.js';

if (!customElements.get('cognito-user-pool')) customElements.define('cognito-user-pool', CognitoUserPool);

/** The rules under the new password, as "✓ text" / "• text" (the visible mark and words). */
const rules = (el: Element) =>
  [...el.querySelectorAll('[part="policy"] li')].map((li) => {
    const mark = li.querySelector('[aria-hidden="true"]')!.textContent!.trim();
    const words = [...li.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(' ');
    return `${mark} ${words.replace(/\s+/g, ' ').trim()}`;
  });

const POLICY: PasswordPolicy = { MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: false, RequireSymbols: false };

/** Each element with a new-password field, brought to the step that shows it. */
const elements: Array<{ name: string; template: TemplateResult; options?: Parameters<typeof mount>[1]; arrange?: (el: Element) => Promise<void> }> = [
  { name: 'cognito-sign-up', template: html`<cognito-sign-up></cognito-sign-up>` },
  {
    name: 'cognito-new-password',
    template: html`<cognito-new-password></cognito-new-password>`,
    options: { challenge: { challenge: 'NEW_PASSWORD_REQUIRED', parameters: { requiredAttributes: [], userAttributes: {} } } },
  },
  {
    name: 'cognito-forgot-password',
    template: html`<cognito-forgot-password></cognito-forgot-password>`,
    arrange: async (el) => {
      type(el, 'username', 'ana');
      await submit(el.querySelector('form'));
    },
  },
  { name: 'cognito-change-password', template: html`<cognito-change-password></cognito-change-password>`, options: { signedIn: 'ana' } },
];

describe('the password policy on every new-password field', () => {
  for (const { name, template, options = {}, arrange } of elements) {
    describe(`<${name}>`, () => {
      async function open(policy?: PasswordPolicy, adapter = new FakeAdapter()) {
        const { el } = await mount<LitElement>(template, { ...options, adapter, passwordPolicy: policy });
        await arrange?.(el);
        await settle(el);
        return el;
      }

      it("shows Cognito's default policy without a provider policy, described by the field", async () => {
        const el = await open();
        expect(rules(el)).to.deep.equal([
          '• At least 8 characters', '• An upper-case letter', '• A lower-case letter', '• A number', '• A symbol, such as ! @ # $ %',
        ]);
        const list = el.querySelector('[part="policy"]')!;
        expect(input(el, 'new_password').getAttribute('aria-describedby')).to.include(list.id);
        expect(list.querySelector('ul')!.getAttribute('aria-live')).to.equal('polite');
        await expect(el).to.be.accessible();
      });

      it("inherits the provider's policy and marks each rule as the user types", async () => {
        const el = await open(POLICY);
        expect(rules(el)).to.deep.equal(['• At least 12 characters', '• An upper-case letter', '• A lower-case letter']);
        type(el, 'new_password', 'abc');
        await settle(el);
        expect(rules(el)).to.deep.equal(['• At least 12 characters', '• An upper-case letter', '✓ A lower-case letter']);
        type(el, 'new_password', 'Abcdefghijkl');
        await settle(el);
        expect(rules(el).every((rule) => rule.startsWith('✓'))).to.equal(true);
        expect(el.querySelector('[part="policy"] li .cognito-visually-hidden')!.textContent).to.equal('Done:');
        await expect(el).to.be.accessible();
      });

      it('checks the policy at the field before sending anything, keeping what was typed', async () => {
        const adapter = new FakeAdapter();
        const el = await open(POLICY, adapter);
        const before = adapter.calls.length;
        for (const other of ['username', 'email', 'code', 'password']) {
          const field = el.querySelector<HTMLInputElement>(`input[name="${other}"]:not([hidden])`);
          if (field) type(el, other, other === 'email' ? 'ana@example.com' : other === 'code' ? '123456' : 'Current-pass-1');
        }
        type(el, 'new_password', 'Short-pw-1');
        await submit(el.querySelector('form'));
        expect(fieldError(el, 'new_password')).to.equal('The password is too short.');
        expect(input(el, 'new_password').value).to.equal('Short-pw-1');
        expect(adapter.calls.slice(before).map((call) => call.method)).to.deep.equal([]);
        expectFocused(input(el, 'new_password'), 'the new_password field');
      });
    });
  }

  it("<cognito-change-password>'s own password-policy wins over the provider's", async () => {
    const { el } = await mount<LitElement>(html`<cognito-change-password password-policy='{"MinimumLength":20}'></cognito-change-password>`, {
      signedIn: 'ana',
      passwordPolicy: POLICY,
    });
    expect(rules(el)[0]).to.equal('• At least 20 characters');
  });

  it('<cognito-user-pool password-policy> reaches the elements inside, and a change shows at once', async () => {
    const container = document.createElement('div');
    render(
      html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id="client" endpoint="http://127.0.0.1:9/" storage="memory"
        password-policy='{"MinimumLength":10,"RequireSymbols":false}'><cognito-sign-up></cognito-sign-up></cognito-user-pool>`,
      container,
    );
    document.body.append(container);
    try {
      const pool = container.querySelector<CognitoUserPool>('cognito-user-pool')!;
      const signUp = container.querySelector<LitElement>('cognito-sign-up')!;
      await settle(signUp);
      expect(rules(signUp)).to.deep.equal(['• At least 10 characters', '• An upper-case letter', '• A lower-case letter', '• A number']);
      pool.setAttribute('password-policy', '{"MinimumLength":6,"RequireUppercase":false,"RequireNumbers":false,"RequireSymbols":false}');
      await pool.updateComplete;
      await settle(signUp);
      expect(rules(signUp)).to.deep.equal(['• At least 6 characters', '• A lower-case letter']);
      pool.setAttribute('password-policy', 'not json');
      await pool.updateComplete;
      await settle(signUp);
      expect(rules(signUp)[0], 'unreadable: the default').to.equal('• At least 8 characters');
    } finally {
      container.remove();
    }
  });
});
