import { describe, expect, it } from 'vitest';
import { decodeFramed, encodeFramed, hasFloat64Arrays } from '../../src/api/wire';

describe('framed answers (typed arrays over HTTP)', () => {
  it('brings back every Float64Array bit for bit, with the JSON around it, including values JSON cannot spell', () => {
    const hourly = Float64Array.from({ length: 8760 }, (_, h) => Math.sin(h) * 1000 + 0.1);
    hourly[3] = Number.NaN;
    hourly[4] = -0;
    const value = { summary: { siteId: 'abilene', lcoeUSDPerMWh: 80.5, tags: ['a', 'b'] }, hourly: { facilityMW: hourly, unservedMW: new Float64Array([Infinity, 1e-300]) }, none: null };
    const decoded = decodeFramed(toArrayBuffer(encodeFramed(value))) as typeof value;
    expect(decoded.summary).toEqual(value.summary);
    expect(decoded.none).toBeNull();
    expect(decoded.hourly.facilityMW).toBeInstanceOf(Float64Array);
    expect(decoded.hourly.facilityMW.length).toBe(8760);
    expect(Object.is(decoded.hourly.facilityMW[3], Number.NaN)).toBe(true);
    expect(Object.is(decoded.hourly.facilityMW[4], -0)).toBe(true);
    expect(Array.from(decoded.hourly.facilityMW.subarray(5))).toEqual(Array.from(hourly.subarray(5)));
    expect(Array.from(decoded.hourly.unservedMW)).toEqual([Infinity, 1e-300]);
  });

  it('aligns the data whatever the header length, so arrays decode as views without a copy', () => {
    for (const name of ['a', 'ab', 'abc', 'abcd', 'abcdefg']) {
      const decoded = decodeFramed(toArrayBuffer(encodeFramed({ [name]: new Float64Array([1.5, 2.5]) }))) as Record<string, Float64Array>;
      expect(Array.from(decoded[name] ?? [])).toEqual([1.5, 2.5]);
    }
  });

  it('is smaller than the same series as JSON numbers (8 bytes a value against ~18)', () => {
    const series = Float64Array.from({ length: 8760 }, (_, h) => 1234.5678 + h / 7);
    const framed = encodeFramed({ s: series }).length;
    const json = JSON.stringify({ s: Array.from(series) }).length;
    expect(framed).toBeLessThan(8760 * 8 + 64);
    expect(framed).toBeLessThan(json / 2);
  });

  it('refuses a body that is not a framed answer, or one cut short', () => {
    expect(() => decodeFramed(toArrayBuffer(new TextEncoder().encode('{"ok":true}')))).toThrow(/bad magic/);
    const whole = encodeFramed({ s: new Float64Array(100) });
    expect(() => decodeFramed(toArrayBuffer(whole.subarray(0, whole.length - 8)))).toThrow(/cut short/);
  });

  it('finds a Float64Array at any depth, and none in plain data', () => {
    expect(hasFloat64Arrays({ a: [{ b: new Float64Array(1) }] })).toBe(true);
    expect(hasFloat64Arrays({ a: [1, 2, { b: 'x' }], c: null })).toBe(false);
  });
});

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
