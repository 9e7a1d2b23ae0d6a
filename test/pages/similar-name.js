// An unrelated element the host defined first, with a name close to ours.
customElements.define('signpost-get-helper', class extends HTMLElement {});
customElements.define('signpost-finder', class extends HTMLElement {});
window.signpostErrors = [];
window.addEventListener('error', (e) => window.signpostErrors.push(String(e.message)));
