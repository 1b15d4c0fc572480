import type { ServiceTexts } from '../types';

/** is: the service presets' function codes and notes. Awaiting native review. */
export const is: ServiceTexts = {
  lang: 'is',
  review: 'awaiting native review',
  functions: {
    analytics: 'Vefgreining',
    'tag-management': 'Umsjón með merkjum',
    advertising: 'Auglýsingar og viðskiptarakning',
    'session-recording': 'Hitakort og upptökur lota',
    maps: 'Innfellt kort',
    video: 'Innfellt myndskeið',
    audio: 'Innfelldur hljóðspilari',
    'bot-protection': 'Vörn gegn vélmennum og ruslpósti',
    chat: 'Netspjall og þjónusta við viðskiptavini',
    payment: 'Greiðsluvinnsla',
    monitoring: 'Vöktun villna og afkasta',
    'ab-testing': 'A/B-prófanir',
    comments: 'Athugasemdir',
    'social-embed': 'Innfelldar færslur af samfélagsmiðlum',
    scheduling: 'Tímabókanir',
    forms: 'Eyðublöð og kannanir',
    'customer-data': 'Vettvangur viðskiptavinagagna',
    'marketing-automation': 'Sjálfvirk markaðssetning og CRM',
  },
  notes: {
    basic: 'Samþykkisstilling Google, grunnstilling: merkið hleðst aðeins inn eftir samþykki',
    advanced: 'Samþykkisstilling Google, ítarleg: merkið hleðst inn fyrir samþykki með geymslu hafnað og sendir merki án vafrakaka',
    cookieless: 'geymir ekkert í tækinu þínu',
    ungated: 'keyrir án samþykkis á grundvelli undanþágu sem þessi vefur byggir á',
  },
};
