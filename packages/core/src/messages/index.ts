export type { Messages, PolicyPageMessages, RegimeMessages, DurationUnit, PluralForms } from './types';
export { en, enRegimes } from './en';
export {
  resolveLanguage,
  resolveMessages,
  chooseMessages,
  lookupLanguage,
  acceptLanguages,
  textDirection,
  detectLanguagePreferences,
  type LanguagePreferences,
} from './resolve';
export { format, localize, formatDuration } from './format';
