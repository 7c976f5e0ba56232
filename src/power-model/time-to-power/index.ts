export * from './time-to-power';
