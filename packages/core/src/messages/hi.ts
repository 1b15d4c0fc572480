// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Hindi: the danda (।) ends a sentence; `one` covers 0 and 1 (`Intl.PluralRules`).

/** Hindi catalog: import it from `@cookiekit/core/locales/hi`. */
export const hi: Messages = {
  lang: 'hi',
  dir: 'ltr',
  banner: {
    title: 'इस साइट पर कुकी',
    text: 'हम इस साइट को चलाने के लिए ज़रूरी कुकी का इस्तेमाल करते हैं। आपकी सहमति से हम आँकड़ों और विज्ञापन के लिए भी कुकी का इस्तेमाल करते हैं। आप “कुकी सेटिंग” में जाकर कभी भी अपनी पसंद बदल सकते हैं।',
    acceptAll: 'सभी स्वीकार करें',
    rejectAll: 'सभी अस्वीकार करें',
    customize: 'कस्टमाइज़ करें',
    policyLink: 'कुकी नीति',
    reasons: {
      'no-choice': '',
      'revision-changed': 'आपकी पिछली पसंद के बाद से हमारी कुकी नीति बदल गई है।',
      'policy-extended': 'आपकी पिछली पसंद के बाद से हमने कुकी के नए उपयोग जोड़े हैं।',
      expired: 'आपकी पिछली पसंद की अवधि समाप्त हो गई है।',
    },
  },
  preferences: {
    title: 'कुकी प्राथमिकताएँ',
    text: 'चुनें कि हम कौन-सी कुकी इस्तेमाल कर सकते हैं। ज़रूरी कुकी हमेशा चालू रहती हैं: इनके बिना साइट काम नहीं कर सकती।',
    save: 'पसंद सहेजें',
    acceptAll: 'सभी स्वीकार करें',
    rejectAll: 'सभी अस्वीकार करें',
    close: 'बंद करें',
    alwaysOn: 'हमेशा चालू',
    showServices: 'सेवाएँ दिखाएँ ({count})',
    hideServices: 'सेवाएँ छिपाएँ',
    cookies: 'कुकी',
    duration: 'अवधि',
    session: 'सत्र',
    provider: 'प्रदाता',
    party: { first: 'प्रथम पक्ष', third: 'तृतीय पक्ष' },
    saved: 'आपकी पसंद सहेज ली गई है।',
    exemptNotice: 'गुमनाम विज़िटर गणना बिना सहमति के चलती है; आप इसे बंद कर सकते हैं।',
    optOut: 'गुमनाम विज़िटर गणना',
  },
  signal: {
    honoured: 'आपका ब्राउज़र GPC सिग्नल भेजता है, इसलिए विज्ञापन बंद रहते हैं।',
    conflict: 'आपने विज्ञापन की अनुमति देना चुना है, लेकिन आपका ब्राउज़र साइटों से आपका डेटा न बेचने और साझा न करने के लिए कहता है। फिर भी अनुमति दें?',
    confirm: 'फिर भी अनुमति दें',
  },
  settingsButton: 'कुकी सेटिंग',
  placeholder: {
    label: 'ब्लॉक की गई सामग्री: {service}',
    text: '{provider} ({service}) की यह सामग्री तब तक ब्लॉक रहेगी, जब तक आप इसकी अनुमति नहीं देते।',
    allow: '{service} की अनुमति दें',
  },
  units: {
    second: { one: '{count} सेकंड', other: '{count} सेकंड' },
    minute: { one: '{count} मिनट', other: '{count} मिनट' },
    hour: { one: '{count} घंटा', other: '{count} घंटे' },
    day: { one: '{count} दिन', other: '{count} दिन' },
    week: { one: '{count} सप्ताह', other: '{count} सप्ताह' },
    month: { one: '{count} महीना', other: '{count} महीने' },
    year: { one: '{count} साल', other: '{count} साल' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const hiRegimes: RegimeMessages = {
  optOutText: 'हम आँकड़ों और विज्ञापन के लिए कुकीज़ का उपयोग करते हैं। आप किसी भी समय अपनी व्यक्तिगत जानकारी की बिक्री या साझाकरण से इनकार कर सकते हैं।',
  noticeText: 'हम आँकड़ों और विज्ञापन के लिए कुकीज़ का उपयोग करते हैं। आप इसे कुकी सेटिंग्स में कभी भी बदल सकते हैं।',
  optOut: 'इनकार करें',
  acknowledge: 'ठीक है',
  doNotSell: 'मेरी व्यक्तिगत जानकारी न बेचें और न साझा करें',
  privacyChoices: 'आपकी गोपनीयता के विकल्प',
  limitSensitive: 'मेरी संवेदनशील व्यक्तिगत जानकारी का उपयोग सीमित करें',
  honoured: 'इनकार का अनुरोध माना गया',
};
