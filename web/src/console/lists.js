import { useEffect, useState } from 'preact/hooks';
import { allPages, ApiError, gql } from './api.js';
import { useLoad } from './ui.jsx';

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

/** A log read page by page: "Show more" appends the next page. */
export function usePages(query, variables, field) {
  const [pages, setPages] = useState([null]);
  const key = JSON.stringify(variables);
  const state = useLoad(async () => {
    const items = [];
    let info = null;
    for (const after of pages) {
      const page = (await gql(query, { ...variables, after }))[field];
      items.push(...page.edges.map((edge) => edge.node));
      info = page.pageInfo;
    }
    return { items, info };
  }, [key, pages.length]);
  const more = () => setPages([...pages, state.data.info.endCursor]);
  return { state, more, reset: () => setPages([null]) };
}

