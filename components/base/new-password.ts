import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { passwordPolicyContext } from './context.js';
import { policyList, policyProblem, policyRules, type PasswordPolicy, type PolicyRule } from './password-policy.js';
import type { MessageKey, MessageParams } from '../../src/i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;
type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The password policy beside an element's new-password field (`new_password`): the rules of the
 * element's own policy, else the provider's (`password-policy` on `<cognito-user-pool>`, through
 * the context), else Cognito's default, marked as the user types and checked before submit.
 */
export class NewPasswordRules {
  /** The new password as typed, for the live marks. */
  typed = '';
  #inherited?: PasswordPolicy;

  constructor(
    private readonly host: Host,
    private readonly own: () => PasswordPolicy | undefined = () => undefined,
  ) {
    new ContextConsumer(host, {
      context: passwordPolicyContext,
      subscribe: true,
      callback: (policy) => {
        this.#inherited = policy;
        host.requestUpdate();
      },
    });
    host.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name !== 'new_password') return;
      this.typed = input.value;
      host.requestUpdate();
    });
  }

  get rules(): PolicyRule[] {
    return policyRules(this.own() ?? this.#inherited);
  }

  /** The message key of the first rule `password` breaks, or undefined. */
  problem(password: string): MessageKey | undefined {
    return policyProblem(this.rules, password);
  }

  /** Forget what was typed (the form was sent, or a new round began). */
  clear(): void {
    this.typed = '';
    this.host.requestUpdate();
  }

  /** The rules as a list with this id, which the field names in its aria-describedby. */
  list(id: string, t: Translate): TemplateResult {
    return policyList(id, this.rules, this.typed, t);
  }
}
