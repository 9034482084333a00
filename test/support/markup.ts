/** Markup without the whitespace Prettier lays into `html` templates, to compare with a one-line expectation. */
export const squashMarkup = (markup: string) => markup.replace(/\s+/g, ' ').replace(/\s*([<>])\s*/g, '$1');
