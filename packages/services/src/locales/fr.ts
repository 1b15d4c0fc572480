import type { ServiceTexts } from '../types';

/** fr: the service presets' function codes and notes. Awaiting native review. */
export const fr: ServiceTexts = {
  lang: 'fr',
  review: 'awaiting native review',
  functions: {
    analytics: 'Mesure d’audience',
    'tag-management': 'Gestion des balises',
    advertising: 'Publicité et suivi des conversions',
    'session-recording': 'Cartes de chaleur et enregistrements de sessions',
    maps: 'Carte intégrée',
    video: 'Vidéo intégrée',
    audio: 'Lecteur audio intégré',
    'bot-protection': 'Protection contre les robots et le spam',
    chat: 'Chat en direct et assistance client',
    payment: 'Traitement des paiements',
    monitoring: 'Suivi des erreurs et des performances',
    'ab-testing': 'Tests A/B',
    comments: 'Commentaires',
    'social-embed': 'Publications de réseaux sociaux intégrées',
    scheduling: 'Prise de rendez-vous',
    forms: 'Formulaires et enquêtes',
    'customer-data': 'Plateforme de données clients',
    'marketing-automation': 'Automatisation marketing et CRM',
  },
  notes: {
    basic: 'Mode Consentement de Google, version de base : la balise ne se charge qu’après consentement',
    advanced: 'Mode Consentement de Google, version avancée : la balise se charge avant le consentement, stockage refusé, et envoie des signaux sans cookie',
    cookieless: 'ne stocke rien sur votre appareil',
    ungated: 'fonctionne sans consentement, au titre d’une exemption invoquée par ce site',
  },
};
