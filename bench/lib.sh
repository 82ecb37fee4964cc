# Shared set-up of the benchmarks (sourced by bench/run.sh, bench/purchasing.sh, bench/socialcases.sh): tools, a work
# directory cleaned up on exit, the jar, a fresh database of the bench's own, the application started and ready, a
# demo login, and nginx serving a page's bytes as the baseline of the same run.
#
# Variables it sets: workdir, results_dir, jar, db_user, psql_cmd; it reads BENCH_SKIP_BUILD, JAVA_HOME and the
# SPRING_DATASOURCE_* variables (when SPRING_DATASOURCE_URL is set, that database is used as it is).

bench_setup() {
	export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
	workdir="$(mktemp -d)"
	results_dir="bench/results"
	mkdir -p "$results_dir"
	local tool
	for tool in wrk nginx psql curl; do
		command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk nginx postgresql-client curl)"; exit 1; }
	done
	bench_pids=()
	trap bench_cleanup EXIT
}

bench_cleanup() {
	local pid
	for pid in "${bench_pids[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	[[ -f "$workdir/nginx.pid" ]] && kill "$(cat "$workdir/nginx.pid")" 2>/dev/null || true
	rm -rf "$workdir"
}

# Builds the jar (always the code as it is now: an old jar in target/ would measure something else) unless
# BENCH_SKIP_BUILD=1, and runs a copy, so that a build during the run cannot pull the jar from under the JVM.
bench_jar() {
	if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
		./mvnw -B -q -DskipTests package
	fi
	cp "$(ls target/eenloket-*.jar | grep -v original | head -n 1)" "$workdir/app.jar"
	jar="$workdir/app.jar"
}

# bench_database NAME: a fresh database of that name (unless SPRING_DATASOURCE_URL is set), so generated data never
# ends up in the development database; sets psql_cmd for the bench's own queries.
bench_database() {
	local name="$1"
	bash scripts/local-postgres.sh --if-needed
	export PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-eenloket}"
	db_user="${SPRING_DATASOURCE_USERNAME:-eenloket}"
	if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
		psql -q -h 127.0.0.1 -U "$db_user" -d postgres -c "drop database if exists $name" -c "create database $name"
		export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$name"
		export SPRING_DATASOURCE_USERNAME="$db_user" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD"
	fi
	psql_cmd=(psql -q -v ON_ERROR_STOP=1 "postgresql://${db_user}@${SPRING_DATASOURCE_URL#jdbc:postgresql://}")
}

# bench_start_app PORT LOG [ARGUMENT...]: starts the jar with the demo profile and waits until it is ready (the
# caller's process id is in bench_app_pid; it is stopped on exit).
bench_start_app() {
	local port="$1" log="$2"
	shift 2
	"$JAVA_HOME/bin/java" -Xms512m -Xmx1g -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
		--logging.level.be.eenloket.requests=WARN "$@" > "$log" 2>&1 &
	bench_app_pid=$!
	bench_pids+=("$bench_app_pid")
	local _
	for _ in $(seq 1 150); do
		curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && return 0
		sleep 1
	done
	echo "bench: the application on port $port did not start"
	tail -50 "$log"
	exit 1
}

# bench_login PORT USER COOKIE_FILE: signs in as a demo account (password demo) and prints the session id.
bench_login() {
	local port="$1" user="$2" cookies="$3" token
	token="$(curl -sf -c "$cookies" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
	curl -sf -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=demo" \
		--data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
	awk '$6 == "JSESSIONID" {print $7}' "$cookies"
}

# bench_nginx PORT URL [SESSION]: the baseline, the page's bytes as a static file served by nginx with 2 workers.
bench_nginx() {
	local port="$1" url="$2" session="${3:-}"
	if [[ -n "$session" ]]; then
		curl -sf -H "Cookie: JSESSIONID=$session" -o "$workdir/index.html" "$url"
	else
		curl -sf -o "$workdir/index.html" "$url"
	fi
	cat > "$workdir/nginx.conf" <<NGINX
worker_processes 2;
pid $workdir/nginx.pid;
error_log $workdir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$port;
    root $workdir;
    location / { default_type text/html; try_files /index.html =404; }
  }
}
NGINX
	nginx -c "$workdir/nginx.conf"
	sleep 1
}

# bench_percentiles URL CONNECTIONS DURATION SESSION: "requests/s|p50|p95|p99|non-2xx" from wrk and bench/percentiles.lua.
bench_percentiles() {
	local url="$1" connections="$2" duration="$3" session="$4" output rps percentiles errors
	output="$(wrk -t2 -c"$connections" -d"$duration" -H "Cookie: JSESSIONID=$session" -s bench/percentiles.lua "$url")"
	rps="$(echo "$output" | awk '/Requests\/sec/ {print $2}')"
	percentiles="$(echo "$output" | awk '/^PERCENTILES/ {print $2 "|" $3 "|" $4}')"
	errors="$(echo "$output" | awk '/Non-2xx/ {print $5}')"
	echo "$rps|$percentiles|${errors:-0}"
}

bench_machine() {
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
