/* Offerline conversion: <script src="https://TRACKER/conversion.js?payout=9.99&txid=ORDER" async></script> on the thank-you page. */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const src = new URL(script.src);
  const base = src.origin + src.pathname.replace(/\/conversion\.js$/, '');
  const own = document.cookie.match(/(?:^|;\s*)ol_cid=([\w-]+)/);
  // The script's own cid, else the page URL's (an offer URL with ?cid={cf_click_id}), else the cookie dt.js set here.
  const clickId = [src.searchParams.get('cid'), new URLSearchParams(location.search).get('cid'), own && own[1]]
    .find((candidate) => candidate && /^[\w-]{22}$/.test(candidate));
  const query = new URLSearchParams(clickId ? { cid: clickId } : {});
  for (const name of ['payout', 'txid', 'currency', 'ct', 'status']) {
    const value = src.searchParams.get(name);
    if (value) query.set(name, value);
  }
  // Without a click id on the page, the pixel with credentials: the tracker's own cookie from the visit comes along
  // where the browser sends third-party cookies. Both answer this origin, so a 5xx (the tracker's failure) is seen
  // and sent again, twice at most; a repeat is never counted twice. keepalive lets it finish if the visitor leaves.
  const url = base + (clickId ? '/postback?' : '/pixel.gif?') + query;
  const send = (left) => fetch(url, { keepalive: true, credentials: clickId ? 'omit' : 'include' })
    .then((answer) => { if (answer.status >= 500) throw answer; })
    .catch(() => { if (left > 0) setTimeout(() => send(left - 1), 2000); });
  send(2);
})();
