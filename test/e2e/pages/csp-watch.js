// The first script of the strict-CSP pages: records every Content Security Policy (and Trusted
// Types) violation of the page into `window.__cspViolations`, from the first one on.
(() => {
  const violations = (window.__cspViolations = []);
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      }),
    true,
  );
})();
