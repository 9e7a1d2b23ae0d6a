/**
 * The language of the feed's own words (names, descriptions, step titles), marked on them so a
 * screen reader on a page in another language reads them in an English voice. Feed v1 has no
 * language field: its text is English.
 */
export const FEED_LANG = 'en';
