import type { ServiceTexts } from '../types';

/** hi: the service presets' function codes and notes. Awaiting native review. */
export const hi: ServiceTexts = {
  lang: 'hi',
  review: 'awaiting native review',
  functions: {
    analytics: 'वेब एनालिटिक्स',
    'tag-management': 'टैग प्रबंधन',
    advertising: 'विज्ञापन और कन्वर्ज़न ट्रैकिंग',
    'session-recording': 'हीटमैप और सत्र रिकॉर्डिंग',
    maps: 'एम्बेड किया गया मानचित्र',
    video: 'एम्बेड किया गया वीडियो',
    audio: 'एम्बेड किया गया ऑडियो प्लेयर',
    'bot-protection': 'बॉट और स्पैम से सुरक्षा',
    chat: 'लाइव चैट और ग्राहक सहायता',
    payment: 'भुगतान प्रसंस्करण',
    monitoring: 'त्रुटि और प्रदर्शन निगरानी',
    'ab-testing': 'A/B परीक्षण',
    comments: 'टिप्पणियाँ',
    'social-embed': 'एम्बेड की गई सोशल मीडिया पोस्ट',
    scheduling: 'अपॉइंटमेंट बुकिंग',
    forms: 'फ़ॉर्म और सर्वेक्षण',
    'customer-data': 'ग्राहक डेटा प्लेटफ़ॉर्म',
    'marketing-automation': 'मार्केटिंग ऑटोमेशन और CRM',
  },
  notes: {
    basic: 'Google सहमति मोड (बुनियादी): टैग केवल सहमति के बाद लोड होता है',
    advanced: 'Google सहमति मोड (उन्नत): टैग सहमति से पहले, भंडारण अस्वीकृत रखकर लोड होता है और कुकी-रहित पिंग भेजता है',
    cookieless: 'आपके डिवाइस पर कुछ भी संग्रहीत नहीं करता',
    ungated: 'इस साइट द्वारा आधारित एक छूट के तहत सहमति के बिना चलता है',
  },
};
