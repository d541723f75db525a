/**
 * CUSTOM_AUTH is a later issue (the CustomAuth config stands in for the Lambda triggers);
 * until then the pool answers as Cognito does for a pool without those triggers.
 */
import { invalidParameter } from '../errors.js';
import type { AuthFlow } from './flow.js';

export const customAuth: AuthFlow = {
  names: ['CUSTOM_AUTH'],
  clientFlag: 'ALLOW_CUSTOM_AUTH',

  start() {
    throw invalidParameter('Custom auth lambda trigger is not configured for the user pool.');
  },
};
