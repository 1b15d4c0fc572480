export type { Messages, PolicyPageMessages, DurationUnit, PluralForms } from './types';
export { en } from './en';
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
