/* Offerline direct tracking: <script src="https://TRACKER/dt.js?campaign=ID&lander=ID" async></script> */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const src = new URL(script.src);
  const base = src.origin + src.pathname.replace(/\/dt\.js$/, '');
  const cookie = document.cookie.match(/(?:^|;\s*)ol_cid=([\w-]+)/);
  // A visitor sent here by a redirect (the campaign URL, a lander's click) brings the click id in the page URL.
  const arrived = new URLSearchParams(location.search).get('cid');
  const own = /^[\w-]{22}$/.test(arrived || '') ? arrived : cookie && cookie[1];

  const remember = (clickId) => {
    document.cookie = 'ol_cid=' + clickId + '; path=/; max-age=3024000; SameSite=Lax'
      + (location.protocol === 'https:' ? '; Secure' : '');
  };
  const ready = (clickId) => {
    window.offerline = { tracking_params: { click_id: clickId } };
    const announce = () => {
      const click = base + '/click';
      for (const link of document.links) {
        if (link.href.startsWith(click) && /^($|[/?#])/.test(link.href.slice(click.length))) {
          const url = new URL(link.href);
          url.searchParams.set('cid', clickId);
          link.href = url.href;
        }
      }
      window.dispatchEvent(new CustomEvent('offerline:ready', { detail: window.offerline }));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce);
    else announce();
  };

  if (own) {
    if (own === arrived) remember(own);
    ready(own);
    return;
  }
  const get = (name) => src.searchParams.get(name);
  // A string body goes as text/plain: a "simple" request, so the browser sends no preflight.
  fetch(base + '/dt/visit', {
    method: 'POST',
    credentials: 'omit',
    body: JSON.stringify({
      campaign: get('campaign'), lander: get('lander'), offer: get('offer'),
      referrer: document.referrer, url: location.href,
    }),
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((visit) => {
      if (!visit) return;
      remember(visit.clickId);
      // The offer's cap is reached: the visit went to its fallback, where the visitor goes too.
      if (visit.redirectUrl) location.replace(visit.redirectUrl);
      else ready(visit.clickId);
    })
    .catch(() => {});
})();
