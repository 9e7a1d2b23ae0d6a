// Another copy of Lit on the page (the host's own, or the ES-module build) has already made its policy.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (s) => s });
