# Sourced by .ci/run: installs and starts what the tests can use beyond a JDK, from Debian's
# packages, and exports where to find it. Each part is optional: a test whose service is missing
# says so and is skipped, so a machine without root or network still runs everything else.

ci_install() {
  missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "== cannot install ${missing[*]} (need root and apt-get); the tests that use them will be skipped"
    return 1
  fi
  echo "== installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/tmp/whyrelu-ci-apt.log 2>&1 \
    || { apt-get update -q >>/tmp/whyrelu-ci-apt.log 2>&1 && apt-get install -y -q "${missing[@]}" >>/tmp/whyrelu-ci-apt.log 2>&1; } \
    || { echo "== apt-get failed (see /tmp/whyrelu-ci-apt.log); the tests that need ${missing[*]} will be skipped"; return 1; }
}

# Headless Chromium: the HTML report test opens the report in it.
if ci_install chromium; then
  export CHROME=/usr/bin/chromium
fi

# PostgreSQL: the history database test runs against a real server.
if ci_install postgresql; then
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q online; then
    pg_ctlcluster "$pg_version" main start 2>/dev/null || service postgresql start >/dev/null 2>&1 || true
  fi
  if su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then
    su postgres -c "psql -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'whyrelu') THEN CREATE ROLE whyrelu LOGIN PASSWORD 'whyrelu'; END IF; END \\\$\\\$;\"" >/dev/null
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'whyrelu'\"" | grep -q 1 \
      || su postgres -c "createdb -O whyrelu whyrelu"
    export WHYRELU_TEST_POSTGRES_URL="jdbc:postgresql://localhost:5432/whyrelu?user=whyrelu&password=whyrelu"
    echo "== PostgreSQL $pg_version running for the history test"
  else
    echo "== PostgreSQL did not start; the history test against it will be skipped"
  fi
fi

# OpenBLAS: lets the native yardstick measure the batched shape (whyrelu run --native).
ci_install libopenblas-dev >/dev/null || true
