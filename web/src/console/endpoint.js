// Where the API is, and the signed-in key. A deployed console finds the API's URL in a
// config.json beside index.html ({"apiUrl": "https://api.example.com"}); without one the API is
// on the console's own origin, as on the local stack.

const KEY = 'offerline.apiKey';
let base;

function apiBase() {
  base ??= fetch(new URL('config.json', document.baseURI), { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : {}))
    .then((config) => (config.apiUrl || '').replace(/\/+$/, ''))
    .catch(() => '');
  return base;
}

/** The absolute or same-origin URL of an API path such as /graphql. */
export async function apiUrl(path) {
  return (await apiBase()) + path;
}

export function storedKey() {
  return sessionStorage.getItem(KEY) || '';
}

export function storeKey(key) {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey() {
  sessionStorage.removeItem(KEY);
}
