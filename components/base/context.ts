import { createContext } from '@lit/context';
import type { AuthService } from '../../src/auth/service.js';
import type { PasswordPolicy } from './password-policy.js';

/** A string key, so two copies of the library on one page still find each other's provider. */
export const authContext = createContext<AuthService | undefined>('cognito-elements/auth');

/**
 * The pool's password policy, from the provider's `password-policy` attribute: every
 * new-password field inside it shows and checks these rules. Apart from the auth service, so a
 * change of policy never touches the session.
 */
export const passwordPolicyContext = createContext<PasswordPolicy | undefined>('cognito-elements/password-policy');
