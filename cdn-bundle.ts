/**
 * dist/cdn/cognito-elements.bundle.js, for pages that pin one file with Subresource Integrity:
 * every element defined at once (nothing to load later, so nothing lazy), and the same exports as
 * the package (the classes, registerTranslation and the rest of the core).
 */
import './define.js';

export * from './index.js';
