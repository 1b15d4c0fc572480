/**
 * `@cookiekit/services`: what the service presets share. Each preset is its own entry
 * (`@cookiekit/services/google-analytics-4`), and so is each language
 * (`@cookiekit/services/locales/fr`), so a site ships only what it imports.
 */
export {
  PRESET,
  FUNCTION_CODES,
  type FunctionCode,
  type ConsentModeVariant,
  type LoaderWindow,
  type PresetInfo,
  type PresetService,
  type PresetOptions,
  type CookielessOptions,
  type GoogleTagOptions,
  type ServiceTexts,
  type PresetFacts,
} from './types';
export { describe as describePreset } from './describe';
export { presetInfo, presetLoader, embedAttributes, withServiceTexts, type PresetLoaderOptions } from './runtime';
