import type { ServiceTexts } from '../types';

/** ro: the service presets' function codes and notes. Awaiting native review. */
export const ro: ServiceTexts = {
  lang: 'ro',
  review: 'awaiting native review',
  functions: {
    analytics: 'Analiză web',
    'tag-management': 'Gestionarea etichetelor',
    advertising: 'Publicitate și urmărirea conversiilor',
    'session-recording': 'Hărți termice și înregistrări ale sesiunilor',
    maps: 'Hartă încorporată',
    video: 'Videoclip încorporat',
    audio: 'Player audio încorporat',
    'bot-protection': 'Protecție împotriva boților și a spamului',
    chat: 'Chat live și asistență pentru clienți',
    payment: 'Procesarea plăților',
    monitoring: 'Monitorizarea erorilor și a performanței',
    'ab-testing': 'Testare A/B',
    comments: 'Comentarii',
    'social-embed': 'Postări încorporate din rețelele sociale',
    scheduling: 'Programarea întâlnirilor',
    forms: 'Formulare și sondaje',
    'customer-data': 'Platformă de date despre clienți',
    'marketing-automation': 'Automatizarea marketingului și CRM',
  },
  notes: {
    basic: 'Modul de consimțământ Google, de bază: eticheta se încarcă numai după consimțământ',
    advanced: 'Modul de consimțământ Google, avansat: eticheta se încarcă înainte de consimțământ, cu stocarea refuzată, și trimite pinguri fără cookie-uri',
    cookieless: 'nu stochează nimic pe dispozitivul dvs.',
    ungated: 'funcționează fără consimțământ în temeiul unei excepții invocate de acest site',
  },
};
