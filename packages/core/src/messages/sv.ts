// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

/** Swedish catalog. Import it from `@cookiekit/core/locales/sv` so only sites that need it ship it. */
export const sv: Messages = {
  lang: 'sv',
  dir: 'ltr',
  banner: {
    title: 'Cookies på den här webbplatsen',
    text: 'Vi använder nödvändiga cookies för att webbplatsen ska fungera. Med ditt samtycke använder vi även cookies för statistik och annonser. Du kan när som helst ändra ditt val under ”Cookieinställningar”.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    customize: 'Anpassa',
    policyLink: 'Cookiepolicy',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Vår cookiepolicy har ändrats sedan ditt senaste val.',
      'policy-extended': 'Vi har börjat använda cookies för nya ändamål sedan ditt senaste val.',
      expired: 'Ditt senaste val har gått ut.',
    },
  },
  preferences: {
    title: 'Val av cookies',
    text: 'Välj vilka cookies vi får använda. Nödvändiga cookies är alltid på: webbplatsen fungerar inte utan dem.',
    save: 'Spara val',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    close: 'Stäng',
    alwaysOn: 'Alltid på',
    showServices: 'Visa tjänster ({count})',
    hideServices: 'Dölj tjänster',
    cookies: 'Cookies',
    duration: 'Lagringstid',
    session: 'Session',
    provider: 'Leverantör',
    party: { first: 'Förstapart', third: 'Tredjepart' },
    saved: 'Dina val har sparats.',
    exemptNotice: 'Anonym besöksmätning körs utan samtycke; du kan stänga av den.',
    optOut: 'Anonym besöksmätning',
  },
  signal: {
    honoured: 'Din webbläsare skickar en Global Privacy Control-signal, så annonser förblir avstängda.',
    conflict: 'Du har valt att tillåta annonser, men din webbläsare ber webbplatser att inte sälja eller dela dina uppgifter. Vill du tillåta det ändå?',
    confirm: 'Tillåt ändå',
  },
  settingsButton: 'Cookieinställningar',
  placeholder: {
    label: 'Blockerat innehåll: {service}',
    text: 'Det här innehållet från {provider} ({service}) är blockerat tills du tillåter det.',
    allow: 'Tillåt {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekund', other: '{count}\u00a0sekunder' },
    minute: { one: '{count}\u00a0minut', other: '{count}\u00a0minuter' },
    hour: { one: '{count}\u00a0timme', other: '{count}\u00a0timmar' },
    day: { one: '{count}\u00a0dag', other: '{count}\u00a0dagar' },
    week: { one: '{count}\u00a0vecka', other: '{count}\u00a0veckor' },
    month: { one: '{count}\u00a0månad', other: '{count}\u00a0månader' },
    year: { one: '{count}\u00a0år', other: '{count}\u00a0år' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const svRegimes: RegimeMessages = {
  optOutText: 'Vi använder kakor för statistik och annonsering. Du kan när som helst välja bort försäljning eller delning av dina personuppgifter.',
  noticeText: 'Vi använder kakor för statistik och annonsering. Du kan ändra detta när som helst i kakinställningarna.',
  optOut: 'Välj bort',
  acknowledge: 'OK',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  privacyChoices: 'Dina integritetsval',
  limitSensitive: 'Begränsa användningen av mina känsliga personuppgifter',
  honoured: 'Begäran om bortval har tillgodosetts',
};
