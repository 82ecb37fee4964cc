#!/usr/bin/env bash
# Restarts PostgreSQL under mixed load and measures how the portal copes:
#   - public pages, console searches and letters being registered run in parallel loops;
#   - PostgreSQL is stopped (fast shutdown) and started again after RESTART_PAUSE seconds;
#   - the readiness probe is sampled every 100 ms: when it went DOWN and when it came back UP;
#   - every letter the portal acknowledged (302 to the register) must be in the database afterwards;
#   - no request may hang past the client's timeout (5 s).
# It runs its own PostgreSQL cluster on port 5499 in a temporary directory, so restarting it disturbs nobody.
# Usage: scripts/db-restart.sh   (RESTART_SKIP_BUILD=1 to reuse target/eenloket-*.jar; LOAD_SECONDS, RESTART_PAUSE)
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGPORT=5499; APP_PORT=8311
LOAD_SECONDS="${LOAD_SECONDS:-30}"; RESTART_PAUSE="${RESTART_PAUSE:-3}"
WORK="$(mktemp -d /tmp/eenloket-restart.XXXX)"; chmod 777 "$WORK"
DATA="$WORK/pgdata"; BASE="http://127.0.0.1:$APP_PORT"
APP_PID=""

pg() { su postgres -s /bin/sh -c "$*"; }
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	pg "$PGBIN/pg_ctl -D $DATA -m immediate stop" >/dev/null 2>&1 || true
	[ -n "${LOAD[*]:-}" ] && kill "${LOAD[@]}" 2>/dev/null || true
}
trap cleanup EXIT

if [ "${RESTART_SKIP_BUILD:-0}" != 1 ]; then
	flock /tmp/eenloket-mvn.lock ./mvnw -B -q -DskipTests -Dlocaldb.skip package
fi
JAR="$(ls target/eenloket-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
# what java runs: the jar by default (APP_ARGS="-cp … be.eenloket.EenLoketApplication" for an exploded build)
read -r -a APP <<<"${APP_ARGS:--jar $JAR}"

pg "$PGBIN/initdb -D $DATA -A trust -U postgres" >/dev/null
pg "$PGBIN/pg_ctl -D $DATA -o '-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1' -l $WORK/pg.log -w start" >/dev/null
psql -q -h 127.0.0.1 -p $PGPORT -U postgres -c "create role eenloket login password 'eenloket'" -c "create database eenloket owner eenloket"

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/eenloket" SPRING_DATASOURCE_USERNAME=eenloket \
SPRING_DATASOURCE_PASSWORD=eenloket "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 "${APP[@]}" \
	--spring.profiles.active=demo --server.port=$APP_PORT >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done

token() { curl -s -m 5 -c "$1" -b "$1" "$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
J="$WORK/onthaal.jar"
t="$(token "$J" "$BASE/login")"
curl -s -o /dev/null -c "$J" -b "$J" -d "username=onthaal&password=demo&_csrf=$t" "$BASE/login"
unit="$(psql -At -h 127.0.0.1 -p $PGPORT -U eenloket eenloket -c "select id from org_unit where code = 'FIN'")"
# the form's CSRF token before the loads start: two first requests of a fresh session would each create one
FORM_TOKEN="$(token "$J" "$BASE/onthaal/post/nieuw")"
end=$(( $(date +%s) + LOAD_SECONDS ))

# each request: status and total time, one line per request
public_load() { while [ "$(date +%s)" -lt $end ]; do
	for page in / /zoeken?q=paspoort /diensten/burgerzaken /gebouwen/gemeentehuis; do
		curl -s -o /dev/null -m 5 -w "public %{http_code} %{time_total}\n" "$BASE$page" >>"$WORK/requests.log" || echo "public timeout 5" >>"$WORK/requests.log"
	done; done; }
console_load() { while [ "$(date +%s)" -lt $end ]; do
	for q in paspoort leefloon rijbewijs verhuizen; do
		curl -s -o /dev/null -m 5 -b "$J" -w "console %{http_code} %{time_total}\n" "$BASE/onthaal?q=$q" >>"$WORK/requests.log" || echo "console timeout 5" >>"$WORK/requests.log"
	done; sleep 0.05; done; }
mail_load() { local i=0; local form="$FORM_TOKEN"
	while [ "$(date +%s)" -lt $end ]; do
		i=$((i + 1))
		local subject="Herstarttest $i"
		local result
		result="$(curl -s -o /dev/null -m 5 -b "$J" -w '%{http_code} %{redirect_url} %{time_total}' --data-urlencode "_csrf=$form" \
			--data-urlencode "subject=$subject" -d "legalEntity=GEM&receivedOn=$(date +%F)&sender=Test&channel=POST&unitId=$unit&formToken=$(cat /proc/sys/kernel/random/uuid)" \
			"$BASE/onthaal/post/nieuw" || echo "timeout - 5")"
		echo "mail $result" >>"$WORK/requests.log"
		case "$result" in 302*/onthaal/post/nieuw*) echo "$subject" >>"$WORK/acknowledged.txt" ;; esac
		sleep 0.1
	done; }
probe() { while [ "$(date +%s)" -lt $end ]; do
	printf '%s %s\n' "$(date +%s.%N)" "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$BASE/actuator/health/readiness" || echo 000)" >>"$WORK/readiness.log"
	sleep 0.1; done; }

touch "$WORK/acknowledged.txt"
public_load & LOAD=($!); console_load & LOAD+=($!); mail_load & LOAD+=($!); probe & LOAD+=($!)
sleep $(( LOAD_SECONDS / 3 ))
stop_at=$(date +%s.%N)
pg "$PGBIN/pg_ctl -D $DATA -m fast -w stop" >/dev/null
sleep "$RESTART_PAUSE"
pg "$PGBIN/pg_ctl -D $DATA -o '-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1' -l $WORK/pg.log -w start" >/dev/null
db_up_at=$(date +%s.%N)
wait "${LOAD[@]}"

down_at="$(awk -v s="$stop_at" '$1 >= s && $2 != 200 {print $1; exit}' "$WORK/readiness.log")"
up_at="$(awk -v s="$db_up_at" '$1 >= s && $2 == 200 {print $1; exit}' "$WORK/readiness.log")"
acknowledged=$(wc -l <"$WORK/acknowledged.txt")
stored=$(psql -At -h 127.0.0.1 -p $PGPORT -U eenloket eenloket -c "select count(*) from fd_mail where subject like 'Herstarttest %'")
missing=$(psql -At -h 127.0.0.1 -p $PGPORT -U eenloket eenloket -c "select count(*) from unnest(string_to_array('$(paste -sd'|' "$WORK/acknowledged.txt")', '|')) s where s not in (select subject from fd_mail)")
total=$(wc -l <"$WORK/requests.log")
errors=$(awk '$2 >= 500 || $2 == "000"' "$WORK/requests.log" | wc -l)
timeouts=$(grep -c timeout "$WORK/requests.log" || true)
slowest=$(awk '{print $NF}' "$WORK/requests.log" | sort -g | tail -1)

printf 'database stopped for %s s (fast shutdown), under load for %s s\n' "$RESTART_PAUSE" "$LOAD_SECONDS"
printf 'readiness DOWN %.1f s after the stop\n' "$(echo "${down_at:-$stop_at} - $stop_at" | bc)"
if [ -n "$up_at" ]; then printf 'readiness UP %.1f s after the database was back\n' "$(echo "$up_at - $db_up_at" | bc)"; else echo "readiness never came back UP"; fi
printf 'requests: %s, of which 5xx or failed %s, timed out (5 s) %s, slowest %s s\n' "$total" "$errors" "$timeouts" "$slowest"
printf 'letters acknowledged %s, stored %s, acknowledged but missing %s\n' "$acknowledged" "$stored" "$missing"
echo "logs: $WORK"
[ "$missing" = 0 ] && [ -n "$up_at" ] && [ "$timeouts" = 0 ]
