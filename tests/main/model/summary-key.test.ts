import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/main/model/summary-key';

describe('the canonical JSON a summary key hashes', () => {
  it('spells equal objects alike whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('tells apart what plain JSON would not: NaN from null, Infinity from null, array order', () => {
    expect(canonicalJson({ v: Number.NaN })).not.toBe(canonicalJson({ v: null }));
    expect(canonicalJson({ v: Number.POSITIVE_INFINITY })).not.toBe(canonicalJson({ v: null }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('leaves out undefined members as JSON does, and spells typed arrays as arrays', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson(Float64Array.of(1.5, 2))).toBe('[1.5,2]');
  });
});
