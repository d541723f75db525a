import { html, type TemplateResult } from 'lit';
import { addEnglish, type MessageKey, type MessageParams } from '../../src/i18n/i18n.js';
import { enPasswordPolicy } from '../../src/i18n/en-password-policy.js';

addEnglish(enPasswordPolicy);

/** A user pool's password policy, in Cognito's shape (`describe-user-pool` → `Policies.PasswordPolicy`). */
export interface PasswordPolicy {
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
}

/** Cognito's default policy. */
export const DEFAULT_POLICY: Required<PasswordPolicy> = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

// Cognito's special characters: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + -
// and a space that is neither leading nor trailing.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export interface PolicyRule {
  /** The hint under the field. */
  hint: MessageKey;
  params?: MessageParams;
  /** The message at the field when the rule is broken at submit. */
  error: MessageKey;
  met: (password: string) => boolean;
}

/** The rules of `policy` that apply (missing members take Cognito's defaults), in Cognito's order. */
export function policyRules(policy: PasswordPolicy | null | undefined): PolicyRule[] {
  const p = { ...DEFAULT_POLICY, ...(policy ?? {}) };
  const rules: PolicyRule[] = [];
  const count = Math.max(Number(p.MinimumLength) || 0, 0);
  if (count > 0) {
    rules.push({ hint: 'policy.length', params: { count }, error: 'error.password.length', met: (pw) => [...pw].length >= count });
  }
  if (p.RequireUppercase) rules.push({ hint: 'policy.uppercase', error: 'error.password.uppercase', met: (pw) => /\p{Lu}/u.test(pw) });
  if (p.RequireLowercase) rules.push({ hint: 'policy.lowercase', error: 'error.password.lowercase', met: (pw) => /\p{Ll}/u.test(pw) });
  if (p.RequireNumbers) rules.push({ hint: 'policy.numbers', error: 'error.password.numeric', met: (pw) => /\d/.test(pw) });
  if (p.RequireSymbols) rules.push({ hint: 'policy.symbols', error: 'error.password.symbol', met: (pw) => SYMBOL.test(pw) });
  return rules;
}

/** The first problem with `password` under `rules` (Cognito also refuses leading or trailing spaces). */
export function policyProblem(rules: PolicyRule[], password: string): MessageKey | undefined {
  if (password !== password.trim()) return 'error.password.whitespace';
  return rules.find((rule) => !rule.met(password))?.error;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The rules as a list under the new-password field, each marked ✓ once met as the user types.
 * The list is a polite live region, so a rule turning met is announced; the marks themselves
 * are hidden from screen readers in favour of words.
 */
export function policyList(id: string, rules: PolicyRule[], password: string, t: Translate): TemplateResult {
  return html`<div class="cognito-hint cognito-policy" part="policy" id=${id}>
    <span>${t('policy.heading')}</span>
    <ul class="cognito-rules" aria-live="polite">
      ${rules.map((rule) => {
        const met = rule.met(password);
        return html`<li data-met=${met ? 'true' : 'false'}>
          <span aria-hidden="true">${met ? '✓' : '•'}</span>
          <span class="cognito-visually-hidden">${t(met ? 'policy.met' : 'policy.unmet')}</span>
          ${t(rule.hint, rule.params)}
        </li>`;
      })}
    </ul>
  </div>`;
}
