import { bootstrapApplication } from '@angular/platform-browser';
// Defines every cognito-* tag; its types make `$event` typed in templates.
import 'cognito-elements/define.js';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig)
  .catch((err) => console.error(err));
