/**
 * Every challenge the pool knows, in the order they are due after the first factor
 * (Cognito: NEW_PASSWORD_REQUIRED, then MFA_SETUP / SELECT_MFA_TYPE / the MFA itself, then
 * device challenges).
 */
import type { Challenge } from './challenge.js';
import { newPasswordRequired } from './new-password-required.js';
import { passwordVerifier } from './password-verifier.js';

export const challenges: Challenge[] = [passwordVerifier, newPasswordRequired];

export const challengeNamed = (name: string): Challenge | undefined => challenges.find((c) => c.name === name);
