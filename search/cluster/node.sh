#!/usr/bin/env bash
# One OpenSearch 2.19.1 node on 127.0.0.1 from Maven Central (pom.xml, ClusterNode.java).
#   node.sh build                  mvn package: target/search-cluster-1.0.jar + target/lib/*.jar
#   node.sh run   HOME [HTTP] [TRANSPORT]   in the foreground (Ctrl-C stops it)
#   node.sh start HOME [HTTP] [TRANSPORT]   in the background; returns once the cluster is green
#   node.sh stop  HOME             SIGTERM to the node started there, waits until it is gone
# HOME holds data/, logs/, node.pid and console.log. Ports default to 9200 and 9300.
# OPENSEARCH_JAVA_OPTS (default "-Xms512m -Xmx1g") sizes the JVM heap.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command="${1:-}"
home="${2:-}"
http="${3:-9200}"
transport="${4:-9300}"
java_opts="${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx1g}"

build() {
  (cd "$here" && mvn -q -B package)
}

classpath() {
  [ -f "$here/target/search-cluster-1.0.jar" ] || build >&2  # its output is not the classpath
  echo "$here/target/search-cluster-1.0.jar:$here/target/lib/*"
}

need_home() {
  [ -n "$home" ] || { echo "usage: $0 $command HOME [HTTP_PORT] [TRANSPORT_PORT]" >&2; exit 2; }
  mkdir -p "$home"
  home="$(cd "$home" && pwd)"
}

case "$command" in
  build) build ;;
  run)
    need_home
    # shellcheck disable=SC2086
    exec java $java_opts -cp "$(classpath)" org.opengov.cluster.ClusterNode "$home" "$http" "$transport"
    ;;
  start)
    need_home
    cp="$(classpath)"
    if [ -f "$home/node.pid" ] && kill -0 "$(cat "$home/node.pid")" 2>/dev/null; then
      echo "a node is already running from $home (pid $(cat "$home/node.pid"))" >&2; exit 1
    fi
    # shellcheck disable=SC2086
    nohup java $java_opts -cp "$cp" org.opengov.cluster.ClusterNode "$home" "$http" "$transport" \
      >"$home/console.log" 2>&1 &
    echo $! >"$home/node.pid"
    for _ in $(seq 1 120); do
      if curl -sf "http://127.0.0.1:$http/_cluster/health?wait_for_status=green&timeout=1s" >/dev/null; then
        echo "OpenSearch is green on http://127.0.0.1:$http (pid $(cat "$home/node.pid"), log $home/console.log)"
        exit 0
      fi
      kill -0 "$(cat "$home/node.pid")" 2>/dev/null || break
      sleep 1
    done
    echo "the node did not become green; its console:" >&2
    tail -n 40 "$home/console.log" >&2
    exit 1
    ;;
  stop)
    need_home
    [ -f "$home/node.pid" ] || { echo "no node.pid in $home" >&2; exit 0; }
    pid="$(cat "$home/node.pid")"
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$home/node.pid"
    echo "stopped the node of $home"
    ;;
  *) echo "usage: $0 build|run|start|stop HOME [HTTP_PORT] [TRANSPORT_PORT]" >&2; exit 2 ;;
esac
