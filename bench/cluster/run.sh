#!/usr/bin/env bash
# Issue 19, docs/cluster.md "Measured": document-check throughput and p99 of 1, 2 and 3 nodes in one run.
# Starts, all on 127.0.0.1 and all stopped at the end: a database on the PostgreSQL at 127.0.0.1:5432 (dropped at the
# end), a Kafka broker (the cluster module's class path, from Maven Central), three server nodes in cluster mode;
# then ScreeningLoadDriver's cluster mode offers RATE checks/s for SECONDS to node 1, nodes 1-2, nodes 1-3.
# Each node takes NODE_POOL (8) + 2 (audit writer) connections: 30 of PostgreSQL's default 100 for the three.
# Needs: ./mvnw -o -pl server,cluster,bench -am package -DskipTests   Usage: bench/cluster/run.sh [RATE] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-3000}
RUN_SECONDS=${2:-15}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=$(mktemp -d /tmp/tangier-cluster-bench-XXXXXX)
DB=${BENCH_DB_PREFIX:-tangier_bench}_$(date +%s)  # BENCH_DB_PREFIX: a name of your own on a shared PostgreSQL
KEY=$(head -c 32 /dev/urandom | base64)
SIGNING_KEY=$(head -c 32 /dev/urandom | base64)  # on PostgreSQL the nodes need messaging keys set, and the same ones
PASSWORD=bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
PIDS=()
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
  echo "logs in $WORK"
}
trap cleanup EXIT
await_port() { for _ in $(seq 1 600); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 1; done; return 1; }
await_http() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done; return 1; }

psql -q -h 127.0.0.1 -U postgres -c "create database $DB"

echo "== Kafka broker (KRaft, one process)"
KAFKA=$(free_port); CONTROLLER=$(free_port)
mkdir -p "$WORK/kafka/log"
cat > "$WORK/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$KAFKA,CONTROLLER://127.0.0.1:$CONTROLLER
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$WORK/kafka/log
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
PROPS
CP=$(cat cluster/target/kafka-broker.classpath)
"$JAVA" -Xmx256m -cp "$CP" kafka.tools.StorageTool format -t "$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')" \
  -c "$WORK/kafka/server.properties" > "$WORK/kafka/format.log"
"$JAVA" -Xmx512m -cp "$CP" kafka.Kafka "$WORK/kafka/server.properties" > "$WORK/kafka/broker.log" 2>&1 &
PIDS+=($!)
await_port "$KAFKA"

node() { # id port
  mkdir -p "$WORK/node-$1"
  "$JAVA" -Xmx1g -jar server/target/tangier-server.jar --server.address=127.0.0.1 --server.port="$2" \
    --tangier.data-dir="$WORK/node-$1" --tangier.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --tangier.db.user=postgres --tangier.db.password= --tangier.db.pool-size="${NODE_POOL:-8}" \
    --tangier.cluster.enabled=true --tangier.cluster.kafka="127.0.0.1:$KAFKA" --tangier.cluster.node-id="$1" \
    --tangier.auth.seed-key="$KEY" --tangier.webhooks.secret-key="$KEY" --tangier.audit.checkpoint-key="$KEY" \
    --tangier.messaging.keys.bench="$KEY" --tangier.messaging.signing-keys.bench="$SIGNING_KEY" \
    --tangier.bootstrap.admin-username=benchadmin --tangier.bootstrap.admin-password="$PASSWORD" \
    > "$WORK/node-$1/server.log" 2>&1 &
  PIDS+=($!)
}
echo "== three nodes (the first migrates the database, the others start on it)"
PA=$(free_port); PB=$(free_port); PC=$(free_port)
node a "$PA"; await_http "http://127.0.0.1:$PA/login"
node b "$PB"; node c "$PC"
await_http "http://127.0.0.1:$PB/login"; await_http "http://127.0.0.1:$PC/login"

BENCH="$JAVA -cp bench/target/tangier-bench.jar org.tangier.bench.screening.ScreeningLoadDriver"
TOKEN=$($BENCH setup "http://127.0.0.1:$PA" benchadmin "$PASSWORD" 2>/dev/null | tail -n 1)
echo "== $(nproc) cores; $(uptime)"
$BENCH cluster "http://127.0.0.1:$PA,http://127.0.0.1:$PB,http://127.0.0.1:$PC" "$TOKEN" "$RATE" "$RUN_SECONDS" 0
echo "== $(uptime)"
echo "== PostgreSQL: audit entries and their size on disk (table, indexes, TOAST) after the runs"
psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) || ' audit entries, ' || pg_total_relation_size('audit_entry')
  || ' bytes, ' || (pg_total_relation_size('audit_entry') / greatest(count(*), 1)) || ' bytes each; database '
  || pg_database_size(current_database()) || ' bytes' from audit_entry"
