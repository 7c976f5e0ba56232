export { ModelRunner } from './runner';
export { loadScenario, parseScenario, ScenarioInputError } from './scenario-file';
export { siteModel, INDUSTRIAL_RATE_USD_PER_MWH } from './site-model';
export { engineCatalog, type EngineCatalog } from './technologies';
export { siteWeather, weatherFromFile } from './weather';
