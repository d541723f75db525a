/**
 * The CDN bundle's entry: defines every element, and exports the same API as the package
 * (registerTranslation, the classes, the core), so a page without a bundler can use it too.
 */
import './define.js';

export * from './index.js';
