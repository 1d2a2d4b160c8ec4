#!/usr/bin/env bash
# Start a local PostgreSQL server for Tandem's tests and print its URL.
#
#   export TANDEM_TEST_DATABASE_URL="$(bash scripts/pg-start.sh)"
#
# - installs Debian's `postgresql` with apt-get when the server is missing,
# - picks the installed cluster (creating `<newest version>/main` when there is none),
# - starts it (pg_ctlcluster drops root privileges to the cluster owner itself),
# - waits until it accepts connections on 127.0.0.1,
# - creates or updates the login role `tandem` / password `tandem` with CREATEDB,
# - prints `postgres://tandem:tandem@127.0.0.1:<port>/postgres` on stdout (the only line on stdout;
#   everything else goes to stderr).
#
# Idempotent: running it again against a running cluster only re-checks the role.
# Env: TANDEM_PG_USER, TANDEM_PG_PASSWORD (default tandem/tandem). With CI=true the throwaway
# cluster is also tuned for speed (fsync, synchronous_commit and full_page_writes off).
set -euo pipefail

PG_USER="${TANDEM_PG_USER:-tandem}"
PG_PASSWORD="${TANDEM_PG_PASSWORD:-tandem}"

log() { printf 'pg-start: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ ! "$PG_USER" =~ ^[a-z_][a-z0-9_]*$ ]]; then die "TANDEM_PG_USER must be a plain lower-case identifier"; fi
if [[ "$PG_PASSWORD" == *"'"* ]]; then die "TANDEM_PG_PASSWORD must not contain a single quote"; fi

SUDO=()
if [[ "$(id -u)" != 0 ]]; then
  command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install or start PostgreSQL"
  SUDO=(sudo)
fi

# Run a command as the postgres OS user (peer authentication over the Unix socket).
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then
    (cd / && "$@")
  elif [[ "$(id -u)" == 0 ]] && command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  elif [[ "$(id -u)" == 0 ]]; then
    local cmd
    printf -v cmd '%q ' "$@"
    (cd / && su postgres -s /bin/sh -c "$cmd")
  else
    (cd / && sudo -u postgres -- "$@")
  fi
}

server_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || return 1
}

if ! server_installed; then
  log "PostgreSQL server not found; installing Debian package 'postgresql'"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >&2
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
  server_installed || die "postgresql installed, but no server binary under /usr/lib/postgresql/*/bin"
fi

# pg_lsclusters columns: Ver Cluster Port Status Owner DataDir LogFile
list_clusters() { pg_lsclusters --no-header 2>/dev/null || true; }

pick_cluster() {
  local lines
  lines="$(list_clusters)"
  [[ -n "$lines" ]] || return 1
  # Prefer one that is already online, then the newest version's "main", then the newest.
  local pick
  pick="$(awk '$4 ~ /^online/ {print $1, $2, $3; exit}' <<<"$lines")"
  if [[ -z "$pick" ]]; then
    pick="$(sort -k1,1 -V -r <<<"$lines" | awk '$2 == "main" {print $1, $2, $3; exit}')"
  fi
  if [[ -z "$pick" ]]; then
    pick="$(sort -k1,1 -V -r <<<"$lines" | awk '{print $1, $2, $3; exit}')"
  fi
  [[ -n "$pick" ]] || return 1
  echo "$pick"
}

if ! CLUSTER="$(pick_cluster)"; then
  VERSION="$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' | awk -F/ '{print $5}' | sort -V | tail -n1)"
  [[ -n "$VERSION" ]] || die "cannot determine the installed PostgreSQL version"
  log "no cluster found; creating $VERSION/main"
  "${SUDO[@]}" pg_createcluster "$VERSION" main >&2
  CLUSTER="$(pick_cluster)" || die "pg_createcluster did not create a cluster"
fi
read -r VERSION NAME PORT <<<"$CLUSTER"

cluster_status() { list_clusters | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n {print $4}'; }

if [[ "$(cluster_status)" != online* ]]; then
  log "starting cluster $VERSION/$NAME on port $PORT"
  # The socket directory lives on tmpfs on some machines and may be gone after a reboot.
  "${SUDO[@]}" install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  if ! "${SUDO[@]}" pg_ctlcluster "$VERSION" "$NAME" start >&2; then
    log "pg_ctlcluster start failed; last lines of the server log:"
    LOGFILE="$(list_clusters | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n {print $7}')"
    [[ -n "$LOGFILE" && -r "$LOGFILE" ]] && tail -n 30 "$LOGFILE" >&2
    exit 1
  fi
else
  log "cluster $VERSION/$NAME already running on port $PORT"
fi

# Wait until the server accepts TCP connections.
for _ in $(seq 1 120); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || die "server $VERSION/$NAME did not become ready on 127.0.0.1:$PORT within 60 s"

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@"; }

psql_admin >&2 <<SQL
DO \$\$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER}') THEN
    ALTER ROLE "${PG_USER}" WITH LOGIN CREATEDB PASSWORD '${PG_PASSWORD}';
  ELSE
    CREATE ROLE "${PG_USER}" WITH LOGIN CREATEDB PASSWORD '${PG_PASSWORD}';
  END IF;
END
\$\$;
SQL

if [[ "${CI:-}" == true || "${CI:-}" == 1 ]]; then
  # A throwaway CI cluster: durability buys nothing, speed does. These need only a reload.
  psql_admin >&2 <<SQL
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET full_page_writes = off;
SELECT pg_reload_conf() \\g /dev/null
SQL
fi

URL="postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PORT}/postgres"
# Check the URL really works (password auth over TCP) before handing it out.
PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -qAt "$URL" -c 'select 1' >/dev/null \
  || die "cannot log in as ${PG_USER} over TCP on 127.0.0.1:${PORT} (check pg_hba.conf)"
log "ready: PostgreSQL $VERSION/$NAME, role ${PG_USER}"
echo "$URL"
