/**
 * The operations registry, keyed by X-Amz-Target: `<service>.<Operation>`. A new area is a
 * new file spread in here.
 */
import { adminUserOperations } from './admin-users.js';
import { authOperations } from './auth.js';
import type { Operation, Operations } from './operation.js';
import { passwordOperations } from './password.js';
import { signOutOperations } from './sign-out.js';
import { signUpOperations } from './sign-up.js';
import { userOperations } from './user.js';

const identityProvider: Operations = {
  ...signUpOperations,
  ...authOperations,
  ...passwordOperations,
  ...userOperations,
  ...signOutOperations,
  ...adminUserOperations,
};

/** Cognito Identity (GetId, GetCredentialsForIdentity) is a later issue. */
const identity: Operations = {};

const services: Record<string, Operations> = {
  AWSCognitoIdentityProviderService: identityProvider,
  AWSCognitoIdentityService: identity,
};

export function operationFor(target: string): Operation | undefined {
  const [service = '', name = ''] = target.split('.');
  const operations = services[service];
  return operations && Object.hasOwn(operations, name) ? operations[name] : undefined;
}
