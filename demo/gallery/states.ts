/**
 * What the gallery shows: each element in each state, as markup plus what a person does to get
 * there. `ready` is the selector that says the state is reached; `id` names its screenshot.
 */
import type { Challenge } from '../../src/auth/types.js';
import { failure, type Script } from './scripted-adapter.js';
import { submit, type, type GalleryState } from './act.js';
import { PASSKEY_STATES, USER_AUTH_STATES } from './states-user-auth.js';

export type { GalleryState };

const challenge = (step: Challenge): Script => ({ challenge: { kind: 'challenge', username: 'ana', ...step } });
const signedIn: Script = { signedIn: true };

export const GALLERY_STATES: GalleryState[] = [
  {
    id: 'authenticator',
    title: 'Authenticator, with header and footer',
    markup: `<cognito-authenticator><div slot="header"><strong>Acme</strong></div><p slot="footer">By signing in you accept the terms.</p></cognito-authenticator>`,
  },
  { id: 'sign-in', title: 'Sign in', markup: '<cognito-sign-in></cognito-sign-in>' },
  {
    id: 'sign-in-field-errors',
    title: 'Sign in: nothing typed',
    markup: '<cognito-sign-in></cognito-sign-in>',
    act: async (el) => submit(el),
    ready: '[aria-invalid="true"]',
  },
  {
    id: 'sign-in-alert',
    title: 'Sign in: wrong password',
    markup: '<cognito-sign-in></cognito-sign-in>',
    script: { calls: { signIn: () => failure('NotAuthorizedException') } },
    act: async (el) => (type(el, 'username', 'ana'), type(el, 'password', 'not-my-password'), submit(el)),
    ready: '.cognito-alert:not(:empty)',
  },
  {
    id: 'sign-in-offline',
    title: 'Sign in: offline, with Retry',
    markup: '<cognito-sign-in></cognito-sign-in>',
    script: { calls: { signIn: () => failure('NetworkError') } },
    act: async (el) => (type(el, 'username', 'ana'), type(el, 'password', 'Passw0rd!'), submit(el)),
    ready: 'button[name="retry"]',
  },
  ...USER_AUTH_STATES,
  { id: 'sign-up', title: 'Sign up', markup: '<cognito-sign-up attributes="email name"></cognito-sign-up>' },
  { id: 'confirm-sign-up', title: 'Confirm the sign-up', markup: '<cognito-confirm-sign-up username="ana"></cognito-confirm-sign-up>' },
  { id: 'forgot-password', title: 'Forgot password: ask for a code', markup: '<cognito-forgot-password></cognito-forgot-password>' },
  {
    id: 'forgot-password-reset',
    title: 'Forgot password: code and new password',
    markup: '<cognito-forgot-password username="ana"></cognito-forgot-password>',
    act: async (el) => submit(el),
    ready: 'input[name="code"]',
  },
  {
    id: 'mfa-prompt',
    title: 'MFA: code by SMS',
    markup: '<cognito-mfa-prompt></cognito-mfa-prompt>',
    script: challenge({ challenge: 'SMS_MFA', parameters: { codeDelivery: { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } } }),
  },
  {
    id: 'mfa-select',
    title: 'MFA: choose a method',
    markup: '<cognito-mfa-prompt></cognito-mfa-prompt>',
    script: challenge({ challenge: 'SELECT_MFA_TYPE', parameters: { mfaTypes: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] } }),
  },
  {
    id: 'totp-setup',
    title: 'Authenticator app set-up (MFA_SETUP)',
    markup: '<cognito-totp-setup issuer="Acme"></cognito-totp-setup>',
    script: challenge({ challenge: 'MFA_SETUP', parameters: { mfaTypes: ['SOFTWARE_TOKEN_MFA'] } }),
    act: async (el, { until }) => (await until('form'), submit(el)),
    ready: '.cognito-qr',
  },
  {
    id: 'new-password',
    title: 'New password required',
    markup: '<cognito-new-password></cognito-new-password>',
    script: challenge({ challenge: 'NEW_PASSWORD_REQUIRED', parameters: { requiredAttributes: ['name'], userAttributes: {} } }),
  },
  {
    id: 'custom-challenge',
    title: 'Custom challenge',
    markup: '<cognito-custom-challenge></cognito-custom-challenge>',
    script: challenge({ challenge: 'CUSTOM_CHALLENGE', parameters: { question: 'Which city were you born in?' } }),
  },
  { id: 'user-profile', title: 'Profile', markup: '<cognito-user-profile></cognito-user-profile>', script: signedIn, ready: 'input[name="email"]' },
  { id: 'change-password', title: 'Change password', markup: '<cognito-change-password></cognito-change-password>', script: signedIn },
  { id: 'mfa-settings', title: 'MFA settings', markup: '<cognito-mfa-settings methods="sms totp"></cognito-mfa-settings>', script: signedIn, ready: 'input' },
  ...PASSKEY_STATES,
  { id: 'delete-account', title: 'Delete the account', markup: '<cognito-delete-account></cognito-delete-account>', script: signedIn },
  { id: 'sign-out', title: 'Sign out', markup: '<cognito-sign-out></cognito-sign-out>', script: signedIn, ready: 'button' },
];
