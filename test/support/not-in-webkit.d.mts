export declare const notInWebKit: Record<'forced-colors' | 'a11y-tree' | 'geolocation' | 'viewport-320', string>;
