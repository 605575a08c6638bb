#!/usr/bin/env bash
# Runs the whole system on this machine, with no Docker and nothing installed beforehand but Java 17:
# PostgreSQL 17 (embedded, from Maven artifacts, durable: fsync and synchronous_commit on) and a
# Kafka broker (KRaft), each in a JVM of its own, the three services, and the demo data. Data lives
# in .local/ (git ignores it) between runs.
#
#   ./run-local.sh start [--reset]      build, start everything, load the demo data, print the URLs
#   ./run-local.sh stop                 stop the services, then the broker and the database
#   ./run-local.sh status               what is running
#   ./run-local.sh restart SERVICE      stop and start one service (cluster-service, report-service, award-service)
#   ./run-local.sh stop-service SERVICE stop one service
#   ./run-local.sh broker stop|start    stop or start the Kafka broker alone (rehearse a broker outage)
#   ./run-local.sh logs NAME            follow a log: a service, postgres or kafka
#   ./run-local.sh token ROLE [UNIT]    print a development token: unit (with its unit code), council, system, viewer
#
# Ports: LOCAL_PG_PORT (15432), LOCAL_KAFKA_PORT (19092; the controller takes the next one),
# CLUSTER_PORT (8081), REPORT_PORT (8082), AWARD_PORT (8083).
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
CLUSTER_PORT=${CLUSTER_PORT:-8081}
REPORT_PORT=${REPORT_PORT:-8082}
AWARD_PORT=${AWARD_PORT:-8083}
SERVICES=("cluster-service:$CLUSTER_PORT:cluster" "report-service:$REPORT_PORT:report" "award-service:$AWARD_PORT:award")
EXTERNAL_KAFKA=${KAFKA_BOOTSTRAP_SERVERS:-}

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

service_entry() {
  local wanted=$1
  for entry in "${SERVICES[@]}"; do
    local name=${entry%%:*}
    if [ "$name" = "$wanted" ] || [ "$name" = "$wanted-service" ]; then echo "$entry"; return 0; fi
  done
  echo "unknown service: $wanted (cluster-service, report-service or award-service)" >&2
  return 1
}

stop_all() {
  # services first: a broker stopped under them leaves consumer group members behind
  for entry in "${SERVICES[@]}"; do stop_one "${entry%%:*}"; done
  stop_one kafka
  stop_one postgres
  stop_one infra # the single infrastructure JVM of earlier versions of this script
}

# start_part postgres|kafka [--reset]: one part of the infrastructure in a JVM of its own, waits until it is ready
start_part() {
  local part=$1 reset=${2:-}
  if running "$part"; then return 0; fi
  rm -f "$DIR/$part.ready"
  echo "Starting $part..."
  nohup java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(infra_classpath)" \
    vn.bienphong.emulation.infra.LocalInfra --part "$part" --dir "$DIR" --kafka-port "$KAFKA_PORT" --pg-port "$PG_PORT" \
    --databases cluster,report,award --demo-data demo-data/cluster-service.json $reset >> "$LOGS/$part.log" 2>&1 &
  echo $! > "$PIDS/$part.pid"
  for _ in $(seq 1 240); do
    [ -f "$DIR/$part.ready" ] && return 0
    running "$part" || { echo "$part did not start; see $LOGS/$part.log" >&2; tail -20 "$LOGS/$part.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$part was not ready in 120 s; see $LOGS/$part.log" >&2
  exit 1
}

load_env() {
  # shellcheck disable=SC1091
  set -a; . "$DIR/postgres.env"; set +a
  if [ -n "$EXTERNAL_KAFKA" ]; then
    INFRA_KAFKA_BOOTSTRAP=$EXTERNAL_KAFKA
  else
    # shellcheck disable=SC1091
    set -a; . "$DIR/kafka.env"; set +a
  fi
}

start_service() {
  local entry=$1
  IFS=: read -r name port db <<< "$entry"
  if running "$name"; then return 0; fi
  local db_var; db_var="$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_URL"
  env QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT="$port" \
    "$db_var=jdbc:postgresql://$INFRA_DB_HOST:$INFRA_DB_PORT/$db" \
    DB_USER="$INFRA_DB_USER" DB_PASSWORD="$INFRA_DB_PASSWORD" \
    KAFKA_BOOTSTRAP_SERVERS="$INFRA_KAFKA_BOOTSTRAP" \
    JWT_PUBLIC_KEY_LOCATION="file:$INFRA_PUBLIC_KEY" \
    nohup java -Xmx512m -jar "$name/target/quarkus-app/quarkus-run.jar" >> "$LOGS/$name.log" 2>&1 &
  echo $! > "$PIDS/$name.pid"
  echo "Starting $name on port $port..."
}

wait_ready() {
  local urls=()
  for entry in "$@"; do
    IFS=: read -r _ port _ <<< "$entry"
    urls+=("http://localhost:$port/q/health/live")
  done
  java -cp "$(infra_classpath)" vn.bienphong.emulation.infra.DemoDataLoader --wait "$(IFS=,; echo "${urls[*]}")" --wait-seconds 180
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
  stop_one infra # the single infrastructure JVM of earlier versions of this script
  if [ -n "$reset" ]; then stop_one kafka; stop_one postgres; fi

  echo "Building (./mvnw package, tests skipped)..."
  ./mvnw -B -q package -DskipTests

  start_part postgres $reset
  if [ -z "$EXTERNAL_KAFKA" ]; then start_part kafka $reset; fi
  load_env

  for entry in "${SERVICES[@]}"; do start_service "$entry"; done
  local health=()
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r _ port _ <<< "$entry"
    health+=("http://localhost:$port/q/health/ready")
  done
  local urls; urls=$(IFS=,; echo "${health[*]}")
  java -cp "$(infra_classpath)" vn.bienphong.emulation.infra.DemoDataLoader --wait "$urls" --wait-seconds 180 \
    --data demo-data/cluster-service.json --cluster-url "http://localhost:$CLUSTER_PORT" --token-file "$DIR/tokens/council.jwt"

  cat <<INFO

The system is up.
  cluster-service  http://localhost:$CLUSTER_PORT/api/v1   Swagger UI: http://localhost:$CLUSTER_PORT/q/swagger-ui
  report-service   http://localhost:$REPORT_PORT/api/v1   Swagger UI: http://localhost:$REPORT_PORT/q/swagger-ui
  award-service    http://localhost:$AWARD_PORT/api/v1   Swagger UI: http://localhost:$AWARD_PORT/q/swagger-ui
  PostgreSQL       $INFRA_DB_HOST:$INFRA_DB_PORT (databases cluster, report, award; user $INFRA_DB_USER)
  Kafka            $INFRA_KAFKA_BOOTSTRAP
  Health, metrics  /q/health/ready, /q/metrics on each service

Development tokens (valid 30 days) are in $DIR/tokens/: council, system, viewer, and unit-<CODE> for every
  demo unit (e.g. unit-BDBP-LANG-SON); the unit holding a cluster's chair for a year opens and closes its ballot with its own.
  curl -H "Authorization: Bearer \$(cat $DIR/tokens/viewer.jwt)" http://localhost:$CLUSTER_PORT/api/v1/clusters
Logs: $LOGS/ (./run-local.sh logs award-service).   Stop everything: ./run-local.sh stop
Faults: ./run-local.sh broker stop|start, ./run-local.sh restart report-service.   Wipe the data: start --reset
INFO
}

restart_service() {
  local entry; entry=$(service_entry "${1:?name a service}")
  stop_one "${entry%%:*}"
  running postgres || { echo "PostgreSQL is not running: ./run-local.sh start" >&2; exit 1; }
  load_env
  start_service "$entry"
  wait_ready "$entry"
  echo "${entry%%:*} is up"
}

broker() {
  if [ -n "$EXTERNAL_KAFKA" ]; then echo "the broker is external ($EXTERNAL_KAFKA); not managed here" >&2; exit 1; fi
  mkdir -p "$LOGS" "$PIDS"
  case ${1:-} in
    stop) stop_one kafka ;;
    start) start_part kafka; echo "Kafka broker up on $(cut -d= -f2 "$DIR/kafka.env")" ;;
    *) echo "usage: $0 broker stop|start" >&2; exit 2 ;;
  esac
}

follow_log() {
  local name=${1:?name a log: cluster-service, report-service, award-service, postgres or kafka}
  [ -f "$LOGS/$name.log" ] || name="$name-service"
  [ -f "$LOGS/$name.log" ] || { echo "no log $LOGS/$1.log" >&2; exit 1; }
  exec tail -n 50 -F "$LOGS/$name.log"
}

# token ROLE [UNIT-CODE]: a development token signed with .local/keys (made when missing, so it works before
# start too: start keeps the pair), with the issuer and claims of the tokens in .local/tokens
token() {
  case ${1:-} in
    unit) [ -n "${2:-}" ] || { echo "the role unit needs a unit code, e.g. $0 token unit BDBP-LANG-SON" >&2; exit 2; } ;;
    council|system|viewer) ;;
    "") echo "usage: $0 token ROLE [UNIT-CODE]   (ROLE: unit, council, system or viewer)" >&2; exit 2 ;;
    *) echo "unknown role '$1': unit (with a unit code), council, system or viewer" >&2; exit 2 ;;
  esac
  if [ ! -f local-infra/target/classes/vn/bienphong/emulation/infra/DevToken.class ] || [ ! -f local-infra/target/classpath.txt ]; then
    echo "Building local-infra for the token (./mvnw package -pl local-infra)..." >&2
    ./mvnw -B -q package -pl local-infra -DskipTests >&2
  fi
  java -cp "$(infra_classpath)" vn.bienphong.emulation.infra.DevToken --dir "$DIR" "$@"
}

status() {
  for name in postgres kafka cluster-service report-service award-service; do
    if running "$name"; then echo "$name: running (pid $(cat "$PIDS/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

cmd=${1:-start}
[ $# -gt 0 ] && shift
case $cmd in
  start) start_all "$@" ;;
  stop) stop_all ;;
  status) status ;;
  restart) restart_service "$@" ;;
  stop-service) entry=$(service_entry "${1:?name a service}"); stop_one "${entry%%:*}" ;;
  broker) broker "$@" ;;
  logs) follow_log "$@" ;;
  token) token "$@" ;;
  *) echo "usage: $0 start [--reset] | stop | status | restart SERVICE | stop-service SERVICE | broker stop|start | logs NAME | token ROLE [UNIT-CODE]" >&2; exit 2 ;;
esac
