// Loaded first on the CSP test page (an external file, because the page allows no inline script).
window.signpostViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.signpostViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample || ''}`);
});
window.signpostErrors = [];
window.addEventListener('error', (e) => window.signpostErrors.push(String(e.message)));
