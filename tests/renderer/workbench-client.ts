import { createClient, type StargridClient } from '../../src/renderer/api/client';
import { makeServices } from '../helpers/services';

/**
 * The renderer's real client over the real services in this process (no HTTP): requests go
 * through JSON like on the wire, so the components see exactly what they would in the app.
 */
export function inProcessClient(dir: string): StargridClient {
  const { registry } = makeServices(dir);
  return createClient(async (channel, request) => JSON.parse(JSON.stringify(await registry.dispatch(channel, JSON.parse(JSON.stringify(request))))));
}
