import { AuthenticationHelper, DateHelper } from '../sdk.js';
import { Sha256 } from '../../shims/sha256.js';
import { fromBase64url } from './base64url.js';

/**
 * PASSWORD_SRP inside USER_AUTH with the SDK's own SRP-6a code (AuthenticationHelper: the
 * 3072-bit group, HKDF "Caldera Derived Key"), so that there is one SRP in the library. Only the
 * last step, which the SDK does inline in CognitoUser, is here: PASSWORD_CLAIM_SIGNATURE =
 * base64(HMAC-SHA256(key, poolName ‖ userId ‖ secretBlock ‖ timestamp)), with the same
 * synchronous HMAC the SDK runs on (it needs no secure context, as Web Crypto would).
 */
export class SrpSession {
  readonly #helper: AuthenticationHelper;
  readonly #poolName: string;

  constructor(userPoolId: string) {
    this.#poolName = userPoolId.split('_')[1] ?? userPoolId;
    this.#helper = new AuthenticationHelper(this.#poolName);
  }

  /** SRP_A, for InitiateAuth's or SELECT_CHALLENGE's parameters. */
  largeA(): Promise<string> {
    return new Promise((resolve, reject) =>
      this.#helper.getLargeAValue((error, value) => (error ? reject(error) : resolve(value.toString(16)))),
    );
  }

  /** The PASSWORD_VERIFIER responses to Cognito's SRP_B, SALT, SECRET_BLOCK and USER_ID_FOR_SRP. */
  async verifier(password: string, parameters: Record<string, string>): Promise<Record<string, string>> {
    await this.largeA();
    const { SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP: userId } = parameters;
    const BigInteger = this.#helper.N.constructor;
    const key = await new Promise<Uint8Array>((resolve, reject) =>
      this.#helper.getPasswordAuthenticationKey(userId, password, new BigInteger(SRP_B, 16), new BigInteger(SALT, 16), (error, hkdf) =>
        error ? reject(error) : resolve(hkdf),
      ),
    );
    const timestamp = new DateHelper().getNowString();
    const hmac = new Sha256(key);
    hmac.update(this.#poolName);
    hmac.update(userId);
    hmac.update(new Uint8Array(fromBase64url(SECRET_BLOCK)));
    hmac.update(timestamp);
    let binary = '';
    for (const byte of hmac.digestSync()) binary += String.fromCharCode(byte);
    return {
      USERNAME: userId,
      PASSWORD_CLAIM_SECRET_BLOCK: SECRET_BLOCK,
      PASSWORD_CLAIM_SIGNATURE: btoa(binary),
      TIMESTAMP: timestamp,
    };
  }
}
