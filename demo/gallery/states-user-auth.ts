/**
 * The gallery's choice-based sign-in (`auth-flow="USER_AUTH"`) and `<cognito-passkeys>` states,
 * over scripted-cognito.ts: the real USER_AUTH flow, Cognito's answers and the browser's passkey
 * prompt scripted.
 */
import { press, submit, type, type GalleryState } from './act.js';
import { PASSKEYS, PASSKEY_RP, SELECT, chosen } from './scripted-cognito.js';

const signIn = '<cognito-sign-in></cognito-sign-in>';
const factor = (value: string) => `button[name="challenge"][value="${value}"]`;
/** Types the username (once the USER_AUTH form has loaded) and continues. */
const start: GalleryState['act'] = async (el, { until }) => {
  await until('input[name="username"]');
  type(el, 'username', 'ana');
  submit(el);
};
/** Then presses the factor's button. */
const choose = (value: string): GalleryState['act'] => async (el, helpers) => {
  await start(el, helpers);
  await press(el, helpers, factor(value));
};

export const USER_AUTH_STATES: GalleryState[] = [
  {
    id: 'sign-in-choice',
    title: 'Choice-based sign-in (USER_AUTH): the username',
    markup: signIn,
    script: { userAuth: true },
    ready: 'input[autocomplete="username webauthn"]',
  },
  {
    id: 'sign-in-choice-factors',
    title: 'Choice-based sign-in: choose how',
    markup: signIn,
    script: { userAuth: true, cognito: { InitiateAuth: SELECT } },
    act: start,
    ready: factor('WEB_AUTHN'),
  },
  {
    id: 'sign-in-choice-email-code',
    title: 'Choice-based sign-in: a code by e-mail',
    markup: signIn,
    script: { userAuth: true, cognito: { InitiateAuth: SELECT, RespondToAuthChallenge: chosen() } },
    act: choose('EMAIL_OTP'),
    ready: 'input[name="code"]',
  },
  {
    id: 'sign-in-choice-passkey',
    title: 'Choice-based sign-in: the passkey prompt is open',
    markup: signIn,
    script: { userAuth: true, cognito: { InitiateAuth: SELECT, RespondToAuthChallenge: chosen(PASSKEY_RP.waiting) } },
    act: choose('WEB_AUTHN'),
    ready: 'form[aria-busy="true"] .cognito-hint',
  },
  {
    id: 'sign-in-choice-passkey-cancelled',
    title: 'Choice-based sign-in: the passkey prompt was cancelled',
    markup: signIn,
    script: { userAuth: true, cognito: { InitiateAuth: SELECT, RespondToAuthChallenge: chosen(PASSKEY_RP.cancelled) } },
    act: choose('WEB_AUTHN'),
    ready: '.cognito-alert:not(:empty)',
  },
];

const passkeys = '<cognito-passkeys></cognito-passkeys>';

export const PASSKEY_STATES: GalleryState[] = [
  {
    id: 'passkeys',
    title: 'Passkeys',
    markup: passkeys,
    script: { signedIn: true, cognito: { ListWebAuthnCredentials: PASSKEYS } },
    ready: '[part="passkey"]',
  },
  {
    id: 'passkeys-empty',
    title: 'Passkeys: none yet',
    markup: passkeys,
    script: { signedIn: true, cognito: { ListWebAuthnCredentials: { Credentials: [] } } },
    ready: 'button[name="add"]',
  },
  {
    id: 'passkeys-confirm-delete',
    title: 'Passkeys: confirm a deletion',
    markup: passkeys,
    script: { signedIn: true, cognito: { ListWebAuthnCredentials: PASSKEYS } },
    act: (el, helpers) => press(el, helpers, 'button[name="delete"]'),
    ready: 'button[name="confirm"]',
  },
];
