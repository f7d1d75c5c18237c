import { apiUrl, storedKey } from './endpoint.js';

/** A GraphQL answer with errors; each error carries the input path it is about (or ''). */
export class ApiError extends Error {
  constructor(errors, status) {
    super(errors.map((error) => error.message).join(' '));
    this.status = status;
    this.errors = errors.map((error) => ({ message: sentence(error), code: error.extensions?.code, path: fieldPath(error) }));
  }

  get unauthorized() {
    return this.status === 401;
  }
}

/**
 * The input field an error names, relative to the input object: "payout.geo.0.value" for
 * extensions.field "input.payout.geo[0].value" (or a path list in extensions.path).
 */
export function fieldPath(error) {
  const extensions = error.extensions || {};
  const raw = Array.isArray(extensions.path) ? extensions.path.join('.') : extensions.field || '';
  return String(raw).replace(/\[(\w+)\]/g, '.$1').replace(/^input\.?/, '');
}

/** The message without the field it starts with ("input.url: URL must…"): it is shown at the field. */
function sentence(error) {
  const field = error.extensions?.field;
  return field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
}

/** The query's data; an ApiError for any error, so that nothing is shown half-loaded. */
export async function gql(query, variables = {}) {
  const response = await fetch(await apiUrl('/graphql'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${storedKey()}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `The API answered ${response.status}.` }] }));
  if (response.status === 401) {
    throw new ApiError([{ message: 'This API key is not valid (any more).' }], 401);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors, response.status);
  }
  return body.data;
}

/** An authorised GET of an export, saved by the browser as a file. */
export async function download(path, filename) {
  const response = await fetch(await apiUrl(path), { headers: { Authorization: `Bearer ${storedKey()}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({ errors: [{ message: `The export answered ${response.status}.` }] }));
    throw new ApiError(body.errors || [], response.status);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Every page of a connection, up to `limit` items: lists sort and page what they hold. */
export async function allPages(query, variables, field, limit = 1000) {
  const items = [];
  let after = null;
  do {
    const page = (await gql(query, { ...variables, after }))[field];
    items.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && items.length < limit);
  return items;
}
