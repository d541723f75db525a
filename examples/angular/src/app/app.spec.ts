import { TestBed } from '@angular/core/testing';
import { App } from './app';

describe('App', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
    }).compileComponents();
  });

  it('greets no one before anyone signs in', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const compiled = fixture.nativeElement as HTMLElement;
    expect(compiled.querySelector('#greeting')?.textContent).toContain('Not signed in');
  });

  it('greets the user the provider reports, until they sign out', async () => {
    const fixture = TestBed.createComponent(App);
    const compiled = fixture.nativeElement as HTMLElement;
    const pool = compiled.querySelector('cognito-user-pool')!;
    const greeting = () => compiled.querySelector('#greeting')?.textContent;

    pool.dispatchEvent(new CustomEvent('cognito-session-restored', { detail: { username: 'ada' } }));
    await fixture.whenStable();
    expect(greeting()).toContain('Hello ada');

    pool.dispatchEvent(new CustomEvent('cognito-signed-out', { detail: { username: 'ada', global: false } }));
    await fixture.whenStable();
    expect(greeting()).toContain('Not signed in');
  });
});
