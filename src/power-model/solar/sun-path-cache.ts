import type { WeatherYear } from '../weather/types';
import { type SunPath, sunPathForYear } from './sun-position';

// A weather year's sun path depends only on its position, so it is computed once per weather
// object; the WeakMap lets the path go when the weather does.
const cache = new WeakMap<WeatherYear, SunPath>();

/** The sun path (see `sunPathForYear`) at the position of `weather`, computed once per object. */
export function sunPathFor(weather: WeatherYear): SunPath {
  let path = cache.get(weather);
  if (path === undefined) {
    path = sunPathForYear(weather.latitudeDeg, weather.longitudeDeg, weather.utcOffsetHours);
    cache.set(weather, path);
  }
  return path;
}
