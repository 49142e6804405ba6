#!/usr/bin/env bash
# Serves dist/ on 127.0.0.1 through the sample nginx configuration
# (deploy/nginx/provincia-sito.conf), as production would. Foreground; used by
# the end-to-end tests and by `scripts/serve --release`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${PORT:-8080}"
dist="${DIST:-$repo/dist}"
[ -f "$dist/index.html" ] || { echo "serve-dist: $dist/index.html non esiste: esegui prima la build" >&2; exit 1; }
# nginx's own files (pid, temp paths) in one folder per port, reused each run.
work="$repo/target/nginx-$port"
rm -rf "$work" && mkdir -p "$work"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
error_log stderr warn;
pid $work/nginx.pid;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        root $dist;
        include $repo/deploy/nginx/provincia-sito.conf;
    }
}
CONF
echo "Sito servito da nginx su http://127.0.0.1:$port/ (Ctrl+C per fermare)"
# exec: a signal to this script reaches nginx itself, which then stops.
exec nginx -p "$work" -c "$work/nginx.conf"
