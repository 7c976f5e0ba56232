/**
 * How an API answer that carries Float64Arrays (hourly series) travels over HTTP: raw float64
 * bytes behind a JSON header, instead of 8760 numbers per series spelled out in JSON (~20 bytes
 * each, and a parse of each on arrival). IPC needs none of this: structured clone carries typed
 * arrays as they are.
 *
 * Layout of a framed body (`application/octet-stream`):
 *   "SGF1" (4 bytes) | header length n (uint32, little-endian) | header (n bytes of UTF-8 JSON)
 *   | zero padding to a multiple of 8 | the arrays' float64 values, little-endian, one after another
 * In the header each Float64Array is replaced by `{ "$f64": [offset, length] }`, offset and length
 * counted in float64 values from the start of the data. Decoding returns views on the received
 * buffer (no copy) where the platform is little-endian, as every platform Stargrid runs on is.
 */
export const FRAMED_CONTENT_TYPE = 'application/octet-stream';
const MAGIC = [0x53, 0x47, 0x46, 0x31]; // "SGF1"
const PLACEHOLDER = '$f64';
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** True when `value` holds a Float64Array anywhere (then it must travel framed, not as JSON). */
export function hasFloat64Arrays(value: unknown): boolean {
  if (value instanceof Float64Array) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (hasFloat64Arrays(item)) return true;
  return false;
}

export function encodeFramed(value: unknown): Uint8Array {
  const arrays: Float64Array[] = [];
  let offset = 0;
  const header = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof Float64Array)) return v;
    arrays.push(v);
    const at = offset;
    offset += v.length;
    return { [PLACEHOLDER]: [at, v.length] };
  });
  const headerBytes = new TextEncoder().encode(header);
  const dataStart = Math.ceil((8 + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(dataStart + offset * 8);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  const view = new DataView(out.buffer, dataStart);
  let at = 0;
  for (const array of arrays) {
    if (LITTLE_ENDIAN) new Float64Array(out.buffer, dataStart + at * 8, array.length).set(array);
    else for (let i = 0; i < array.length; i++) view.setFloat64((at + i) * 8, array[i] ?? Number.NaN, true);
    at += array.length;
  }
  return out;
}

/** The value `encodeFramed` was given. Throws on a body that is not a framed answer. */
export function decodeFramed(buffer: ArrayBuffer): unknown {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a framed Stargrid answer (bad magic)');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('framed answer cut short (header)');
  const header = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
  const dataStart = Math.ceil((8 + headerLength) / 8) * 8;
  const count = (bytes.length - dataStart) / 8;
  return JSON.parse(header, (_key, v: unknown) => {
    const ref = placeholder(v);
    if (!ref) return v;
    const [offset, length] = ref;
    if (offset + length > count) throw new Error('framed answer cut short (data)');
    if (LITTLE_ENDIAN) return new Float64Array(buffer, dataStart + offset * 8, length);
    const view = new DataView(buffer, dataStart);
    return Float64Array.from({ length }, (_, i) => view.getFloat64((offset + i) * 8, true));
  }) as unknown;
}

function placeholder(v: unknown): [number, number] | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const ref = (v as Record<string, unknown>)[PLACEHOLDER];
  if (!Array.isArray(ref) || ref.length !== 2 || Object.keys(v).length !== 1) return null;
  const [offset, length] = ref as unknown[];
  return Number.isInteger(offset) && Number.isInteger(length) ? [offset as number, length as number] : null;
}
