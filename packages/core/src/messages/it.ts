// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Italian typography: «…» quotes without inner spaces; a no-break space (\u00a0) between a
// number and its unit. "cookie" does not change in the plural.

/** Italian catalog: the UI texts. `itPolicyPage` adds the policy page's texts. */
export const it: Messages = {
  lang: 'it',
  dir: 'ltr',
  banner: {
    title: 'Cookie su questo sito',
    text: 'Utilizziamo cookie necessari per il funzionamento di questo sito. Con il tuo consenso, utilizziamo anche cookie per statistiche e pubblicità. Puoi modificare la tua scelta in qualsiasi momento da «Impostazioni cookie».',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
    policyLink: 'Informativa sui cookie',
    reasons: {
      'no-choice': '',
      'revision-changed': 'La nostra informativa sui cookie è cambiata dalla tua ultima scelta.',
      'policy-extended': 'Dalla tua ultima scelta abbiamo aggiunto nuovi utilizzi dei cookie.',
      expired: 'La tua ultima scelta è scaduta.',
    },
  },
  preferences: {
    title: 'Preferenze sui cookie',
    text: 'Scegli quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi, perché senza di essi il sito non può funzionare.',
    save: 'Salva le scelte',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    close: 'Chiudi',
    alwaysOn: 'Sempre attivi',
    showServices: 'Mostra i servizi ({count})',
    hideServices: 'Nascondi i servizi',
    cookies: 'Cookie',
    duration: 'Durata',
    session: 'Sessione',
    provider: 'Fornitore',
    party: { first: 'Prima parte', third: 'Terza parte' },
    saved: 'Le tue scelte sono state salvate.',
    exemptNotice: 'La misurazione anonima dell’audience è attiva senza consenso. Puoi disattivarla.',
    optOut: 'Misurazione anonima dell’audience',
  },
  signal: {
    honoured: 'Il tuo browser invia un segnale Global Privacy Control, quindi la pubblicità resta disattivata.',
    conflict: 'Hai scelto di consentire la pubblicità, ma il tuo browser chiede ai siti di non vendere né condividere i tuoi dati. Consentirla comunque?',
    confirm: 'Consenti comunque',
  },
  settingsButton: 'Impostazioni cookie',
  placeholder: {
    label: 'Contenuto bloccato: {service}',
    text: 'Questo contenuto di {provider} ({service}) è bloccato finché non lo consenti.',
    allow: 'Consenti {service}',
  },
  units: {
    second: { one: '{count}\u00a0secondo', many: '{count}\u00a0secondi', other: '{count}\u00a0secondi' },
    minute: { one: '{count}\u00a0minuto', many: '{count}\u00a0minuti', other: '{count}\u00a0minuti' },
    hour: { one: '{count}\u00a0ora', many: '{count}\u00a0ore', other: '{count}\u00a0ore' },
    day: { one: '{count}\u00a0giorno', many: '{count}\u00a0giorni', other: '{count}\u00a0giorni' },
    week: { one: '{count}\u00a0settimana', many: '{count}\u00a0settimane', other: '{count}\u00a0settimane' },
    month: { one: '{count}\u00a0mese', many: '{count}\u00a0mesi', other: '{count}\u00a0mesi' },
    year: { one: '{count}\u00a0anno', many: '{count}\u00a0anni', other: '{count}\u00a0anni' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const itRegimes: RegimeMessages = {
  optOutText: 'Usiamo cookie per statistiche e pubblicità. Può opporsi in qualsiasi momento alla vendita o alla condivisione delle sue informazioni personali.',
  noticeText: 'Usiamo cookie per statistiche e pubblicità. Può cambiare questa scelta in qualsiasi momento nelle impostazioni dei cookie.',
  optOut: 'Mi oppongo',
  acknowledge: 'OK',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  privacyChoices: 'Le tue scelte sulla privacy',
  limitSensitive: 'Limita l’uso delle mie informazioni personali sensibili',
  honoured: 'Richiesta di opposizione rispettata',
};
