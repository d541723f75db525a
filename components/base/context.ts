import { createContext } from '@lit/context';
import type { AuthService } from '../../src/auth/service.js';

/** A string key, so two copies of the library on one page still find each other's provider. */
export const authContext = createContext<AuthService | undefined>('cognito-elements/auth');
