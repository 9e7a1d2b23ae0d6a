// The CDN embed's entry: defines every element and exports nothing (it is loaded by a script tag).
import './index.js';
