import { fromBase64url } from '../user-auth/base64url.js';
import { fromHex, hmac, largeA, passwordKey, randomNumber, timestamp, toBase64 } from './srp-math.js';

/*
 * One SRP exchange (a password sign-in, or a remembered device's): A first, then the claim that
 * answers Cognito's SRP_B, SALT and SECRET_BLOCK. The secret a comes from prepareSrp() when one
 * was drawn ahead, so that A = g^a is computed while the user types (its modPow is memoised in
 * mod-pow.ts): each a is used once, as before.
 */

const spare: bigint[] = [];

/** 128 random bytes, as the SDK's generateRandomSmallA draws them. */
const drawSecret = () => randomNumber(128);

/** Draws the next sign-in's a and starts its A, unless one is ready already. */
export function prepareSrp(): void {
  if (spare.length) return;
  const a = drawSecret();
  spare.push(a);
  largeA(a).catch(() => {});
}

export interface SrpClaim {
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
}

export class SrpClient {
  readonly #a: bigint;
  #A?: Promise<bigint>;

  /** `poolName`: the user pool's name, or a remembered device's group key. */
  constructor(
    readonly poolName: string,
    a: bigint = spare.shift() ?? drawSecret(),
  ) {
    this.#a = a;
  }

  /** SRP_A, as hex. */
  async largeA(): Promise<string> {
    this.#A ??= largeA(this.#a);
    return (await this.#A).toString(16);
  }

  /**
   * PASSWORD_CLAIM_SIGNATURE = base64(HMAC-SHA256(key, poolName ‖ username ‖ secretBlock ‖
   * timestamp)), with the key of srp-math.ts's passwordKey().
   */
  async claim(username: string, password: string, parameters: Record<string, string>, now?: Date): Promise<SrpClaim> {
    this.#A ??= largeA(this.#a);
    const A = await this.#A;
    const { SRP_B, SALT, SECRET_BLOCK } = parameters;
    const key = await passwordKey({ a: this.#a, A }, this.poolName, username, password, fromHex(SRP_B), fromHex(SALT));
    const TIMESTAMP = timestamp(now);
    const signature = hmac(key, this.poolName, username, new Uint8Array(fromBase64url(SECRET_BLOCK)), TIMESTAMP);
    return { PASSWORD_CLAIM_SECRET_BLOCK: SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE: toBase64(signature), TIMESTAMP };
  }
}
