import type { ApiCall } from '../user-auth/api.js';
import { toChallenge } from '../challenge-parameters.js';
import { responsesFor } from '../user-auth/answers.js';
import type { AuthFlow, ChallengeAnswer, SignInStep } from '../types.js';
import { deviceVerifier } from './device-verifier.js';
import type { DeviceSecrets, SessionStore } from './session-store.js';
import { SrpClient } from './srp-client.js';
import type { AuthenticationResult } from './tokens.js';

/** What a sign-in needs from its adapter. */
export interface SignInContext {
  call: ApiCall;
  clientId: string;
  /** The user pool's name: its id after the `_`. */
  poolName: string;
  store: SessionStore;
}

interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: AuthenticationResult;
}

export const notAuthorized = (message: string) => Object.assign(new Error(message), { code: 'NotAuthorizedException' });

/** As the SDK names a confirmed device: the browser's user agent. */
const deviceName = () => (typeof navigator === 'undefined' ? 'nodejs' : navigator.userAgent);

/**
 * One sign-in, request by request as the SDK's CognitoUser makes it: the same parameters, the
 * same remembered-device handling (DEVICE_KEY, DEVICE_SRP_AUTH, ConfirmDevice for a new device),
 * the tokens stored under the same keys. `username` becomes Cognito's USER_ID_FOR_SRP after SRP.
 */
export class SignIn {
  #session?: string;
  #device?: DeviceSecrets;

  constructor(
    readonly context: SignInContext,
    public username: string,
  ) {}

  async start(password: string, flow: AuthFlow): Promise<SignInStep> {
    const { call, clientId } = this.context;
    const initiate = (AuthParameters: Record<string, string>) =>
      call<AuthResponse>('InitiateAuth', { AuthFlow: flow, ClientId: clientId, AuthParameters: { ...AuthParameters, USERNAME: this.username } });
    if (flow === 'USER_PASSWORD_AUTH') {
      this.#device = this.context.store.device(this.username);
      return this.#settle(await initiate({ PASSWORD: password, ...this.#deviceKey() }));
    }
    // Custom auth whose challenges do not start with the password: no SRP step at all.
    if (flow === 'CUSTOM_AUTH' && !password) return this.#settle(await initiate({}));
    const srp = new SrpClient(this.context.poolName);
    const SRP_A = await srp.largeA();
    const data = await initiate({ SRP_A, ...(flow === 'CUSTOM_AUTH' ? { CHALLENGE_NAME: 'SRP_A' } : {}) });
    if (data.ChallengeName !== 'PASSWORD_VERIFIER') return this.#settle(data);
    const parameters = data.ChallengeParameters ?? {};
    this.username = parameters.USER_ID_FOR_SRP;
    this.#device = this.context.store.device(this.username);
    const claim = await srp.claim(this.username, password, parameters);
    const responses = { USERNAME: this.username, ...claim };
    try {
      return await this.#settle(await this.#respond('PASSWORD_VERIFIER', { ...responses, ...this.#deviceKey() }, data.Session));
    } catch (error) {
      // The pool no longer knows the remembered device: forget it and answer without it, as the SDK.
      const { code, message } = error as { code?: string; message?: string };
      if (!this.#device || code !== 'ResourceNotFoundException' || !/device/i.test(message ?? '')) throw error;
      this.#device = undefined;
      this.context.store.forgetDevice(this.username);
      return this.#settle(await this.#respond('PASSWORD_VERIFIER', responses, data.Session));
    }
  }

  async answer(answer: ChallengeAnswer): Promise<SignInStep> {
    const USERNAME = this.username;
    if (answer.challenge === 'MFA_SETUP') {
      const data = await this.context.call<{ Session?: string }>('VerifySoftwareToken', {
        Session: this.#session,
        UserCode: answer.code,
        FriendlyDeviceName: answer.deviceName ?? '',
      });
      this.#session = data.Session;
      return this.#answer('MFA_SETUP', { USERNAME });
    }
    // The responses USER_AUTH sends too, with what the SDK adds: an MFA code also as
    // SMS_MFA_CODE, and the remembered device's key with MFA codes and custom answers.
    const mfa = answer.challenge === 'SMS_MFA' || answer.challenge === 'SOFTWARE_TOKEN_MFA';
    if (answer.challenge === 'CUSTOM_CHALLENGE') this.#device ??= this.context.store.device(USERNAME);
    const device = mfa || answer.challenge === 'CUSTOM_CHALLENGE' ? this.#deviceKey() : {};
    return this.#answer(answer.challenge, { USERNAME, ...(mfa ? { SMS_MFA_CODE: answer.code } : {}), ...responsesFor(answer), ...device });
  }

  /** AssociateSoftwareToken over the challenge session (MFA_SETUP); the session moves on. */
  async associateSoftwareToken(): Promise<string> {
    const data = await this.context.call<{ SecretCode: string; Session?: string }>('AssociateSoftwareToken', { Session: this.#session });
    this.#session = data.Session;
    return data.SecretCode;
  }

  #deviceKey(): Record<string, string> {
    return this.#device ? { DEVICE_KEY: this.#device.deviceKey } : {};
  }

  #respond(ChallengeName: string, ChallengeResponses: Record<string, string>, Session = this.#session) {
    return this.context.call<AuthResponse>('RespondToAuthChallenge', { ChallengeName, ClientId: this.context.clientId, ChallengeResponses, Session });
  }

  async #answer(name: string, responses: Record<string, string>) {
    return this.#settle(await this.#respond(name, responses));
  }

  /** Where a response leads: the next challenge, the remembered device's proof, or tokens. */
  async #settle(data: AuthResponse): Promise<SignInStep> {
    if (data.ChallengeName === 'DEVICE_SRP_AUTH') {
      this.#session = data.Session;
      return this.#settle(await this.#deviceSrp());
    }
    const result = data.AuthenticationResult;
    if (!result) {
      if (!data.ChallengeName) throw notAuthorized('Cognito answered with neither tokens nor a challenge');
      this.#session = data.Session;
      return { kind: 'challenge', username: this.username, ...toChallenge(data.ChallengeName, data.ChallengeParameters) };
    }
    const tokens = this.context.store.write(this.username, result);
    if (result.NewDeviceMetadata) await this.#confirmDevice(result.NewDeviceMetadata, result.AccessToken);
    return { kind: 'done', username: this.username, tokens };
  }

  /** DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: the remembered device proves its random password. */
  async #deviceSrp(): Promise<AuthResponse> {
    const device = this.#device ?? this.context.store.device(this.username);
    if (!device) throw notAuthorized('Cognito asked for a remembered device this browser does not hold');
    const { deviceKey: DEVICE_KEY, deviceGroupKey, randomPassword } = device;
    const srp = new SrpClient(deviceGroupKey);
    const data = await this.#respond('DEVICE_SRP_AUTH', { USERNAME: this.username, DEVICE_KEY, SRP_A: await srp.largeA() });
    const claim = await srp.claim(DEVICE_KEY, randomPassword, data.ChallengeParameters ?? {});
    return this.#respond('DEVICE_PASSWORD_VERIFIER', { USERNAME: this.username, ...claim, DEVICE_KEY }, data.Session);
  }

  /** A new device: register its verifier (ConfirmDevice), then keep its secrets for DEVICE_SRP_AUTH. */
  async #confirmDevice({ DeviceKey, DeviceGroupKey }: { DeviceKey: string; DeviceGroupKey: string }, AccessToken: string) {
    const { randomPassword, Salt, PasswordVerifier } = await deviceVerifier(DeviceGroupKey, DeviceKey);
    await this.context.call('ConfirmDevice', {
      DeviceKey,
      AccessToken,
      DeviceSecretVerifierConfig: { Salt, PasswordVerifier },
      DeviceName: deviceName(),
    });
    this.context.store.saveDevice(this.username, { deviceKey: DeviceKey, randomPassword, deviceGroupKey: DeviceGroupKey });
  }
}
