/** Classes and the core, without defining any tag: import `cognito-elements/define.js` for that. */
export * from './src/index.js';
export { CognitoElement } from './components/base/cognito-element.js';
export { authContext } from './components/base/context.js';
export { elements } from './components/registry.js';
export { CognitoUserPool } from './components/user-pool/user-pool.js';
export { CognitoSignUp } from './components/sign-up/sign-up.js';
export { CognitoConfirmSignUp } from './components/confirm-sign-up/confirm-sign-up.js';
export { CognitoSignIn } from './components/sign-in/sign-in.js';
export { CognitoForgotPassword } from './components/forgot-password/forgot-password.js';
export { CognitoSignOut } from './components/sign-out/sign-out.js';
