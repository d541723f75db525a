import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Defines every cognito-* tag; its types make `$event` typed in this component's template (in
// `ng build` and in `ng test`, which compiles the component without main.ts).
import 'cognito-elements/define.js';

@Component({
  selector: 'app-root',
  templateUrl: './app.html',
  styleUrl: './app.css',
  // The cognito-* tags are custom elements (defined above), not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  // The app's own state, set from the provider's events (not read from the elements).
  protected readonly username = signal<string | null>(null);
}
