// What Angular's template type-checker (strictTemplates) writes for
// `<cognito-sign-in (cognito-signed-in)="onSignedIn($event)">`: the element from
// document.createElement, and $event from its addEventListener, i.e. from the global maps.
import 'cognito-elements/define.js';
import { exactly } from '../expect.js';

const element = document.createElement('cognito-sign-in');
element.addEventListener('cognito-signed-in', ($event) => exactly<string>()($event.detail.tokens.idToken));
element.addEventListener('cognito-challenge', ($event) => exactly<string>()($event.detail.username));
document.createElement('cognito-user-pool').addEventListener('cognito-credentials', ($event) => exactly<Date>()($event.detail.expiration));
