import type { CodeDelivery } from '../types.js';
import type { ApiCall } from './api.js';

/** First factors of choice-based sign-in, as Cognito names them. */
export type FirstFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** Cognito's AuthenticationResult: what a finished sign-in returns. */
export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
  NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string };
}

/** InitiateAuth / RespondToAuthChallenge answers. */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AvailableChallenges?: string[];
  AuthenticationResult?: AuthenticationResult;
}

/** A passkey as ListWebAuthnCredentials describes it. */
export interface Passkey {
  CredentialId: string;
  FriendlyCredentialName?: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: string;
  AuthenticatorTransports?: string[];
  /** Epoch seconds on the wire; a Date here. */
  CreatedAt: Date;
}

export interface SignUpAnswer {
  userConfirmed: boolean;
  userSub: string;
  codeDelivery?: CodeDelivery;
  /** For ConfirmSignUp, whose own Session then signs the user in. */
  session?: string;
}

/**
 * The Cognito operations of choice-based sign-in, passwordless sign-up and passkeys, as plain
 * JSON requests. No SECRET_HASH: like the rest of the library, app clients have no secret.
 */
export function userAuthCalls(call: ApiCall, clientId: string) {
  const ClientId = clientId;
  return {
    /** USER_AUTH; `Session` is ConfirmSignUp's, for the sign-in that follows a sign-up. */
    initiate(username: string, extra: { preferred?: FirstFactor; session?: string; parameters?: Record<string, string> } = {}, signal?: AbortSignal) {
      const AuthParameters: Record<string, string> = { USERNAME: username, ...extra.parameters };
      if (extra.preferred) AuthParameters.PREFERRED_CHALLENGE = extra.preferred;
      const request = { AuthFlow: 'USER_AUTH', ClientId, AuthParameters, ...(extra.session ? { Session: extra.session } : {}) };
      return call<AuthResponse>('InitiateAuth', request, signal);
    },

    respond(ChallengeName: string, Session: string | undefined, ChallengeResponses: Record<string, string>, signal?: AbortSignal) {
      return call<AuthResponse>('RespondToAuthChallenge', { ClientId, ChallengeName, Session, ChallengeResponses }, signal);
    },

    async signUp(input: { username: string; password?: string; attributes: Record<string, string> }, signal?: AbortSignal): Promise<SignUpAnswer> {
      const UserAttributes = Object.entries(input.attributes).map(([Name, Value]) => ({ Name, Value }));
      const data = await call<{ UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDelivery; Session?: string }>(
        'SignUp',
        { ClientId, Username: input.username, ...(input.password ? { Password: input.password } : {}), UserAttributes },
        signal,
      );
      return { userConfirmed: data.UserConfirmed, userSub: data.UserSub, codeDelivery: data.CodeDeliveryDetails, session: data.Session };
    },

    /** Resolves to the Session that signs the user in (USER_AUTH), when Cognito gives one. */
    async confirmSignUp(username: string, code: string, session?: string, signal?: AbortSignal): Promise<string | undefined> {
      const request = { ClientId, Username: username, ConfirmationCode: code, ...(session ? { Session: session } : {}) };
      const data = await call<{ Session?: string }>('ConfirmSignUp', request, signal);
      return data.Session;
    },

    /** MFA_SETUP during sign-in: the secret of a new authenticator app for this challenge session. */
    associateSoftwareToken(Session: string, signal?: AbortSignal) {
      return call<{ SecretCode: string; Session?: string }>('AssociateSoftwareToken', { Session }, signal);
    },

    verifySoftwareToken(Session: string, UserCode: string, FriendlyDeviceName?: string, signal?: AbortSignal) {
      const request = { Session, UserCode, ...(FriendlyDeviceName ? { FriendlyDeviceName } : {}) };
      return call<{ Status: string; Session?: string }>('VerifySoftwareToken', request, signal);
    },

    /** PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create. */
    async startPasskeyRegistration(AccessToken: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
      const data = await call<{ CredentialCreationOptions: Record<string, unknown> }>('StartWebAuthnRegistration', { AccessToken }, signal);
      return data.CredentialCreationOptions;
    },

    async completePasskeyRegistration(AccessToken: string, Credential: object, signal?: AbortSignal): Promise<void> {
      await call('CompleteWebAuthnRegistration', { AccessToken, Credential }, signal);
    },

    /** Every page of the user's passkeys. */
    async listPasskeys(AccessToken: string, signal?: AbortSignal): Promise<Passkey[]> {
      const all: Passkey[] = [];
      let NextToken: string | undefined;
      do {
        const data = await call<{ Credentials?: Array<Omit<Passkey, 'CreatedAt'> & { CreatedAt: number }>; NextToken?: string }>(
          'ListWebAuthnCredentials',
          { AccessToken, MaxResults: 20, ...(NextToken ? { NextToken } : {}) },
          signal,
        );
        for (const credential of data.Credentials ?? []) all.push({ ...credential, CreatedAt: new Date(credential.CreatedAt * 1000) });
        NextToken = data.NextToken;
      } while (NextToken);
      return all;
    },

    async deletePasskey(AccessToken: string, CredentialId: string, signal?: AbortSignal): Promise<void> {
      await call('DeleteWebAuthnCredential', { AccessToken, CredentialId }, signal);
    },
  };
}

export type UserAuthCalls = ReturnType<typeof userAuthCalls>;
