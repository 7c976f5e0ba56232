export * from './battery';
