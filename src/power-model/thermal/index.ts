export * from './technology';
export * from './fleet';
export * from './derating';
export * from './emissions';
