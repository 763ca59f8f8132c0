# Shared by deploy/local/up and deploy/local/down: each program runs in its own session, with its pid in
# $run/<name>.pid and its output in $run/<name>.log.

say() { printf '==> %s\n' "$*"; }

running() {
  local pidfile="$run/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# start <name> <port> <command...>: starts the command unless it runs already.
start() {
  local name=$1 port=$2
  shift 2
  if running "$name"; then
    say "$name already running (pid $(cat "$run/$name.pid"))"
    return
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken by another program; stop it or choose another port for $name" >&2
    exit 1
  fi
  say "starting $name"
  setsid "$@" >"$run/$name.log" 2>&1 < /dev/null &
  echo $! >"$run/$name.pid"
}

# start_service <name> <port> [-Dsetting=value...]: a service's packaged jar, with $common and its own settings.
start_service() {
  local name=$1 port=$2
  shift 2
  start "$name" "$port" java -Xmx256m "${common[@]}" "$@" -Dquarkus.http.port="$port" \
    -jar "$root/$name/target/quarkus-app/quarkus-run.jar"
}

wait_for_port() {
  local name=$1 port=$2 seconds=$3
  for _ in $(seq 1 $((seconds * 2))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    running "$name" || { echo "$name stopped; see $run/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name did not listen on $port within ${seconds}s; see $run/$name.log" >&2
  exit 1
}

wait_for_url() {
  local name=$1 url=$2 seconds=$3
  for _ in $(seq 1 $((seconds * 2))); do
    curl -fs -o /dev/null "$url" && { say "$name is ready"; return 0; }
    running "$name" || { echo "$name stopped; see $run/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name was not ready within ${seconds}s ($url); see $run/$name.log" >&2
  exit 1
}

stop() {
  local name=$1 pidfile="$run/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
