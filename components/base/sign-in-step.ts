import type { CognitoElement } from './cognito-element.js';
import type { SignInStep } from '../../src/auth/types.js';
import { sessionDetail } from '../../src/events/index.js';

/** Says where a sign-in step led: `cognito-signed-in`, or `cognito-challenge` for the next question. */
export function emitSignInStep(host: CognitoElement, step: SignInStep): void {
  if (step.kind === 'done') host.emit('cognito-signed-in', sessionDetail(step.username, step.tokens));
  else host.emit('cognito-challenge', { username: step.username, challenge: step.challenge });
}
