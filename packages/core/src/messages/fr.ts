// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// French typography: a no-break space (\u00a0) before ":" and inside « », a narrow no-break
// space (\u202f) before "?", "!" and ";", so a line never starts with the sign.

/**
 * French catalog. Import it from `@cookiekit/core/locales/fr` so only sites that need it ship it.
 *
 * @example
 * ```ts
 * import { en, resolveMessages } from '@cookiekit/core';
 * import { fr } from '@cookiekit/core/locales/fr';
 *
 * const messages = resolveMessages({ htmlLang: document.documentElement.lang }, [en, fr]);
 * ```
 */
export const fr: Messages = {
  lang: 'fr',
  dir: 'ltr',
  banner: {
    title: 'Les cookies sur ce site',
    text: 'Nous utilisons des cookies indispensables au fonctionnement du site. Avec votre accord, nous en utiliserions aussi pour mesurer l’utilisation du site et pour la publicité. Vous pouvez changer d’avis à tout moment via «\u00a0Paramètres des cookies\u00a0».',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    policyLink: 'Politique relative aux cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Notre politique relative aux cookies a changé depuis votre dernier choix.',
      'policy-extended': 'Nous avons ajouté de nouveaux usages des cookies depuis votre dernier choix.',
      expired: 'Votre dernier choix a expiré.',
    },
  },
  preferences: {
    title: 'Préférences en matière de cookies',
    text: 'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires restent toujours actifs, car le site ne peut pas fonctionner sans eux.',
    save: 'Enregistrer mes choix',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    close: 'Fermer',
    alwaysOn: 'Toujours actifs',
    showServices: 'Afficher les services ({count})',
    hideServices: 'Masquer les services',
    cookies: 'Cookies',
    duration: 'Durée',
    session: 'Session',
    provider: 'Fournisseur',
    party: { first: 'Interne', third: 'Tiers' },
    saved: 'Vos choix ont été enregistrés.',
    exemptNotice: 'La mesure d’audience anonyme fonctionne sans consentement. Vous pouvez la désactiver.',
    optOut: 'Mesure d’audience anonyme',
  },
  signal: {
    honoured: 'Votre navigateur envoie un signal Global Privacy Control\u00a0: la publicité reste donc désactivée.',
    conflict: 'Vous avez choisi d’autoriser la publicité, mais votre navigateur demande aux sites de ne pas vendre ni partager vos données. L’autoriser quand même\u202f?',
    confirm: 'Autoriser quand même',
  },
  settingsButton: 'Paramètres des cookies',
  placeholder: {
    label: 'Contenu bloqué\u00a0: {service}',
    text: 'Ce contenu de {provider} ({service}) est bloqué tant que vous ne l’avez pas autorisé.',
    allow: 'Autoriser {service}',
  },
  // `many` is Intl's category of large round numbers (1000000): « 1\u00a0000\u00a0000 de secondes ».
  units: {
    second: { one: '{count}\u00a0seconde', other: '{count}\u00a0secondes', many: '{count}\u00a0de secondes' },
    minute: { one: '{count}\u00a0minute', other: '{count}\u00a0minutes', many: '{count}\u00a0de minutes' },
    hour: { one: '{count}\u00a0heure', other: '{count}\u00a0heures', many: '{count}\u00a0d’heures' },
    day: { one: '{count}\u00a0jour', other: '{count}\u00a0jours', many: '{count}\u00a0de jours' },
    week: { one: '{count}\u00a0semaine', other: '{count}\u00a0semaines', many: '{count}\u00a0de semaines' },
    month: { one: '{count}\u00a0mois', other: '{count}\u00a0mois', many: '{count}\u00a0de mois' },
    year: { one: '{count}\u00a0an', other: '{count}\u00a0ans', many: '{count}\u00a0d’ans' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const frRegimes: RegimeMessages = {
  optOutText: 'Nous utilisons des cookies de statistiques et de publicité. Vous pouvez refuser à tout moment la vente ou le partage de vos informations personnelles.',
  noticeText: 'Nous utilisons des cookies de statistiques et de publicité. Vous pouvez modifier ce choix à tout moment dans les paramètres des cookies.',
  optOut: 'Refuser',
  acknowledge: 'OK',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  privacyChoices: 'Vos choix de confidentialité',
  limitSensitive: 'Limiter l’utilisation de mes informations personnelles sensibles',
  honoured: 'Demande de refus prise en compte',
};
