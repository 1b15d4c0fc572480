export type { Messages, PolicyPageMessages, DurationUnit, PluralForms } from './types';
export { en } from './en';
export {
  resolveLanguage,
  resolveMessages,
  textDirection,
  detectLanguagePreferences,
  type LanguagePreferences,
} from './resolve';
export { format, localize, formatDuration } from './format';
