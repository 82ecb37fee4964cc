#!/usr/bin/env bash
# Prepares a local PostgreSQL for Eén Loket on a machine without a Docker engine. Idempotent.
#
#   scripts/local-postgres.sh              start the installed cluster (or install PostgreSQL from the OS
#                                          packages when absent), then create role and database "eenloket"
#   scripts/local-postgres.sh --if-needed  the same, but return at once when there is nothing to do:
#                                          SPRING_DATASOURCE_URL or EENLOKET_TEST_DB_URL is set, a Docker engine
#                                          runs (Spring Boot then starts docker-compose.yml), or the database
#                                          already answers
#
# Environment: PGHOST (default 127.0.0.1), PGPORT (5432), EENLOKET_DB_NAME/USER/PASSWORD (eenloket each).
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
db="${EENLOKET_DB_NAME:-eenloket}"
user="${EENLOKET_DB_USER:-eenloket}"
password="${EENLOKET_DB_PASSWORD:-eenloket}"

say() { echo "[local-postgres] $*"; }

database_answers() {
	command -v psql >/dev/null 2>&1 \
		&& PGPASSWORD="$password" psql -h "$host" -p "$port" -U "$user" -d "$db" -tAc 'select 1' >/dev/null 2>&1
}

docker_runs() {
	command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1
}

if [[ "${1:-}" == "--if-needed" ]]; then
	if [[ -n "${SPRING_DATASOURCE_URL:-}" || -n "${EENLOKET_TEST_DB_URL:-}" ]]; then exit 0; fi
	if database_answers; then exit 0; fi
	if docker_runs; then exit 0; fi
fi

as_superuser() {
	# Runs psql as a database superuser: the postgres OS user where we can switch to it, else the current user.
	if [[ "$(id -u)" == "0" ]] && id postgres >/dev/null 2>&1; then
		su postgres -c "psql -h '$host' -p '$port' -v ON_ERROR_STOP=1 -d postgres $(printf '%q ' "$@")"
	else
		psql -h "$host" -p "$port" -v ON_ERROR_STOP=1 -d postgres "$@"
	fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1 && ! command -v psql >/dev/null 2>&1; then
	if [[ "$(id -u)" != "0" ]]; then
		say "PostgreSQL is not installed. Install it (e.g. 'sudo apt-get install -y postgresql') or set SPRING_DATASOURCE_URL."
		exit 1
	fi
	say "installing PostgreSQL from the OS packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

if ! pg_isready -h "$host" -p "$port" -q 2>/dev/null; then
	if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql ]]; then
		version="$(ls /etc/postgresql | sort -V | tail -n 1)"
		say "starting PostgreSQL $version cluster 'main'"
		pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
	fi
	for _ in $(seq 1 30); do
		pg_isready -h "$host" -p "$port" -q 2>/dev/null && break
		sleep 1
	done
	if ! pg_isready -h "$host" -p "$port" -q 2>/dev/null; then
		say "PostgreSQL does not answer on $host:$port. Start it, or set SPRING_DATASOURCE_URL to a server that runs."
		exit 1
	fi
fi

if [[ "$(as_superuser -tAc "select 1 from pg_roles where rolname = '$user'")" != "1" ]]; then
	say "creating role $user"
	as_superuser -c "create role \"$user\" login createdb password '$password'"
fi
if [[ "$(as_superuser -tAc "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
	say "creating database $db"
	as_superuser -c "create database \"$db\" owner \"$user\""
fi
if ! database_answers; then
	say "database $db exists but user $user cannot log in with its password over TCP on $host:$port (check pg_hba.conf)."
	exit 1
fi
say "database $db is ready on $host:$port"
