import type { ServiceTexts } from '../types';

/** English words of the service presets' function codes and notes. */
export const en: ServiceTexts = {
  lang: 'en',
  review: 'reviewed',
  functions: {
    analytics: 'Web analytics',
    'tag-management': 'Tag management',
    advertising: 'Advertising and conversion tracking',
    'session-recording': 'Heatmaps and session recordings',
    maps: 'Embedded map',
    video: 'Embedded video',
    audio: 'Embedded audio player',
    'bot-protection': 'Protection against bots and spam',
    chat: 'Live chat and customer support',
    payment: 'Payment processing',
    monitoring: 'Error and performance monitoring',
    'ab-testing': 'A/B testing',
    comments: 'Comments',
    'social-embed': 'Embedded social media posts',
    scheduling: 'Appointment booking',
    forms: 'Forms and surveys',
    'customer-data': 'Customer data platform',
    'marketing-automation': 'Marketing automation and CRM',
  },
  notes: {
    basic: 'Google Consent Mode basic: the tag loads only after consent',
    advanced: 'Google Consent Mode advanced: the tag loads before consent with storage denied and sends cookieless pings',
    cookieless: 'stores nothing on your device',
    ungated: 'runs without consent under an exemption this site relies on',
  },
};
