#!/usr/bin/env bash
# Runs the whole system on this machine, with no Docker and nothing installed beforehand but Java 17:
# PostgreSQL (embedded, from Maven artifacts) and a Kafka broker (KRaft) in a JVM of their own,
# the three services, and the demo data. Data lives in .local/ (git ignores it) between runs.
#
#   ./run-local.sh start [--reset]   build, start everything, load the demo data, print the URLs
#   ./run-local.sh stop              stop the services, then the broker and the database
#   ./run-local.sh status            what is running
#
# An external server is used instead of the embedded ones when the environment names it:
#   EMULATION_DB_URL=jdbc:postgresql://host:5432/postgres EMULATION_DB_USER=... EMULATION_DB_PASSWORD=...
#   KAFKA_BOOTSTRAP_SERVERS=host:9092
set -euo pipefail
cd "$(dirname "$0")"

DIR=.local
LOGS=$DIR/logs
PIDS=$DIR/pids
KAFKA_PORT=${LOCAL_KAFKA_PORT:-19092}
PG_PORT=${LOCAL_PG_PORT:-15432}
SERVICES=("cluster-service:8081:cluster" "report-service:8082:report" "award-service:8083:award")

infra_classpath() {
  echo "local-infra/target/classes:$(cat local-infra/target/classpath.txt)"
}

running() {
  [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null
}

stop_one() {
  local name=$1
  if running "$name"; then
    local pid; pid=$(cat "$PIDS/$name.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped $name"
  fi
  rm -f "$PIDS/$name.pid"
}

stop_all() {
  # services first: a broker stopped under them leaves consumer group members behind
  for entry in "${SERVICES[@]}"; do stop_one "${entry%%:*}"; done
  stop_one infra
}

start_all() {
  local reset=""
  for arg in "$@"; do
    case $arg in
      --reset) reset="--reset" ;;
      *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
  done
  mkdir -p "$LOGS" "$PIDS"
  # the services are rebuilt and restarted; the broker and the database keep running unless --reset
  for entry in "${SERVICES[@]}"; do stop_one "${entry%%:*}"; done
  if [ -n "$reset" ]; then stop_one infra; fi

  echo "Building (./mvnw package, tests skipped)..."
  ./mvnw -B -q package -DskipTests

  if ! running infra; then
    rm -f "$DIR/infra.ready"
    echo "Starting PostgreSQL and Kafka..."
    nohup java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(infra_classpath)" \
      vn.bienphong.emulation.infra.LocalInfra --dir "$DIR" --kafka-port "$KAFKA_PORT" --pg-port "$PG_PORT" \
      --databases cluster,report,award --demo-data demo-data/cluster-service.json $reset > "$LOGS/infra.log" 2>&1 &
    echo $! > "$PIDS/infra.pid"
    for _ in $(seq 1 240); do
      [ -f "$DIR/infra.ready" ] && break
      running infra || { echo "the infrastructure did not start; see $LOGS/infra.log" >&2; tail -20 "$LOGS/infra.log" >&2; exit 1; }
      sleep 0.5
    done
    [ -f "$DIR/infra.ready" ] || { echo "the infrastructure was not ready in 120 s; see $LOGS/infra.log" >&2; exit 1; }
  fi
  # shellcheck disable=SC1091
  set -a; . "$DIR/infra.env"; set +a

  local health=()
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port db <<< "$entry"
    health+=("http://localhost:$port/q/health/ready")
    if running "$name"; then continue; fi
    local db_var; db_var="$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_URL"
    env QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT="$port" \
      "$db_var=jdbc:postgresql://$INFRA_DB_HOST:$INFRA_DB_PORT/$db" \
      DB_USER="$INFRA_DB_USER" DB_PASSWORD="$INFRA_DB_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$INFRA_KAFKA_BOOTSTRAP" \
      JWT_PUBLIC_KEY_LOCATION="file:$INFRA_PUBLIC_KEY" \
      nohup java -Xmx512m -jar "$name/target/quarkus-app/quarkus-run.jar" > "$LOGS/$name.log" 2>&1 &
    echo $! > "$PIDS/$name.pid"
    echo "Starting $name on port $port..."
  done

  local urls; urls=$(IFS=,; echo "${health[*]}")
  java -cp "$(infra_classpath)" vn.bienphong.emulation.infra.DemoDataLoader --wait "$urls" --wait-seconds 180 \
    --data demo-data/cluster-service.json --cluster-url http://localhost:8081 --token-file "$DIR/tokens/council.jwt"

  cat <<INFO

The system is up.
  cluster-service  http://localhost:8081/api/v1   Swagger UI: http://localhost:8081/q/swagger-ui
  report-service   http://localhost:8082/api/v1   Swagger UI: http://localhost:8082/q/swagger-ui
  award-service    http://localhost:8083/api/v1   Swagger UI: http://localhost:8083/q/swagger-ui
  PostgreSQL       $INFRA_DB_HOST:$INFRA_DB_PORT (databases cluster, report, award; user $INFRA_DB_USER)
  Kafka            $INFRA_KAFKA_BOOTSTRAP

Development tokens (valid 30 days) are in $DIR/tokens/: council, system, viewer, chair-cluster-{1,3,8},
  and unit-<CODE> for every demo unit (e.g. unit-BDBP-LANG-SON).
  curl -H "Authorization: Bearer \$(cat $DIR/tokens/viewer.jwt)" http://localhost:8081/api/v1/clusters
Logs: $LOGS/.   Stop everything: ./run-local.sh stop   (add --reset to start to wipe the data)
INFO
}

status() {
  for name in infra cluster-service report-service award-service; do
    if running "$name"; then echo "$name: running (pid $(cat "$PIDS/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

cmd=${1:-start}
[ $# -gt 0 ] && shift
case $cmd in
  start) start_all "$@" ;;
  stop) stop_all ;;
  status) status ;;
  *) echo "usage: $0 start [--reset] | stop | status" >&2; exit 2 ;;
esac
