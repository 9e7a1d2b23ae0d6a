// The nonce Lit puts on the <style> elements it falls back to (README "Reliability and security").
window.litNonce = 'signpost-test';
