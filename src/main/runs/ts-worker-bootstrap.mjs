// Running from TypeScript sources (tsx, vitest): a worker thread does not inherit the parent's
// loader, so register tsx here, then load the real worker module.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
