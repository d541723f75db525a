import { expect, html } from '@open-wc/testing';
import type { CognitoPasskeys } from '../../components/passkeys/passkeys.js';
import { FakeAdapter, alertText, mount, record, settle, statusText, waitFor } from './fixture.js';
import { FakeUserAuth } from '../shared/fake-user-auth.js';
import { userAuthError } from '../../src/auth/user-auth/errors.js';
import { PasskeyError } from '../../src/auth/user-auth/webauthn.js';
import { en } from '../../src/i18n/en.js';
import { enPasskeys } from '../../src/i18n/en-passkeys.js';
import { LOADERS } from '../../src/i18n/loaders.js';

const LAPTOP = { CredentialId: 'cred-1', FriendlyCredentialName: 'Laptop', RelyingPartyId: 'localhost', AuthenticatorAttachment: 'platform', CreatedAt: 1_700_000_000 };
const KEY = { CredentialId: 'cred-2', RelyingPartyId: 'localhost', AuthenticatorAttachment: 'cross-platform', CreatedAt: 1_700_100_000 };

async function passkeys(list: object[] = [LAPTOP], setup: (cognito: FakeUserAuth) => void = () => {}) {
  const adapter = new FakeAdapter();
  const cognito = new FakeUserAuth().install(adapter);
  cognito.answer('ListWebAuthnCredentials', { Credentials: list });
  setup(cognito);
  const mounted = await mount<CognitoPasskeys>(html`<cognito-passkeys></cognito-passkeys>`, { adapter, signedIn: 'ana' });
  await waitFor(mounted.el, () => mounted.el.querySelector('h2') && !mounted.el.querySelector('[aria-busy="true"]') && mounted.el.querySelector('ul, p:not([role])'));
  return { ...mounted, cognito };
}

describe('<cognito-passkeys>', () => {
  it('lists the passkeys: name, where it lives, when it was added (Intl.DateTimeFormat), a delete button each', async () => {
    const { el, cognito } = await passkeys([LAPTOP, KEY]);
    expect(cognito.sent[0]).to.deep.equal({ op: 'ListWebAuthnCredentials', params: { AccessToken: 'access-ana', MaxResults: 20 } });
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    const date = (s: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(s * 1000));
    expect(items).to.deep.equal([
      `Laptop On this device Added ${date(LAPTOP.CreatedAt)} Delete`,
      `Passkey Security key or another device Added ${date(KEY.CreatedAt)} Delete`,
    ]);
    const deletes = [...el.querySelectorAll<HTMLButtonElement>('button[name="delete"]')];
    expect(deletes.map((b) => [b.value, b.getAttribute('aria-label')])).to.deep.equal([['cred-1', 'Delete the passkey Laptop'], ['cred-2', 'Delete the passkey Passkey']]);
    expect(el.querySelector('button[name="add"]')?.textContent?.trim()).to.equal('Add a passkey');
    await expect(el).to.be.accessible();
  });

  it('adds one and says so; emits cognito-passkey-added with the credential ID', async () => {
    const { el } = await passkeys([], (cognito) => {
      cognito.passkeys = { add: () => Promise.resolve('cred-9') };
      cognito.answer('ListWebAuthnCredentials', { Credentials: [{ ...LAPTOP, CredentialId: 'cred-9' }] });
    });
    expect(el.textContent).to.include("You don't have any passkeys yet.");
    const added = record(el, 'cognito-passkey-added');
    el.querySelector<HTMLButtonElement>('button[name="add"]')!.click();
    await waitFor(el, () => added.length);
    expect(added).to.deep.equal([{ username: 'ana', credentialId: 'cred-9' }]);
    expect(statusText(el)).to.equal('Passkey added.');
    expect(el.querySelector('button[name="delete"]')?.getAttribute('value')).to.equal('cred-9');
  });

  it('an authenticator that already holds a passkey, or a cancelled prompt: said in words, the list stays', async () => {
    const { el } = await passkeys([LAPTOP], (cognito) => {
      cognito.passkeys = { add: () => Promise.reject(userAuthError(new PasskeyError('PasskeyExists'), 'addPasskey')) };
    });
    const errors = record(el, 'cognito-error');
    el.querySelector<HTMLButtonElement>('button[name="add"]')!.click();
    await waitFor(el, () => alertText(el));
    expect(alertText(el)).to.equal('This device already has a passkey for your account.');
    expect(errors[0]).to.include({ code: 'PasskeyExists', operation: 'addPasskey' });
    expect(el.querySelectorAll('li')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('deletes after a confirmation step (button name="confirm"); cancel leaves it', async () => {
    const { el, cognito } = await passkeys([LAPTOP], (c) => c.answer('ListWebAuthnCredentials', { Credentials: [] }));
    el.querySelector<HTMLButtonElement>('button[name="delete"][value="cred-1"]')!.click();
    await settle(el);
    expect(el.textContent).to.include("Delete the passkey Laptop? You won't be able to sign in with it any more.");
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('button[name="cancel"]')!.click();
    await settle(el);
    expect(el.querySelector('button[name="confirm"]')).to.equal(null);
    const deleted = record(el, 'cognito-passkey-deleted');
    el.querySelector<HTMLButtonElement>('button[name="delete"][value="cred-1"]')!.click();
    await settle(el);
    el.querySelector<HTMLButtonElement>('button[name="confirm"]')!.click();
    await waitFor(el, () => deleted.length);
    expect(cognito.sent.find((r) => r.op === 'DeleteWebAuthnCredential')?.params).to.deep.equal({ AccessToken: 'access-ana', CredentialId: 'cred-1' });
    expect(deleted).to.deep.equal([{ username: 'ana', credentialId: 'cred-1' }]);
    expect(statusText(el)).to.equal('Passkey deleted.');
    expect(el.textContent).to.include("You don't have any passkeys yet.");
  });

  it('without WebAuthn: says passkeys are unavailable, no add button; the list and delete still work', async () => {
    const { el } = await passkeys([LAPTOP], (cognito) => (cognito.passkeysSupported = false));
    expect(el.querySelector('button[name="add"]')).to.equal(null);
    expect(el.textContent).to.include("This browser can't create or use passkeys. You can still delete the ones you have.");
    expect(el.querySelector('button[name="delete"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks to sign in while no one is signed in', async () => {
    const { el } = await mount<CognitoPasskeys>(html`<cognito-passkeys></cognito-passkeys>`);
    expect(el.textContent?.trim()).to.equal('Sign in to manage your account.');
  });

  it('every language: a delete button\'s name holds the word it shows (WCAG 2.5.3, label in name)', async () => {
    const tables = await Promise.all(Object.entries(LOADERS).map(async ([code, load]) => [code, (await load()).default] as const));
    for (const [code, table] of [['en', { ...en, ...enPasskeys }] as const, ...tables]) {
      const shown = table['passkeys.delete'].toLocaleLowerCase(code);
      expect(table['passkeys.deleteLabel'].toLocaleLowerCase(code), code).to.contain(shown);
    }
  });

  it('looks like a list of passkeys: one bordered row each, Delete at its end; Add drawn as the main action', async () => {
    const { el } = await passkeys([LAPTOP, KEY]);
    const rows = [...el.querySelectorAll<HTMLElement>('li[part="passkey"]')];
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      const name = row.querySelector('.cognito-passkey-name')!.getBoundingClientRect();
      const button = row.querySelector('button')!.getBoundingClientRect();
      expect(getComputedStyle(row).borderTopStyle).to.equal('solid');
      expect(button.left, 'Delete after the name').to.be.greaterThan(name.right);
      expect(box.right - button.right, 'at the end of the row').to.be.lessThan(20);
    }
    const add = getComputedStyle(el.querySelector('button[name="add"]')!);
    expect(add.textDecorationLine).to.equal('none');
    expect(add.backgroundColor).to.equal('rgb(37, 99, 235)');
  });
});
