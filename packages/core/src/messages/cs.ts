// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Czech typography: „…“ quotes; a no-break space (\u00a0) between a number and its unit.
// Units: `one` 1, `few` 2–4, `many` decimals (1,5 dne), `other` 0 and 5 and more.

/** Czech catalog: the UI texts. `csPolicyPage` adds the policy page's texts. */
export const cs: Messages = {
  lang: 'cs',
  dir: 'ltr',
  banner: {
    title: 'Soubory cookie na tomto webu',
    text: 'Používáme nezbytné soubory cookie, aby tento web fungoval. S vaším souhlasem používáme soubory cookie také pro statistiky a reklamu. Svou volbu můžete kdykoli změnit v „Nastavení cookies“.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
    policyLink: 'Zásady používání cookies',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Naše zásady používání cookies se od vaší poslední volby změnily.',
      'policy-extended': 'Od vaší poslední volby používáme soubory cookie i k novým účelům.',
      expired: 'Platnost vaší poslední volby vypršela.',
    },
  },
  preferences: {
    title: 'Předvolby cookies',
    text: 'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nemůže fungovat.',
    save: 'Uložit volbu',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    close: 'Zavřít',
    alwaysOn: 'Vždy aktivní',
    showServices: 'Zobrazit služby ({count})',
    hideServices: 'Skrýt služby',
    cookies: 'Soubory cookie',
    duration: 'Doba platnosti',
    session: 'Relace',
    provider: 'Poskytovatel',
    party: { first: 'První strana', third: 'Třetí strana' },
    saved: 'Vaše volba byla uložena.',
    exemptNotice: 'Anonymní měření návštěvnosti běží bez souhlasu. Můžete ho vypnout.',
    optOut: 'Anonymní měření návštěvnosti',
  },
  signal: {
    honoured: 'Váš prohlížeč odesílá signál Global Privacy Control, proto reklama zůstává vypnutá.',
    conflict: 'Povolili jste reklamu, ale váš prohlížeč žádá weby, aby vaše údaje neprodávaly ani nesdílely. Přesto reklamu povolit?',
    confirm: 'Přesto povolit',
  },
  settingsButton: 'Nastavení cookies',
  placeholder: {
    label: 'Zablokovaný obsah: {service}',
    text: 'Tento obsah ({service}, poskytovatel {provider}) je zablokovaný, dokud ho nepovolíte.',
    allow: 'Povolit {service}',
  },
  units: {
    second: { one: '{count}\u00a0sekunda', few: '{count}\u00a0sekundy', many: '{count}\u00a0sekundy', other: '{count}\u00a0sekund' },
    minute: { one: '{count}\u00a0minuta', few: '{count}\u00a0minuty', many: '{count}\u00a0minuty', other: '{count}\u00a0minut' },
    hour: { one: '{count}\u00a0hodina', few: '{count}\u00a0hodiny', many: '{count}\u00a0hodiny', other: '{count}\u00a0hodin' },
    day: { one: '{count}\u00a0den', few: '{count}\u00a0dny', many: '{count}\u00a0dne', other: '{count}\u00a0dní' },
    week: { one: '{count}\u00a0týden', few: '{count}\u00a0týdny', many: '{count}\u00a0týdne', other: '{count}\u00a0týdnů' },
    month: { one: '{count}\u00a0měsíc', few: '{count}\u00a0měsíce', many: '{count}\u00a0měsíce', other: '{count}\u00a0měsíců' },
    year: { one: '{count}\u00a0rok', few: '{count}\u00a0roky', many: '{count}\u00a0roku', other: '{count}\u00a0let' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const csRegimes: RegimeMessages = {
  optOutText: 'Používáme cookies pro statistiku a reklamu. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  noticeText: 'Používáme cookies pro statistiku a reklamu. Kdykoli to můžete změnit v nastavení cookies.',
  optOut: 'Odmítnout',
  acknowledge: 'OK',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  privacyChoices: 'Vaše volby soukromí',
  limitSensitive: 'Omezit použití mých citlivých osobních údajů',
  honoured: 'Žádost o odmítnutí vyřízena',
};
