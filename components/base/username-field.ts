import type { TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { usernameAttributesContext } from './context.js';
import type { CognitoElement } from './cognito-element.js';
import type { RequestController } from '../controllers/request.js';
import { field, type FieldOptions } from '../templates/fields.js';
import { phoneHint } from '../templates/bidi.js';

/**
 * The `username` field as the pool signs in: a user name, or (the provider's
 * `username-attributes`, Cognito's UsernameAttributes) an e-mail address, a phone number, or
 * either. The input keeps `name="username"` and its autocomplete token, which password
 * managers key on; its label, type, hint and checks follow what Cognito will accept.
 */
export class UsernameField {
  #attributes: string[] = [];

  constructor(private readonly host: CognitoElement) {
    new ContextConsumer(host, {
      context: usernameAttributesContext,
      subscribe: true,
      callback: (attributes) => {
        this.#attributes = attributes ?? [];
        host.requestUpdate();
      },
    });
  }

  /** Whether the user name is this attribute (sign-up then does not ask for it again). */
  is(attribute: string): boolean {
    return this.#attributes.includes(attribute);
  }

  render(request: RequestController, o: Pick<FieldOptions, 'autocomplete' | 'value'> = {}): TemplateResult {
    const { host } = this;
    const base = { name: 'username', autocomplete: 'username', ...o };
    const email = this.is('email');
    if (email && this.is('phone_number')) {
      // Both read left to right; the checks pick the address or the number by what was typed.
      return field(request, { ...base, label: host.t('field.email_or_phone'), dir: 'ltr', accepts: 'email phone_number', hint: phoneHint(host) });
    }
    if (email) return field(request, { ...base, label: host.t('field.email'), type: 'email' });
    if (this.is('phone_number')) return field(request, { ...base, label: host.t('field.phone_number'), type: 'tel', hint: phoneHint(host) });
    return field(request, { ...base, label: host.t('field.username') });
  }
}
