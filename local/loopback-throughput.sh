#!/usr/bin/env bash
# Loopback HTTP throughput of GET /c/{campaignId} through the local stack, for docs/performance.md.
# Needs wrk and a built local/target/offerline-local.jar (./start-local builds it). Starts the stack
# on a free 127.0.0.1 port with its own moto_server, seeds one offer and one campaign through GraphQL,
# warms up, runs wrk for DURATION per connection count, and stops the stack.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
[ -d "$HOME/.pyenv/shims" ] && export PATH="$PATH:$HOME/.pyenv/shims"
LOG=$(mktemp)
OFFERLINE_PORT=0 java -XX:TieredStopAtLevel=1 -jar local/target/offerline-local.jar >"$LOG" 2>&1 &
STACK=$!
trap 'kill "$STACK" 2>/dev/null || true; wait "$STACK" 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 120); do grep -q 'Offerline ready on' "$LOG" && break; sleep 0.5; done
BASE=$(sed -nE 's#.*Offerline ready on (http://127\.0\.0\.1:[0-9]+).*#\1#p' "$LOG")
KEY=$(sed -nE 's/^API key: (.+)$/\1/p' "$LOG")
[ -n "$BASE" ] || { cat "$LOG"; exit 1; }

gql() { curl -s "$BASE/graphql" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d "$1"; }
id() { sed -E 's/.*"id":"([^"]+)".*/\1/'; }
WS=$(gql '{"query":"mutation { createWorkspace(input: {name: \"Bench\"}) { id } }"}' | id)
OFFER=$(gql '{"query":"mutation($ws: ID!) { createOffer(input: {workspaceId: $ws, name: \"Bench offer\", url: \"https://offer.example/land?click={cf_click_id}&campaign={campaign_id}\", payout: {mode: MANUAL, defaultValue: 2.50, currency: \"USD\"}}) { id } }","variables":{"ws":"'"$WS"'"}}' | id)
CAMPAIGN=$(gql '{"query":"mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: \"Bench\", paths: [{name: \"Main\", offers: [{offerId: $offer}]}]}) { id } }","variables":{"ws":"'"$WS"'","offer":"'"$OFFER"'"}}' | id)
URL="$BASE/c/$CAMPAIGN"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 302 ] || { echo "no redirect from $URL"; exit 1; }

echo "warm-up: 5s, 1 connection"
wrk -t1 -c1 -d5s "$URL" >/dev/null
for connections in 1 8; do
  echo "== GET /c/{id}: $connections connection(s), $DURATION"
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" --latency "$URL"
done
