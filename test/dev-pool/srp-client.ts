/**
 * The client half of SRP for tests that drive USER_SRP_AUTH with the v3 client (which has no
 * SRP of its own): amazon-cognito-identity-js's AuthenticationHelper and DateHelper, exported
 * at runtime though not typed, so the pool is checked against the SDK's math, not its own.
 */
import { createHmac } from 'node:crypto';
import * as sdk from 'amazon-cognito-identity-js';

interface BigInteger {
  toString(radix: number): string;
}

interface Helper {
  N: BigInteger & { constructor: new (hex: string, radix: number) => BigInteger };
  getLargeAValue(done: (error: unknown, A: BigInteger) => void): void;
  getPasswordAuthenticationKey(
    userId: string,
    password: string,
    B: BigInteger,
    salt: BigInteger,
    done: (error: unknown, key: Uint8Array) => void,
  ): void;
}

const { AuthenticationHelper, DateHelper } = sdk as unknown as {
  AuthenticationHelper: new (poolName: string) => Helper;
  DateHelper: new () => { getNowString(): string };
};

export interface SrpClient {
  /** SRP_A for InitiateAuth / AdminInitiateAuth. */
  srpA: string;
  /** The PASSWORD_VERIFIER answer for the challenge parameters the pool sent. */
  answer(parameters: Record<string, string>, password: string): Promise<Record<string, string>>;
}

/** `poolName`: the part of the user pool id after the underscore. */
export async function srpClient(poolName: string): Promise<SrpClient> {
  const helper = new AuthenticationHelper(poolName);
  const A = await new Promise<BigInteger>((resolve, reject) => helper.getLargeAValue((error, a) => (error ? reject(error) : resolve(a))));
  const big = (hex: string) => new helper.N.constructor(hex, 16);
  return {
    srpA: A.toString(16),
    async answer(parameters, password) {
      const userId = parameters.USER_ID_FOR_SRP!;
      const key = await new Promise<Uint8Array>((resolve, reject) =>
        helper.getPasswordAuthenticationKey(userId, password, big(parameters.SRP_B!), big(parameters.SALT!), (error, k) =>
          error ? reject(error) : resolve(k),
        ),
      );
      const timestamp = new DateHelper().getNowString();
      const message = Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userId, 'utf8'),
        Buffer.from(parameters.SECRET_BLOCK!, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]);
      return {
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK!,
        TIMESTAMP: timestamp,
        PASSWORD_CLAIM_SIGNATURE: createHmac('sha256', key).update(message).digest('base64'),
      };
    },
  };
}
