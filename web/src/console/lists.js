import { useEffect, useState } from 'preact/hooks';
import { allPages, ApiError, gql } from './api.js';

/**
 * The ids and names of a workspace's offers, landers, traffic sources or affiliate networks
 * (`kind` is the query field), for the selects of a form; empty until loaded.
 */
export function useWorkspaceList(kind, workspaceId) {
  const [items, setItems] = useState([]);
  useEffect(() => {
    let current = true;
    const query = `query($ws: ID!, $after: String) { ${kind}(workspaceId: $ws, first: 100, after: $after) {
      edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
    allPages(query, { ws: workspaceId }, kind).then((loaded) => current && setItems(loaded), () => current && setItems([]));
    return () => { current = false; };
  }, [kind, workspaceId]);
  return items;
}

export function optionsOf(items) {
  return items.map((item) => [item.id, item.name]);
}

/**
 * Archives (or restores) every item in one request, one aliased mutation each; answers the
 * errors of those that failed (a CONFLICT for one changed meanwhile), or null.
 */
export async function archiveMany(mutation, items) {
  if (items.length === 0) {
    return null;
  }
  const fields = items.map((item, index) => `item${index}: ${mutation}(id: ${JSON.stringify(item.id)}, version: ${item.version}) { id }`);
  try {
    await gql(`mutation { ${fields.join(' ')} }`);
    return null;
  } catch (error) {
    return error instanceof ApiError ? error : new ApiError([{ message: error.message }]);
  }
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Values that are not numbers at all, which the API could not even read: [path, value] pairs. */
export function checkNumbers(pairs) {
  return pairs
    .filter(([, value]) => value !== '' && value !== null && value !== undefined && !NUMBER.test(String(value).trim()))
    .map(([path]) => ({ path, message: 'Enter a number, such as 2.50.' }));
}
