// Awaiting native review: corrections welcome (see packages/core/LOCALES.md).
// French typography: a no-break space (\u00a0) before ":" and inside « », a narrow no-break
// space (\u202f) before "?", "!" and ";", so a line never starts with the sign.
import { fr } from './fr';
import { withPolicyPage } from './page-catalog';

/** French UI catalog plus the policy page's texts, for `@cookiekit/core/page`. */
export const frPolicyPage = /* @__PURE__ */ withPolicyPage(fr, {
  title: 'Politique relative aux cookies',
  intro: 'Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site et, avec votre accord, pour les autres finalités décrites ci-dessous.',
  whatIsTitle: 'Qu’est-ce qu’un cookie\u202f?',
  whatIs: 'Un cookie est une petite donnée, identifiée par un nom, qu’un site que vous visitez peut envoyer à votre navigateur. Votre navigateur la conserve pendant une certaine durée et la renvoie au serveur du site à chacune de vos visites.',
  kindsTitle: 'Il existe plusieurs types de cookies\u00a0:',
  kinds: {
    necessary: 'Les cookies internes «\u00a0nécessaires\u00a0» permettent de conserver des informations entre deux visites d’un même site depuis un même appareil. Ils peuvent enregistrer un panier, des informations de connexion ou des préférences d’affichage. Ils ne nécessitent pas votre consentement.',
    statistics: 'Les cookies «\u00a0statistiques\u00a0» permettent de suivre les actions d’un internaute sur un site. Lorsque les statistiques sont anonymisées (c’est-à-dire qu’elles ne permettent pas de remonter jusqu’à une personne), le consentement n’est pas requis.',
    firstParty: 'Les cookies «\u00a0internes\u00a0» ou «\u00a0propriétaires\u00a0» sont déposés par le site visité. Ils peuvent s’ajouter aux cookies nécessaires et servir à collecter des données personnelles, à suivre le comportement des utilisateurs ou à des fins publicitaires.',
    thirdParty: 'Les cookies «\u00a0tiers\u00a0» sont déposés sur ce site par (ou pour) un autre site, souvent une régie publicitaire. Cet autre site peut ainsi savoir quelles pages vous avez consultées ici et collecter des informations vous concernant.',
  },
  usedOn: 'Les cookies utilisés sur {site}',
  provider: 'Nom du fournisseur de service',
  function: 'Fonction et emplacement',
  cookieNames: 'Nom(s) du cookie',
  purposes: 'Finalités',
  duration: 'Durée de conservation',
  party: 'Déposé par',
  thirdPartyPrivacy: 'Politique de confidentialité',
  changeSettings: 'Modifier vos paramètres de cookies',
  session: 'Session',
  thisSite: 'ce site',
  firstParty: 'Ce site (cookie interne)',
  thirdParty: '{name} (cookie tiers)',
  localStorage: 'stockage local',
  sessionStorage: 'stockage de session',
  indexedDB: 'base de données IndexedDB',
  cacheStorage: 'stockage en cache (Cache Storage)',
  serviceWorker: 'script service worker',
  pattern: 'expression régulière',
  exempt: 'Mesure d’audience anonyme, utilisée sans consentement. Les données sont conservées {retention} au maximum. Vous pouvez la désactiver dans les paramètres des cookies.',
  durationOf: '{name}\u00a0: {duration}',
  none: 'Aucun cookie n’est utilisé dans cette catégorie.',
});
