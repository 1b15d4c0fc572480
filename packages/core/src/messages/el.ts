// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Greek typography: «…» quotes, ";" as the question mark; a no-break space (\u00a0) between a
// number and its unit. "Μπισκότα" for cookies keeps the catalog in Greek script.

/** Greek catalog: the UI texts. `elPolicyPage` adds the policy page's texts. */
export const el: Messages = {
  lang: 'el',
  dir: 'ltr',
  banner: {
    title: 'Μπισκότα σε αυτόν τον ιστότοπο',
    text: 'Χρησιμοποιούμε απαραίτητα μπισκότα για τη λειτουργία αυτού του ιστότοπου. Με τη συγκατάθεσή σας, χρησιμοποιούμε επίσης μπισκότα για στατιστικά και διαφήμιση. Μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή από τις «Ρυθμίσεις μπισκότων».',
    acceptAll: 'Αποδοχή όλων',
    rejectAll: 'Απόρριψη όλων',
    customize: 'Προσαρμογή',
    policyLink: 'Πολιτική για τα μπισκότα',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Η πολιτική μας για τα μπισκότα άλλαξε από την τελευταία σας επιλογή.',
      'policy-extended': 'Από την τελευταία σας επιλογή χρησιμοποιούμε μπισκότα και για νέους σκοπούς.',
      expired: 'Η τελευταία σας επιλογή έχει λήξει.',
    },
  },
  preferences: {
    title: 'Προτιμήσεις για τα μπισκότα',
    text: 'Επιλέξτε ποια μπισκότα μπορούμε να χρησιμοποιούμε. Τα απαραίτητα μπισκότα είναι πάντα ενεργά, γιατί ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά.',
    save: 'Αποθήκευση επιλογών',
    acceptAll: 'Αποδοχή όλων',
    rejectAll: 'Απόρριψη όλων',
    close: 'Κλείσιμο',
    alwaysOn: 'Πάντα ενεργά',
    showServices: 'Εμφάνιση υπηρεσιών ({count})',
    hideServices: 'Απόκρυψη υπηρεσιών',
    cookies: 'Μπισκότα',
    duration: 'Διάρκεια',
    session: 'Συνεδρία',
    provider: 'Πάροχος',
    party: { first: 'Πρώτο μέρος', third: 'Τρίτο μέρος' },
    saved: 'Οι επιλογές σας αποθηκεύτηκαν.',
    exemptNotice: 'Η ανώνυμη μέτρηση επισκεψιμότητας λειτουργεί χωρίς συγκατάθεση. Μπορείτε να την απενεργοποιήσετε.',
    optOut: 'Ανώνυμη μέτρηση επισκεψιμότητας',
  },
  signal: {
    honoured: 'Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, γι’ αυτό η διαφήμιση παραμένει απενεργοποιημένη.',
    conflict: 'Επιλέξατε να επιτρέψετε τη διαφήμιση, αλλά το πρόγραμμα περιήγησής σας ζητά από τους ιστότοπους να μην πωλούν ούτε να κοινοποιούν τα δεδομένα σας. Να επιτραπεί παρ’ όλα αυτά;',
    confirm: 'Να επιτραπεί παρ’ όλα αυτά',
  },
  settingsButton: 'Ρυθμίσεις μπισκότων',
  placeholder: {
    label: 'Αποκλεισμένο περιεχόμενο: {service}',
    text: 'Αυτό το περιεχόμενο ({service}, πάροχος {provider}) είναι αποκλεισμένο μέχρι να το επιτρέψετε.',
    allow: 'Ενεργοποίηση {service}',
  },
  units: {
    second: { one: '{count}\u00a0δευτερόλεπτο', other: '{count}\u00a0δευτερόλεπτα' },
    minute: { one: '{count}\u00a0λεπτό', other: '{count}\u00a0λεπτά' },
    hour: { one: '{count}\u00a0ώρα', other: '{count}\u00a0ώρες' },
    day: { one: '{count}\u00a0ημέρα', other: '{count}\u00a0ημέρες' },
    week: { one: '{count}\u00a0εβδομάδα', other: '{count}\u00a0εβδομάδες' },
    month: { one: '{count}\u00a0μήνας', other: '{count}\u00a0μήνες' },
    year: { one: '{count}\u00a0έτος', other: '{count}\u00a0έτη' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const elRegimes: RegimeMessages = {
  optOutText: 'Χρησιμοποιούμε cookies για στατιστικά και διαφήμιση. Μπορείτε ανά πάσα στιγμή να αρνηθείτε την πώληση ή την κοινοποίηση των προσωπικών σας πληροφοριών.',
  noticeText: 'Χρησιμοποιούμε cookies για στατιστικά και διαφήμιση. Μπορείτε να το αλλάξετε ανά πάσα στιγμή στις ρυθμίσεις cookies.',
  optOut: 'Άρνηση',
  acknowledge: 'OK',
  doNotSell: 'Μην πουλάτε και μην κοινοποιείτε τις προσωπικές μου πληροφορίες',
  privacyChoices: 'Οι επιλογές απορρήτου σας',
  limitSensitive: 'Περιορίστε τη χρήση των ευαίσθητων προσωπικών μου πληροφοριών',
  honoured: 'Το αίτημα άρνησης τηρήθηκε',
};
