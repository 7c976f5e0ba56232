export * from './supply';
export * from './bill';
