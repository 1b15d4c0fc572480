// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import { pl } from './pl';
import { withPolicyPage } from './page-catalog';

/** Polish UI catalog plus the policy page's texts, for `@cookiekit/core/page`. */
export const plPolicyPage = /* @__PURE__ */ withPolicyPage(pl, {
  title: 'Polityka plików cookie',
  intro: 'Aby świadczyć usługi na jak najwyższym poziomie, używamy plików cookie, które zapewniają prawidłowe działanie strony, a za Twoją zgodą także do innych celów opisanych poniżej.',
  whatIsTitle: 'Czym jest plik cookie?',
  whatIs: 'Plik cookie to zwykle niewielka porcja danych opatrzona nazwą, którą odwiedzana strona może wysłać do Twojej przeglądarki. Przeglądarka przechowuje ją przez określony czas i odsyła do serwera strony przy każdej kolejnej wizycie.',
  kindsTitle: 'Istnieje kilka rodzajów plików cookie:',
  kinds: {
    necessary: '„Niezbędne” wewnętrzne pliki cookie pozwalają zachować informacje między dwiema wizytami na tej samej stronie z tego samego urządzenia. Mogą przechowywać koszyk, dane logowania lub ustawienia interfejsu. Nie wymagają Twojej zgody.',
    statistics: '„Statystyczne” pliki cookie pozwalają śledzić działania internauty na stronie. Gdy statystyki są zanonimizowane (nie da się ich powiązać z konkretną osobą), zgoda użytkownika nie jest wymagana.',
    firstParty: '„Wewnętrzne”, czyli „własne” pliki cookie zapisuje odwiedzana strona. Mogą być zapisywane obok niezbędnych plików cookie i służyć do zbierania danych osobowych, śledzenia zachowań użytkowników oraz do celów reklamowych.',
    thirdParty: 'Pliki cookie „podmiotów zewnętrznych” zapisuje na tej stronie inna witryna (lub ktoś w jej imieniu), często agencja reklamowa. Dzięki temu tamta witryna może zobaczyć, które podstrony tu odwiedzono, i zbierać informacje o Tobie.',
  },
  usedOn: 'Jakie pliki cookie są używane na {site}',
  provider: 'Nazwa dostawcy usługi',
  function: 'Funkcja i lokalizacja',
  cookieNames: 'Nazwy plików cookie',
  purposes: 'Cele',
  duration: 'Okres przechowywania',
  party: 'Zapisywane przez',
  thirdPartyPrivacy: 'Polityka prywatności',
  changeSettings: 'Zmień ustawienia plików cookie',
  session: 'Sesja',
  thisSite: 'tej stronie',
  firstParty: 'Ta strona (pliki własne)',
  thirdParty: '{name} (podmiot zewnętrzny)',
  localStorage: 'pamięć lokalna',
  sessionStorage: 'pamięć sesji',
  indexedDB: 'baza danych IndexedDB',
  cacheStorage: 'pamięć podręczna (Cache Storage)',
  serviceWorker: 'skrypt service worker',
  pattern: 'wyrażenie regularne',
  exempt: 'Anonimowy pomiar oglądalności, stosowany bez zgody. Dane są przechowywane nie dłużej niż {retention}. Możesz go wyłączyć w ustawieniach plików cookie.',
  durationOf: '{name}: {duration}',
  none: 'W tej kategorii nie są używane żadne pliki cookie.',
});
