import type { ServiceTexts } from '../types';

/** hu: the service presets' function codes and notes. Awaiting native review. */
export const hu: ServiceTexts = {
  lang: 'hu',
  review: 'awaiting native review',
  functions: {
    analytics: 'Webanalitika',
    'tag-management': 'Címkekezelés',
    advertising: 'Hirdetés és konverziókövetés',
    'session-recording': 'Hőtérképek és munkamenet-felvételek',
    maps: 'Beágyazott térkép',
    video: 'Beágyazott videó',
    audio: 'Beágyazott hanglejátszó',
    'bot-protection': 'Védelem botok és kéretlen üzenetek ellen',
    chat: 'Élő csevegés és ügyfélszolgálat',
    payment: 'Fizetések feldolgozása',
    monitoring: 'Hibák és teljesítmény figyelése',
    'ab-testing': 'A/B tesztelés',
    comments: 'Hozzászólások',
    'social-embed': 'Beágyazott közösségimédia-bejegyzések',
    scheduling: 'Időpontfoglalás',
    forms: 'Űrlapok és felmérések',
    'customer-data': 'Ügyféladat-platform',
    'marketing-automation': 'Marketingautomatizálás és CRM',
  },
  notes: {
    basic: 'Google hozzájárulási mód, alap: a címke csak a hozzájárulás után töltődik be',
    advanced: 'Google hozzájárulási mód, speciális: a címke a hozzájárulás előtt, letiltott tárolással töltődik be, és cookie nélküli pingeket küld',
    cookieless: 'semmit sem tárol az eszközén',
    ungated: 'hozzájárulás nélkül fut egy kivétel alapján, amelyre ez a webhely hivatkozik',
  },
};
