// Loads every entry's declaration files into the one project checked without skipLibCheck
// (test/types/react), so that an error inside a generated .d.ts fails, instead of quietly
// turning a type into `any` for apps that skip library checks.
import type {} from 'cognito-elements';
import type {} from 'cognito-elements/define.js';
import type {} from 'cognito-elements/react';
import type {} from 'cognito-elements/react-wrappers';
import type {} from 'cognito-elements/vue';
import type {} from 'cognito-elements/svelte';
