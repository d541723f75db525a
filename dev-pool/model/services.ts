/** The two services the dev pool answers, each with its model, constraints and error type. */
import { CognitoError, invalidParameter } from '../errors.js';
import { identityModel, identityProviderModel } from './cognito-model.generated.js';
import { identityConstraints, identityProviderConstraints } from './constraints.js';
import type { CheckedService } from './model.js';

export const checkedServices: Record<string, CheckedService> = {
  [identityProviderModel.target]: {
    model: identityProviderModel,
    constraints: identityProviderConstraints,
    validationError: invalidParameter,
  },
  [identityModel.target]: {
    model: identityModel,
    constraints: identityConstraints,
    validationError: (message) => new CognitoError('ValidationException', message),
  },
};
