/** A pool for USER_AUTH tests: every first factor allowed, passkeys on localhost, a USER_AUTH client. */
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { DevPool } from '../../dev-pool/server.js';
import { v3Client } from './helpers.js';

export const USER_AUTH_CONFIG = {
  UserPool: {
    MfaConfiguration: 'OPTIONAL',
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] } },
  },
  MfaConfig: {
    SoftwareTokenMfaConfiguration: { Enabled: true },
    EmailMfaConfiguration: {},
    WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
  },
  UserPoolClients: [
    { ClientId: 'userauthclient', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
    { ClientId: 'passwordclient', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  ],
};

export const CLIENT = 'userauthclient';
/** A client without ALLOW_USER_AUTH. */
export const PASSWORD_CLIENT = 'passwordclient';

export const userAuth = (pool: DevPool, username: string, extra: Record<string, string> = {}, clientId = CLIENT) =>
  v3Client(pool).send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username, ...extra } }),
  );

export const answer = (pool: DevPool, challenge: string, session: string | undefined, responses: Record<string, string>, clientId = CLIENT) =>
  v3Client(pool).send(
    new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: challenge as 'SELECT_CHALLENGE', Session: session, ChallengeResponses: responses }),
  );
