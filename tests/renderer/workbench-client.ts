import { decodeFramed, encodeFramed, hasFloat64Arrays } from '../../src/api/wire';
import { createClient, type StargridClient } from '../../src/renderer/api/client';
import { makeServices } from '../helpers/services';

/**
 * The renderer's real client over the real services in this process (no HTTP): requests and
 * answers go through the wire encoding web mode uses (JSON, or framed bytes for an answer that
 * carries hourly series), so the components see exactly what they would in the app.
 */
export function inProcessClient(dir: string): StargridClient {
  const { registry } = makeServices(dir);
  return createClient(async (channel, request) => {
    const envelope = await registry.dispatch(channel, JSON.parse(JSON.stringify(request)));
    if (envelope.ok && hasFloat64Arrays(envelope.value)) {
      const bytes = encodeFramed(envelope.value);
      return { ok: true, value: decodeFramed(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) };
    }
    return JSON.parse(JSON.stringify(envelope));
  });
}
