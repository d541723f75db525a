import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';

@Component({
  selector: 'app-root',
  templateUrl: './app.html',
  styleUrl: './app.css',
  // The cognito-* tags are custom elements (defined in main.ts), not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  // The app's own state, set from the provider's events (not read from the elements).
  protected readonly username = signal<string | null>(null);
}
