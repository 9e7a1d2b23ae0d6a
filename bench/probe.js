// Inlined into every bench page after the measured elements and before the module script, so that
// Signpost and the baseline are measured by the same code. `data-watch` lists what "rendered with data" means for each element:
// [{ id, test: 'card' | 'wait' | 'text', text? }]. Times are relative to window.benchT0, which an
// inline script sets just before the module script.
(() => {
  const watches = JSON.parse(document.currentScript.dataset.watch);
  const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const TESTS = {
    card: (root) => root.querySelector('article'),
    wait: (root) => root.querySelector('[part~="wait"]'),
    text: (root, text) => [...root.querySelectorAll('h4')].some((h) => h.textContent.trim() === text),
  };

  /** The element's shadow root once it is defined; the baseline renders into its own light DOM. */
  const rootOf = async (host) => {
    if (!host.localName.includes('-')) return host;
    await customElements.whenDefined(host.localName);
    return host.shadowRoot;
  };

  /** Resolves with performance.now() at the first DOM change that satisfies the test (before paint). */
  const rendered = async ({ id, test, text }) => {
    const root = await rootOf(document.getElementById(id));
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => check());
      const check = () => {
        if (!TESTS[test](root, text)) return;
        observer.disconnect();
        resolve(performance.now());
      };
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      check();
    });
  };

  const search = () => {
    const host = document.getElementById(watches[0].id);
    return host.shadowRoot ? host.shadowRoot.querySelector('input[type="search"]') : host.querySelector('#q');
  };

  const key = async (input, value) => {
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await paint();
    return performance.now() - start;
  };

  window.bench = {
    /** { data, paint }: ms from benchT0 to the last watched element's data in the DOM, and to the paint after it. */
    ready: Promise.all(watches.map(rendered)).then(async (times) => {
      const data = Math.max(...times);
      await paint();
      return { data: data - window.benchT0, paint: performance.now() - window.benchT0 };
    }),

    /** Types `query` one letter at a time, `rounds` times, clearing in between: keystroke-to-paint ms of each letter. */
    async type(query, rounds) {
      const input = search();
      const times = [];
      for (let r = 0; r < rounds; r++) {
        for (let i = 1; i <= query.length; i++) times.push(await key(input, query.slice(0, i)));
        await key(input, '');
      }
      return times;
    },

    /** Sets the search text and returns the names on the first page once painted. */
    async names(query) {
      await key(search(), query);
      const host = document.getElementById(watches[0].id);
      return [...(host.shadowRoot || host).querySelectorAll('article h3')].map((h) => h.textContent.trim());
    },
  };
})();
