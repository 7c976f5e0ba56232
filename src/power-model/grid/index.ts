export * from './supply';
export * from './bill';
export * from './tariff';
export * from './year-charges';
