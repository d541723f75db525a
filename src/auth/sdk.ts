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
  type CognitoUserAttribute,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';

declare module 'amazon-cognito-identity-js' {
  export class AuthenticationHelper {
    constructor(poolName: string);
  }
  interface CognitoUserSession {
    /** Local clock minus the server's, in seconds, as measured when the tokens arrived. */
    getClockDrift(): number;
  }
}
