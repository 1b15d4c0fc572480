// (a) klaro's consent manager without UI classes (`klaro/dist/cm`, as its README's npm section
// shows): the site's services, consent read and written by the page's own buttons.
import cm from 'klaro/dist/cm';

// The UMD build exposes the class either as the module or as its default export.
const ConsentManager = cm.default ?? cm;
const manager = new ConsentManager({
  storageMethod: 'cookie',
  cookieName: 'klaro',
  services: [
    { name: 'matomo', purposes: ['statistics'], cookies: [/^_pk_id/, /^_pk_ses/] },
    { name: 'youtube', purposes: ['marketing'], cookies: ['VISITOR_INFO1_LIVE', 'YSC'] },
  ],
});
manager.watch({
  update: () => {
    if (manager.getConsent('matomo')) document.body.append(Object.assign(document.createElement('script'), { src: '/matomo.js' }));
  },
});
const choose = (value) => () => {
  manager.changeAll(value);
  manager.saveAndApplyConsents();
};
document.getElementById('accept')?.addEventListener('click', choose(true));
document.getElementById('reject')?.addEventListener('click', choose(false));
