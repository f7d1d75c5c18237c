/* Offerline direct tracking: <script src="https://TRACKER/dt.js?campaign=ID&lander=ID" async></script> */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const src = new URL(script.src);
  const base = src.origin + src.pathname.replace(/\/dt\.js$/, '');
  const own = document.cookie.match(/(?:^|;\s*)ol_cid=([\w-]+)/);

  const rewriteLinks = (clickId) => {
    const click = base + '/click';
    for (const link of document.links) {
      if (link.href.startsWith(click) && /^($|[/?#])/.test(link.href.slice(click.length))) {
        const url = new URL(link.href);
        url.searchParams.set('cid', clickId);
        link.href = url.href;
      }
    }
  };

  const ready = (clickId) => {
    window.offerline = { tracking_params: { click_id: clickId } };
    const announce = () => {
      rewriteLinks(clickId);
      window.dispatchEvent(new CustomEvent('offerline:ready', { detail: window.offerline }));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce);
    else announce();
  };

  if (own) {
    ready(own[1]);
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
      document.cookie = 'ol_cid=' + visit.clickId + '; path=/; max-age=3024000; SameSite=Lax'
        + (location.protocol === 'https:' ? '; Secure' : '');
      ready(visit.clickId);
    })
    .catch(() => {});
})();
