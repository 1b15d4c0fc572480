import type { ServiceTexts } from '../types';

/** el: the service presets' function codes and notes. Awaiting native review. */
export const el: ServiceTexts = {
  lang: 'el',
  review: 'awaiting native review',
  functions: {
    analytics: 'Ανάλυση ιστού',
    'tag-management': 'Διαχείριση ετικετών',
    advertising: 'Διαφήμιση και παρακολούθηση μετατροπών',
    'session-recording': 'Χάρτες θερμότητας και καταγραφές περιόδων σύνδεσης',
    maps: 'Ενσωματωμένος χάρτης',
    video: 'Ενσωματωμένο βίντεο',
    audio: 'Ενσωματωμένο πρόγραμμα αναπαραγωγής ήχου',
    'bot-protection': 'Προστασία από bots και ανεπιθύμητα μηνύματα',
    chat: 'Ζωντανή συνομιλία και εξυπηρέτηση πελατών',
    payment: 'Επεξεργασία πληρωμών',
    monitoring: 'Παρακολούθηση σφαλμάτων και επιδόσεων',
    'ab-testing': 'Δοκιμές A/B',
    comments: 'Σχόλια',
    'social-embed': 'Ενσωματωμένες αναρτήσεις μέσων κοινωνικής δικτύωσης',
    scheduling: 'Κράτηση ραντεβού',
    forms: 'Φόρμες και έρευνες',
    'customer-data': 'Πλατφόρμα δεδομένων πελατών',
    'marketing-automation': 'Αυτοματοποίηση μάρκετινγκ και CRM',
  },
  notes: {
    basic: 'Λειτουργία συναίνεσης Google, βασική: η ετικέτα φορτώνεται μόνο μετά τη συναίνεση',
    advanced: 'Λειτουργία συναίνεσης Google, προηγμένη: η ετικέτα φορτώνεται πριν από τη συναίνεση με άρνηση αποθήκευσης και στέλνει σήματα χωρίς cookies',
    cookieless: 'δεν αποθηκεύει τίποτα στη συσκευή σας',
    ungated: 'λειτουργεί χωρίς συναίνεση βάσει εξαίρεσης που επικαλείται αυτός ο ιστότοπος',
  },
};
