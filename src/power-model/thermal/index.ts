export * from './technology';
export * from './fleet';
export * from './derating';
