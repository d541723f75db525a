import { SrpClient } from '../direct/srp-client.js';

/**
 * PASSWORD_SRP inside USER_AUTH with the direct adapter's SRP-6a (src/auth/direct/: the 3072-bit
 * group, HKDF "Caldera Derived Key", checked against the SDK's AuthenticationHelper), so that
 * there is one SRP in the library and USER_AUTH needs no SDK.
 */
export class SrpSession {
  readonly #client: SrpClient;

  constructor(userPoolId: string) {
    this.#client = new SrpClient(userPoolId.split('_')[1] ?? userPoolId);
  }

  /** SRP_A, for InitiateAuth's or SELECT_CHALLENGE's parameters. */
  largeA(): Promise<string> {
    return this.#client.largeA();
  }

  /** The PASSWORD_VERIFIER responses to Cognito's SRP_B, SALT, SECRET_BLOCK and USER_ID_FOR_SRP. */
  async verifier(password: string, parameters: Record<string, string>): Promise<Record<string, string>> {
    const userId = parameters.USER_ID_FOR_SRP;
    return { USERNAME: userId, ...(await this.#client.claim(userId, password, parameters)) };
  }
}
