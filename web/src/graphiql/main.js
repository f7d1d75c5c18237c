import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import { apiUrl, storedKey } from '../console/endpoint.js';
// The schema as built, so that GraphiQL needs no introspection query (deeper than the API's
// depth limit of 12) for its documentation and completion.
import sdl from '../../../schema.graphqls?raw';

const PLACEHOLDER = '__API' + '_KEY__';

/** The key the local stack wrote into the page, else the console's signed-in key. */
function apiKey() {
  const written = document.querySelector('meta[name="offerline-authorization"]').content.replace(/^Bearer /, '');
  return written && written !== PLACEHOLDER ? written : storedKey();
}

async function start() {
  const key = apiKey();
  const url = await apiUrl('/graphql');
  createRoot(document.getElementById('graphiql')).render(
    createElement(GraphiQL, {
      fetcher: createGraphiQLFetcher({ url }),
      schema: buildSchema(sdl),
      defaultHeaders: JSON.stringify(key ? { Authorization: `Bearer ${key}` } : {}, null, 2),
      defaultQuery: '{\n  viewer { userId role account { name currency } }\n  workspaces { id name }\n  tokens { placeholder description }\n}\n',
    }));
}

start();
