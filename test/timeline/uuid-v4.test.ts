/** The `uuid` stand-in vis-timeline and vis-data get (scripts/rollup-plugin-vendor-substitutes.mjs). */
import { expect } from '@open-wc/testing';
import { v4 } from '../../src/timeline/uuid-v4.js';

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuid v4 stand-in', () => {
  it('gives distinct version-4 ids', () => {
    const ids = Array.from({ length: 200 }, () => v4());
    for (const id of ids) expect(id).to.match(VERSION_4);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('gives them without crypto.randomUUID too (pages that are not a secure context)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 200 }, () => v4());
      for (const id of ids) expect(id).to.match(VERSION_4);
      expect(new Set(ids).size).to.equal(ids.length);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
