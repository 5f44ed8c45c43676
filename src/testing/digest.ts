import { md5 } from './md5';

/** Checks an Authorization/Proxy-Authorization header against the password (RFC 2617 digest, MD5, qop auth or none). */
export function verifyDigest(
  header: string,
  method: string,
  password: string,
  realm: string,
  nonces: ReadonlySet<string>,
): boolean {
  const p: Record<string, string> = {};
  for (const [, key = '', quoted, bare] of header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)) {
    p[key.toLowerCase()] = quoted ?? bare ?? '';
  }
  if (!/^Digest\s/i.test(header) || p.realm !== realm || !nonces.has(p.nonce ?? '')) return false;
  const ha1 = md5(`${p.username}:${realm}:${password}`);
  const ha2 = md5(`${method}:${p.uri}`);
  const expected = p.qop
    ? md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`)
    : md5(`${ha1}:${p.nonce}:${ha2}`);
  return p.response === expected;
}
