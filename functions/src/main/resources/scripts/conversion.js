/* Offerline conversion: <script src="https://TRACKER/conversion.js?payout=9.99&txid=ORDER" async></script> on the thank-you page. */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const src = new URL(script.src);
  const base = src.origin + src.pathname.replace(/\/conversion\.js$/, '');
  const own = document.cookie.match(/(?:^|;\s*)ol_cid=([\w-]+)/);
  const clickId = src.searchParams.get('cid') || (own && own[1]);
  if (!clickId) return;
  const query = new URLSearchParams({ cid: clickId });
  for (const name of ['payout', 'txid', 'currency', 'ct', 'status']) {
    const value = src.searchParams.get(name);
    if (value) query.set(name, value);
  }
  // The postback answers any origin, so a 5xx (the tracker's failure) is seen and sent again, twice at most;
  // a repeat is never counted twice. keepalive lets it finish if the visitor leaves.
  const send = (left) => fetch(base + '/postback?' + query, { keepalive: true, credentials: 'omit' })
    .then((answer) => { if (answer.status >= 500) throw answer; })
    .catch(() => { if (left > 0) setTimeout(() => send(left - 1), 2000); });
  send(2);
})();
