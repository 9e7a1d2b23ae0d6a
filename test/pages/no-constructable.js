// Safari before 16.4: no constructable stylesheets, so Lit falls back to <style> elements, which style-src governs.
delete CSSStyleSheet.prototype.replace;
