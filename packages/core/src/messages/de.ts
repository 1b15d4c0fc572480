// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// German typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.

/** German catalog: the UI texts. `dePolicyPage` adds the policy page's texts. */
export const de: Messages = {
  lang: 'de',
  dir: 'ltr',
  banner: {
    title: 'Cookies auf dieser Website',
    text: 'Wir verwenden notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir außerdem Cookies für Statistik und Werbung. Sie können Ihre Auswahl jederzeit unter „Cookie-Einstellungen“ ändern.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    policyLink: 'Cookie-Richtlinie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Unsere Cookie-Richtlinie hat sich seit Ihrer letzten Auswahl geändert.',
      'policy-extended': 'Seit Ihrer letzten Auswahl verwenden wir Cookies für weitere Zwecke.',
      expired: 'Ihre letzte Auswahl ist abgelaufen.',
    },
  },
  preferences: {
    title: 'Cookie-Einstellungen',
    text: 'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, da die Website ohne sie nicht funktioniert.',
    save: 'Auswahl speichern',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    close: 'Schließen',
    alwaysOn: 'Immer aktiv',
    showServices: 'Dienste anzeigen ({count})',
    hideServices: 'Dienste ausblenden',
    cookies: 'Cookies',
    duration: 'Speicherdauer',
    session: 'Sitzung',
    provider: 'Anbieter',
    party: { first: 'Erstanbieter', third: 'Drittanbieter' },
    saved: 'Ihre Auswahl wurde gespeichert.',
    exemptNotice: 'Die anonyme Reichweitenmessung läuft ohne Einwilligung. Sie können sie ausschalten.',
    optOut: 'Anonyme Reichweitenmessung',
  },
  signal: {
    honoured: 'Ihr Browser sendet ein Global-Privacy-Control-Signal, daher bleibt Werbung ausgeschaltet.',
    conflict: 'Sie haben Werbung erlaubt, aber Ihr Browser bittet Websites, Ihre Daten weder zu verkaufen noch weiterzugeben. Trotzdem erlauben?',
    confirm: 'Trotzdem erlauben',
  },
  settingsButton: 'Cookie-Einstellungen',
  placeholder: {
    label: 'Blockierter Inhalt: {service}',
    text: 'Dieser Inhalt von {provider} ({service}) ist blockiert, bis Sie ihn erlauben.',
    allow: '{service} erlauben',
  },
  units: {
    second: { one: '{count}\u00a0Sekunde', other: '{count}\u00a0Sekunden' },
    minute: { one: '{count}\u00a0Minute', other: '{count}\u00a0Minuten' },
    hour: { one: '{count}\u00a0Stunde', other: '{count}\u00a0Stunden' },
    day: { one: '{count}\u00a0Tag', other: '{count}\u00a0Tage' },
    week: { one: '{count}\u00a0Woche', other: '{count}\u00a0Wochen' },
    month: { one: '{count}\u00a0Monat', other: '{count}\u00a0Monate' },
    year: { one: '{count}\u00a0Jahr', other: '{count}\u00a0Jahre' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const deRegimes: RegimeMessages = {
  optOutText: 'Wir verwenden Cookies für Statistik und Werbung. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  noticeText: 'Wir verwenden Cookies für Statistik und Werbung. Sie können das jederzeit in den Cookie-Einstellungen ändern.',
  optOut: 'Widersprechen',
  acknowledge: 'OK',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  privacyChoices: 'Ihre Datenschutzoptionen',
  limitSensitive: 'Nutzung meiner sensiblen personenbezogenen Daten einschränken',
  honoured: 'Widerspruch berücksichtigt',
};
