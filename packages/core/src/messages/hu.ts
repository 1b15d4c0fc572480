// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
import type { Messages, RegimeMessages } from './types';

// Hungarian typography: „…” quotes; a no-break space (\u00a0) between a number and its unit.
// A noun after a number stays singular. Placeholders stand where no suffix is needed.

/** Hungarian catalog: the UI texts. `huPolicyPage` adds the policy page's texts. */
export const hu: Messages = {
  lang: 'hu',
  dir: 'ltr',
  banner: {
    title: 'Sütik ezen a webhelyen',
    text: 'A webhely működéséhez szükséges sütiket használunk. Az Ön hozzájárulásával statisztikai és hirdetési célú sütiket is használunk. Döntését bármikor módosíthatja a „Sütibeállítások” menüpontban.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customize: 'Testreszabás',
    policyLink: 'Sütikezelési tájékoztató',
    reasons: {
      'no-choice': '',
      'revision-changed': 'Sütikezelési tájékoztatónk megváltozott az Ön legutóbbi döntése óta.',
      'policy-extended': 'Legutóbbi döntése óta új célokra is használunk sütiket.',
      expired: 'Legutóbbi döntése lejárt.',
    },
  },
  preferences: {
    title: 'Sütibeállítások',
    text: 'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik.',
    save: 'Választás mentése',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    close: 'Bezárás',
    alwaysOn: 'Mindig bekapcsolva',
    showServices: 'Szolgáltatások megjelenítése ({count})',
    hideServices: 'Szolgáltatások elrejtése',
    cookies: 'Sütik',
    duration: 'Időtartam',
    session: 'Munkamenet',
    provider: 'Szolgáltató',
    party: { first: 'Első fél', third: 'Harmadik fél' },
    saved: 'Döntését elmentettük.',
    exemptNotice: 'A névtelen látogatottságmérés hozzájárulás nélkül működik. Ön kikapcsolhatja.',
    optOut: 'Névtelen látogatottságmérés',
  },
  signal: {
    honoured: 'Böngészője Global Privacy Control jelzést küld, ezért a hirdetések kikapcsolva maradnak.',
    conflict: 'Ön engedélyezte a hirdetéseket, de böngészője arra kéri a webhelyeket, hogy ne adják el és ne osszák meg az adatait. Mégis engedélyezi őket?',
    confirm: 'Mégis engedélyezem',
  },
  settingsButton: 'Sütibeállítások',
  placeholder: {
    label: 'Letiltott tartalom: {service}',
    text: 'Ez a tartalom ({service}, szolgáltató: {provider}) le van tiltva, amíg nem engedélyezi.',
    allow: '{service} engedélyezése',
  },
  units: {
    second: { one: '{count}\u00a0másodperc', other: '{count}\u00a0másodperc' },
    minute: { one: '{count}\u00a0perc', other: '{count}\u00a0perc' },
    hour: { one: '{count}\u00a0óra', other: '{count}\u00a0óra' },
    day: { one: '{count}\u00a0nap', other: '{count}\u00a0nap' },
    week: { one: '{count}\u00a0hét', other: '{count}\u00a0hét' },
    month: { one: '{count}\u00a0hónap', other: '{count}\u00a0hónap' },
    year: { one: '{count}\u00a0év', other: '{count}\u00a0év' },
  },
};

/**
 * This language's texts of the opt-out and notice layouts and of the opt-out links (C25), kept out
 * of the UI catalog so that opt-in-only sites do not download them: add them as `regimes` when the
 * policy has `regions`, e.g. `{ ...de, regimes: deRegimes }`.
 */
export const huRegimes: RegimeMessages = {
  optOutText: 'Sütiket használunk statisztikához és hirdetésekhez. Személyes adatai eladását vagy megosztását bármikor megtilthatja.',
  noticeText: 'Sütiket használunk statisztikához és hirdetésekhez. Ezt bármikor módosíthatja a sütibeállításokban.',
  optOut: 'Megtiltom',
  acknowledge: 'OK',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  privacyChoices: 'Adatvédelmi beállításai',
  limitSensitive: 'Érzékeny személyes adataim felhasználásának korlátozása',
  honoured: 'A tiltási kérelmet teljesítettük',
};
