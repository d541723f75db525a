/**
 * amazon-cognito-identity-js as this library uses it: the one module that imports the SDK, with
 * what the SDK has but does not declare. In the package, dist/src/auth/sdk.js is this module
 * pre-bundled as plain ES (the SDK with the stand-ins of src/shims/, rollup.config.js `sdkBuild`)
 * and its types are the SDK's own, shipped beside it: an app's bundler meets no CommonJS, no
 * Buffer and no `global`, and the SDK is not a dependency of the package.
 */
export {
  AuthenticationDetails,
  AuthenticationHelper,
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  DateHelper,
  type CognitoUserAttribute,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';

declare module 'amazon-cognito-identity-js' {
  export class AuthenticationHelper {
    constructor(poolName: string);
    /** SRP_A, as a BigInteger of the SDK's own kind. */
    getLargeAValue(callback: (error: unknown, value: SdkBigInteger) => void): void;
    getPasswordAuthenticationKey(
      username: string,
      password: string,
      serverB: SdkBigInteger,
      salt: SdkBigInteger,
      callback: (error: unknown, key: Uint8Array) => void,
    ): void;
    N: SdkBigInteger;
  }
  export class DateHelper {
    /** Cognito's TIMESTAMP format: `Sun Dec 6 16:14:43 UTC 2026`. */
    getNowString(): string;
  }
  /** The SDK's BigInteger (jsbn, or src/shims/big-integer.ts in our builds), which it does not export. */
  interface SdkBigInteger {
    toString(radix: number): string;
    constructor: new (hex: string, radix: 16) => SdkBigInteger;
  }
  interface CognitoUserSession {
    /** Local clock minus the server's, in seconds, as measured when the tokens arrived. */
    getClockDrift(): number;
  }
}
