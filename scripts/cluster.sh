#!/usr/bin/env bash
# Two portal instances behind nginx on one PostgreSQL, on this machine, and the proof that they act as one:
#   1. a staff member logged in through nginx keeps working, with the CSRF token of a half-filled form, after
#      instance A is killed;
#   2. login throttling is shared (failures counted on A refuse the next try on B);
#   3. register numbers stay gap-free with registrations spread over both instances;
#   4. the daily housekeeping job, fired every 5 seconds on both instances, runs once for the day;
#   5. an edit on A shows on B's public page within a second (PostgreSQL LISTEN/NOTIFY).
# Usage: scripts/cluster.sh            (CLUSTER_SKIP_BUILD=1 to reuse target/eenloket-*.jar)
# Ports: nginx 8300, instance A 8301, instance B 8302; database eenloket_cluster (dropped and re-created).
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PG_HOST="${PG_HOST:-127.0.0.1}"
DB=eenloket_cluster
LB=8300; PORT_A=8301; PORT_B=8302
WORK="$(mktemp -d /tmp/eenloket-cluster.XXXX)"
PIDS=()
failures=0

say() { printf '%s\n' "$*"; }
check() { # check <description> <condition result 0/1>
	if [ "$2" = 0 ]; then say "PASS  $1"; else say "FAIL  $1"; failures=$((failures + 1)); fi
}
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

command -v nginx >/dev/null || { say "nginx is missing: apt-get install -y nginx"; exit 2; }
if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ]; then
	flock /tmp/eenloket-mvn.lock ./mvnw -B -q -DskipTests -Dlocaldb.skip package
fi
JAR="$(ls target/eenloket-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
# what java runs: the jar by default (APP_ARGS="-cp … be.eenloket.EenLoketApplication" for an exploded build)
read -r -a APP <<<"${APP_ARGS:--jar $JAR}"

psql -q -h "$PG_HOST" -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB owner eenloket"

start() { # start <name> <port> [log name]
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:5432/$DB" SPRING_DATASOURCE_USERNAME=eenloket \
	SPRING_DATASOURCE_PASSWORD=eenloket EENLOKET_FORWARD_HEADERS=native EENLOKET_BASE_URL="http://127.0.0.1:$LB" \
	EENLOKET_HOUSEKEEPING_CRON="*/5 * * * * *" HOSTNAME="instance-$1" \
		"$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -Xss512k "${APP[@]}" --spring.profiles.active=demo \
		--server.port="$2" >"$WORK/${3:-$1}.log" 2>&1 &
	PIDS+=($!)
	echo $! >"$WORK/$1.pid"
}
wait_up() { # wait_up <port>
	for _ in $(seq 1 240); do
		curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	say "instance on $1 did not start"; exit 1
}

# A first: it loads the demo data into the empty database; B finds it there
start A $PORT_A; wait_up $PORT_A
start B $PORT_B; wait_up $PORT_B

cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
	access_log off;
	client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
	fastcgi_temp_path $WORK/fastcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
	upstream portal { server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s; server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s; }
	server {
		listen 127.0.0.1:$LB;
		location / {
			proxy_pass http://portal;
			proxy_set_header Host \$host:\$server_port;
			proxy_set_header X-Forwarded-For \$remote_addr;
			proxy_set_header X-Forwarded-Proto \$scheme;
			proxy_set_header X-Forwarded-Port \$server_port;
			proxy_next_upstream error timeout http_502 http_503;
			proxy_connect_timeout 1s;
		}
	}
}
EOF
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

LBURL="http://127.0.0.1:$LB"
token() { curl -s -m 5 -c "$1" -b "$1" "$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
login() { # login <jar> <user> <base>
	rm -f "$1"
	local t; t="$(token "$1" "$3/login")"
	curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" \
		--data-urlencode "username=$2" --data-urlencode "password=demo" --data-urlencode "_csrf=$t" "$3/login"
}

say "== 1. A session survives the instance it started on"
J="$WORK/onthaal.jar"
login "$J" onthaal "$LBURL" >/dev/null
ok=0
for _ in 1 2 3 4; do # round robin: both instances serve the session
	[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$J" "$LBURL/onthaal")" = 200 ] || ok=1
done
check "logged in through nginx, four console pages from both instances" $ok
form_token="$(token "$J" "$LBURL/onthaal/post/nieuw")"
kill -9 "$(cat "$WORK/A.pid")"
say "      instance A killed (kill -9) with the mail form half filled in"
unit="$(psql -At -h "$PG_HOST" -U eenloket $DB -c "select id from org_unit where code = 'FIN'")"
status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$J" -c "$J" \
	--data-urlencode "_csrf=$form_token" -d "legalEntity=GEM&receivedOn=$(date +%F)&sender=Clustertest&subject=Na+de+val+van+A&channel=POST&unitId=$unit&formToken=$(cat /proc/sys/kernel/random/uuid)" \
	"$LBURL/onthaal/post/nieuw")"
say "      submit after the kill: $status"
case "$status" in 302*/onthaal/post/nieuw*) r=0 ;; *) r=1 ;; esac
check "the form submitted on B with A's CSRF token, without logging in again" $r
stored="$(psql -At -h "$PG_HOST" -U eenloket $DB -c "select count(*) from fd_mail where subject = 'Na de val van A'")"
check "the letter is in the register ($stored row)" "$([ "$stored" = 1 ] && echo 0 || echo 1)"

say "== restart A for the rest"
start A $PORT_A A2; wait_up $PORT_A
sleep 11 # nginx's fail_timeout for A

say "== 2. Login throttling is shared"
for i in 1 2 3 4; do
	port=$([ $((i % 2)) = 0 ] && echo $PORT_A || echo $PORT_B)
	login "$WORK/x.jar" secretariaat "http://127.0.0.1:$port" >/dev/null
	t="$(token "$WORK/x.jar" "http://127.0.0.1:$port/login")"
	curl -s -o /dev/null -c "$WORK/x.jar" -b "$WORK/x.jar" -d "username=redactie&password=fout$i&_csrf=$t" "http://127.0.0.1:$port/login"
done
r="$(login "$WORK/y.jar" redactie "http://127.0.0.1:$PORT_A")"
say "      right password on A after 4 failures spread over A and B: $r"
case "$r" in *login?error*) r=0 ;; *) r=1 ;; esac
check "throttled on A by failures counted on both" $r

say "== 3. Register numbers stay gap-free across instances"
JA="$WORK/a.jar"; JB="$WORK/b.jar"
login "$JA" onthaal "http://127.0.0.1:$PORT_A" >/dev/null; login "$JB" onthaal "http://127.0.0.1:$PORT_B" >/dev/null
TA="$(token "$JA" "http://127.0.0.1:$PORT_A/onthaal/post/nieuw")"; TB="$(token "$JB" "http://127.0.0.1:$PORT_B/onthaal/post/nieuw")"
before="$(psql -At -h "$PG_HOST" -U eenloket $DB -c "select coalesce(max(register_seq), 0) from fd_mail where legal_entity = 'OCMW' and register_year = extract(year from current_date)")"
for i in $(seq 1 20); do
	if [ $((i % 2)) = 0 ]; then port=$PORT_A; jar=$JA; t=$TA; else port=$PORT_B; jar=$JB; t=$TB; fi
	curl -s -o /dev/null -b "$jar" --data-urlencode "_csrf=$t" \
		-d "legalEntity=OCMW&receivedOn=$(date +%F)&sender=Parallel&subject=Parallel+$i&channel=POST&unitId=$unit&formToken=$(cat /proc/sys/kernel/random/uuid)" \
		"http://127.0.0.1:$port/onthaal/post/nieuw" &
done
wait_jobs() { for job in $(jobs -p); do case " ${PIDS[*]} " in *" $job "*) ;; *) wait "$job" || true ;; esac; done; }
wait_jobs
read -r count lo hi < <(psql -At -F ' ' -h "$PG_HOST" -U eenloket $DB -c "select count(*), min(register_seq), max(register_seq) from fd_mail where legal_entity = 'OCMW' and register_year = extract(year from current_date) and register_seq > $before")
say "      20 parallel registrations over A and B: $count stored, numbers $lo to $hi"
check "numbers gap-free" "$([ "$count" = 20 ] && [ $((hi - lo + 1)) = 20 ] && echo 0 || echo 1)"

say "== 4. The daily job runs once"
sleep 12
runs="$(cat "$WORK"/A.log "$WORK"/A2.log "$WORK"/B.log | grep -c "housekeeping for .* done on " || true)"
claims="$(psql -At -h "$PG_HOST" -U eenloket $DB -c "select count(*) || ' claim by ' || string_agg(instance, ',') from daily_job_run where job = 'housekeeping'")"
say "      timer fired every 5 s on both instances; work done $runs time(s); $claims"
check "housekeeping ran exactly once for the day" "$([ "$runs" = 1 ] && echo 0 || echo 1)"

say "== 5. An edit on A shows on B's public page"
JR="$WORK/redactie.jar"
login "$JR" redactie "http://127.0.0.1:$PORT_A" >/dev/null
point="$(psql -At -h "$PG_HOST" -U eenloket $DB -c "select id from dir_service_point where slug = 'ict'")"
curl -s -o /dev/null "http://127.0.0.1:$PORT_B/diensten/ict" # B has the page in its cache
reason="Clustertest $RANDOM$RANDOM"
t="$(token "$JR" "http://127.0.0.1:$PORT_A/beheer/dienstengids/diensten/$point/uitzonderingen/nieuw")"
start_ns=$(date +%s%N)
curl -s -o /dev/null -b "$JR" --data-urlencode "_csrf=$t" --data-urlencode "reason=$reason" \
	-d "day=$(date -d tomorrow +%F)&closed=true" "http://127.0.0.1:$PORT_A/beheer/dienstengids/diensten/$point/uitzonderingen/nieuw"
saved_ns=$(date +%s%N)
seen=""
for _ in $(seq 1 100); do
	if curl -s "http://127.0.0.1:$PORT_B/diensten/ict" | grep -q "$reason"; then seen=$(date +%s%N); break; fi
	sleep 0.02
done
if [ -n "$seen" ]; then
	say "      saved on A in $(((saved_ns - start_ns) / 1000000)) ms; on B's public page $(((seen - saved_ns) / 1000000)) ms after A answered"
	check "visible on B within a second" "$([ $(((seen - saved_ns) / 1000000)) -lt 1000 ] && echo 0 || echo 1)"
else
	check "visible on B within two seconds" 1
fi

say "logs: $WORK"
[ "$failures" = 0 ] && say "ALL PASSED" || { say "$failures FAILED"; exit 1; }
