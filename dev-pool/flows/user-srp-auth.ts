/** USER_SRP_AUTH: answers SRP_A with the PASSWORD_VERIFIER challenge (no Session, as Cognito). */
import type { AuthFlow } from './flow.js';
import { deviceKeyOf, startSrp } from './srp-start.js';

export const userSrpAuth: AuthFlow = {
  names: ['USER_SRP_AUTH'],
  clientFlag: 'ALLOW_USER_SRP_AUTH',

  start: ({ ctx, client, params }) => startSrp(ctx, client, params, deviceKeyOf(params), false),
};
