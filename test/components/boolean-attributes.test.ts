// Presence is asserted as a boolean: a failed assertion that prints a DOM node stalls the runner.
/**
 * Boolean attributes as frameworks write them: Vue, Svelte and Angular put `false` into an
 * attribute as the text "false" (components/base/flag-attribute.ts). Checked on every boolean
 * attribute of every element, and through what a user sees on two of them.
 */
import { expect, html } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import { elements } from '../../components/registry.js';
import { flag } from '../../components/base/flag-attribute.js';
import type { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import type { CognitoAuthenticator } from '../../components/authenticator/authenticator.js';
import { mount } from './fixture.js';

type Declared = typeof LitElement & { elementProperties: Map<PropertyKey, PropertyDeclaration> };

const booleans = Object.entries(elements).flatMap(([tag, element]) =>
  [...(element as unknown as Declared).elementProperties]
    .filter(([, options]) => options.type === Boolean && options.attribute !== false)
    .map(([name, options]) => ({ tag, name: String(name), options })),
);

describe('boolean attributes', () => {
  it('every element has some, and each reads "false" as false', () => {
    expect(booleans.length).to.be.greaterThan(15);
    const wrong: string[] = [];
    for (const { tag, name, options } of booleans) {
      if (options.converter !== flag) wrong.push(`<${tag}>.${name}: not the flag converter`);
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      const el = document.createElement(tag) as unknown as Record<string, boolean> & HTMLElement;
      for (const [value, read] of [['', true], ['false', false], ['FALSE', false], ['true', true], [attribute, true], [null, false]] as const) {
        if (value === null) el.removeAttribute(attribute);
        else el.setAttribute(attribute, value);
        // attributeChangedCallback runs synchronously on a defined element
        if (el[name] !== read) wrong.push(`<${tag} ${attribute}="${value}">: ${name} is ${String(el[name])}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('<cognito-sign-up with-password="false"> asks no password; with-password="" does', async () => {
    const { el } = await mount<CognitoSignUp>(html`<cognito-sign-up with-password="false"></cognito-sign-up>`, { authFlow: 'USER_AUTH' });
    expect(!!el.querySelector('input[name="new_password"]')).to.equal(false);
    el.setAttribute('with-password', '');
    await el.updateComplete;
    expect(!!el.querySelector('input[name="new_password"]')).to.equal(true);
  });

  it('<cognito-authenticator hide-sign-up="false"> still offers to create an account', async () => {
    const { el } = await mount<CognitoAuthenticator>(html`<cognito-authenticator hide-sign-up="false"></cognito-authenticator>`);
    await el.updateComplete;
    expect(el.hideSignUp).to.equal(false);
    expect(!!el.querySelector('button[name="sign-up"]'), 'the sign-up link').to.equal(true);
    el.setAttribute('hide-sign-up', '');
    await el.updateComplete;
    expect(!!el.querySelector('button[name="sign-up"]'), 'hidden by hide-sign-up=""').to.equal(false);
  });
});
