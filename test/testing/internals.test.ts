import { createHash } from 'node:crypto';
import { Core } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { shortenSipTimers } from '../../src/testing';
import { verifyDigest } from '../../src/testing/digest';
import { md5 } from '../../src/testing/md5';
import { parseSipMessage, tagOf, uriOf, userOf } from '../../src/testing/sipMessage';

describe('md5', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
  ])('md5(%j) is the RFC 1321 value', (text, hash) => {
    expect(md5(text)).toBe(hash);
  });

  it('matches node:crypto across block boundaries and UTF-8', () => {
    for (const text of ['x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'x'.repeat(119), 'é€😀'.repeat(50)]) {
      expect(md5(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('verifyDigest', () => {
  const nonces = new Set(['n1']);
  const ha1 = md5('alice:sandbox:secret');
  const ha2 = md5('INVITE:sip:auth@sandbox');
  const response = md5(`${ha1}:n1:00000001:c1:auth:${ha2}`);
  const header = `Digest algorithm=MD5, username="alice", realm="sandbox", nonce="n1", uri="sip:auth@sandbox", response="${response}", qop=auth, cnonce="c1", nc=00000001`;

  it('accepts the right response and rejects a wrong password, nonce or realm', () => {
    expect(verifyDigest(header, 'INVITE', 'secret', 'sandbox', nonces)).toBe(true);
    expect(verifyDigest(header, 'INVITE', 'wrong', 'sandbox', nonces)).toBe(false);
    expect(verifyDigest(header, 'INVITE', 'secret', 'sandbox', new Set())).toBe(false);
    expect(verifyDigest(header, 'INVITE', 'secret', 'elsewhere', nonces)).toBe(false);
    expect(verifyDigest(header, 'BYE', 'secret', 'sandbox', nonces)).toBe(false);
    expect(verifyDigest('Basic abc', 'INVITE', 'secret', 'sandbox', nonces)).toBe(false);
  });
});

describe('parseSipMessage', () => {
  it('parses requests, responses, repeated and folded headers', () => {
    const request = parseSipMessage(
      'INVITE sip:busy@sandbox SIP/2.0\r\nVia: a\r\nvia: b\r\nSubject: one\r\n two\r\n\r\nbody',
    );
    expect(request?.method).toBe('INVITE');
    expect(request?.uri).toBe('sip:busy@sandbox');
    expect(request?.status).toBe(0);
    expect(request?.headers('VIA')).toEqual(['a', 'b']);
    expect(request?.header('subject')).toBe('one two');
    expect(request?.body).toBe('body');
    const response = parseSipMessage('SIP/2.0 486 Busy Here\r\nCSeq: 7 INVITE\r\n\r\n');
    expect([response?.status, response?.reason, response?.method]).toEqual([486, 'Busy Here', 'INVITE']);
  });

  it('returns undefined for anything else and never throws', () => {
    for (const text of ['', '\r\n\r\n', 'hello', 'SIP/2.0 abc', 'INVITE sip:x']) {
      expect(parseSipMessage(text)).toBeUndefined();
    }
  });

  it('reads URIs, users and tags from name-addrs', () => {
    expect(uriOf('"Bob, desk" <sip:bob@desk>;tag=x')).toBe('sip:bob@desk');
    expect(uriOf('sip:bob@desk;tag=x')).toBe('sip:bob@desk');
    expect(userOf('<sip:busy@sandbox>')).toBe('busy');
    expect(userOf('sip:sandbox')).toBe('');
    expect(tagOf('<sip:a@b;tag=uri-param>;tag=abc')).toBe('abc');
    expect(tagOf('<sip:a@b>')).toBeUndefined();
  });
});

describe('shortenSipTimers', () => {
  it('scales every SIP.js timer from T1 and restores them', () => {
    const before = { ...Core.Timers };
    const restore = shortenSipTimers({ T1: 10, TIMER_L: 7 });
    expect(Core.Timers.T1).toBe(10);
    expect(Core.Timers.TIMER_B).toBe(640);
    expect(Core.Timers.T2).toBe(80);
    expect(Core.Timers.TIMER_L).toBe(7);
    restore();
    expect(Core.Timers).toEqual(before);
  });
});
