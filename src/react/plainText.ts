// Control characters, bidi embeddings/overrides and isolates: remote text must not reorder or hide the text around it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Remote text made safe to show as plain text: no control or bidi characters, at most `max` characters. */
export function plainText(text: string, max = 200): string {
  const clean = String(text).replace(unsafe, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Plain text wrapped in Unicode isolates (FSI … PDI), for remote text placed inside a translated sentence. */
export function isolated(text: string): string {
  return `\u2068${plainText(text)}\u2069`;
}
