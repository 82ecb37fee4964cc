#!/usr/bin/env bash
# Lighthouse (accessibility, best practices, SEO, performance) on the public pages, mobile and desktop, against
# the jar with the demo profile on a fresh database of its own. Writes a Markdown table to bench/results/.
#
#   bench/lighthouse.sh          (BENCH_SKIP_BUILD=1 reuses the jar in target/)
#
# Needs: Chromium (/usr/bin/chromium or CHROME_PATH), Node.js with npm (installs lighthouse@12 into a temporary
# folder the first time, from the npm registry), psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

app_port="${BENCH_APP_PORT:-8182}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
lh_dir="${LIGHTHOUSE_DIR:-/tmp/eenloket-lighthouse}"
workdir="$(mktemp -d)"
results_dir="bench/results"
mkdir -p "$results_dir" "$lh_dir"

cleanup() {
	[[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
	rm -rf "$workdir"
}
trap cleanup EXIT

if [[ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]]; then
	(cd "$lh_dir" && npm install --silent --no-audit --no-fund lighthouse@12 >/dev/null)
fi
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
	./mvnw -B -q -DskipTests package
fi
jar="$(ls target/eenloket-*.jar | grep -v original | head -n 1)"
bash scripts/local-postgres.sh --if-needed
export PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-eenloket}"
db_user="${SPRING_DATASOURCE_USERNAME:-eenloket}"
psql -q -h 127.0.0.1 -U "$db_user" -d postgres -c "drop database if exists eenloket_lighthouse" -c "create database eenloket_lighthouse"
"$JAVA_HOME/bin/java" -Xmx768m -jar "$jar" --spring.profiles.active=demo --server.port="$app_port" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/eenloket_lighthouse" \
	--spring.datasource.username="$db_user" --spring.datasource.password="$PGPASSWORD" \
	--logging.level.be.eenloket.requests=WARN > "$workdir/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
	curl -sf "http://127.0.0.1:$app_port/actuator/health/readiness" >/dev/null && break
	sleep 1
done

pages=(/ /zoeken?q=paspoort /producten/paspoort /diensten/burgerzaken /gebouwen/gemeentehuis /organisatie /toegankelijkheid)
out="$results_dir/lighthouse-$(date +%Y%m%d-%H%M).md"
{
	echo "| page | form factor | performance | accessibility | best practices | SEO |"
	echo "|---|---|---|---|---|---|"
} > "$out"
for page in "${pages[@]}"; do
	for factor in mobile desktop; do
		preset=()
		[[ "$factor" == desktop ]] && preset=(--preset=desktop)
		"$lh_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$app_port$page" "${preset[@]}" --quiet \
			--only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$workdir/lh.json" \
			--chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
			>/dev/null 2>&1 || { echo "| \`$page\` | $factor | failed | | | |" >> "$out"; continue; }
		node -e '
			const r = require(process.argv[1]); const c = r.categories;
			const s = k => Math.round(c[k].score * 100);
			console.log(`| \`${process.argv[2]}\` | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
		' "$workdir/lh.json" "$page" "$factor" >> "$out"
	done
done
cat "$out"
