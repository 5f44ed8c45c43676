import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the e2e suite leaves its latency figures (response on the wire → text visible), from the repository root. */
export const latencyFile = 'test/e2e/latency.json';

/** Section 5: the e2e suite's latency figures, if it left any, as flat `name: value` pairs (arrays by their length). */
export function readLatency(): { readonly source: string; readonly figures: Record<string, unknown> } | undefined {
  const path = resolve(latencyFile);
  if (!existsSync(path)) return undefined;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const figures: Record<string, unknown> = {};
    const flatten = (value: unknown, prefix: string) => {
      if (Array.isArray(value)) figures[prefix ? `${prefix}.length` : 'samples'] = value.length;
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key);
      } else figures[prefix || 'value'] = value;
    };
    flatten(data, '');
    return { source: latencyFile, figures };
  } catch (error) {
    return { source: latencyFile, figures: { error: `unreadable: ${String(error)}` } };
  }
}
