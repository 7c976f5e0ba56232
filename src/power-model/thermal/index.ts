export * from './technology';
export * from './fleet';
