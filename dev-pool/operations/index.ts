/**
 * The operations registry, keyed by X-Amz-Target: `<service>.<Operation>`. A new area is a
 * new file spread in here.
 */
import { adminUserOperations } from './admin-users.js';
import { attributeOperations } from './attributes.js';
import { authOperations } from './auth.js';
import { deviceOperations } from './devices.js';
import { groupOperations } from './groups.js';
import { listUsersOperations } from './list-users.js';
import { identityOperations } from './identity.js';
import type { Operation, Operations } from './operation.js';
import { mfaPreferenceOperations } from './mfa-preference.js';
import { passwordOperations } from './password.js';
import { signOutOperations } from './sign-out.js';
import { signUpOperations } from './sign-up.js';
import { softwareTokenOperations } from './software-token.js';
import { userOperations } from './user.js';
import { webAuthnOperations } from './web-authn.js';

const identityProvider: Operations = {
  ...signUpOperations,
  ...authOperations,
  ...passwordOperations,
  ...userOperations,
  ...attributeOperations,
  ...mfaPreferenceOperations,
  ...softwareTokenOperations,
  ...deviceOperations,
  ...signOutOperations,
  ...adminUserOperations,
  ...groupOperations,
  ...listUsersOperations,
  ...webAuthnOperations,
};

/** Cognito Identity, on the same endpoint. */
const identity: Operations = { ...identityOperations };

const services: Record<string, Operations> = {
  AWSCognitoIdentityProviderService: identityProvider,
  AWSCognitoIdentityService: identity,
};

export function operationFor(target: string): Operation | undefined {
  const [service = '', name = ''] = target.split('.');
  const operations = services[service];
  return operations && Object.hasOwn(operations, name) ? operations[name] : undefined;
}

/** Every X-Amz-Target the pool answers (its tests check each against Cognito's model). */
export const operationNames = (): string[] =>
  Object.entries(services).flatMap(([service, operations]) => Object.keys(operations).map((name) => `${service}.${name}`));
