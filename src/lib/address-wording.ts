/**
 * What the guide prints where its public address would stand while `url` in site.yaml is still the placeholder.
 * Free of imports, so the browser's calendar script can use the same words as the pages and PDFs.
 */

/** Said wherever an address would be printed while it is not set. */
export const ADDRESS_NOT_SET = "The guide's public address is not set yet (url in site.yaml).";
/** The same, inside a sentence, where the address would stand. */
export const ADDRESS_PENDING = "(the guide's public address is not set yet)";
