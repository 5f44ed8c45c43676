// Per-round left-rotation amounts and sine-derived constants of RFC 1321.
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

/** MD5 of the UTF-8 bytes of `text`, as 32 lowercase hex digits (RFC 1321; no Node crypto so it runs in browsers too). */
export function md5(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const length = bytes.length;
  const words = new Int32Array((((length + 8) >>> 6) + 1) * 16);
  bytes.forEach((byte, i) => {
    words[i >> 2]! |= byte << ((i % 4) * 8);
  });
  words[length >> 2]! |= 0x80 << ((length % 4) * 8);
  words[words.length - 2] = length * 8;
  words[words.length - 1] = Math.floor(length / 2 ** 29);
  const state = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const f = [(b & c) | (~b & d), (d & b) | (~d & c), b ^ c ^ d, c ^ (b | ~d)][round]!;
      const g = [i, 5 * i + 1, 3 * i + 5, 7 * i][round]! % 16;
      const x = (a + f + K[i]! + words[block + g]!) | 0;
      const s = SHIFTS[round * 4 + (i % 4)]!;
      [a, b, c, d] = [d, (b + ((x << s) | (x >>> (32 - s)))) | 0, b, c];
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
  }
  return state
    .map((word) => [0, 8, 16, 24].map((shift) => ((word >>> shift) & 0xff).toString(16).padStart(2, '0')).join(''))
    .join('');
}
