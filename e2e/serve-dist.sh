#!/usr/bin/env bash
# Serves dist/ on 127.0.0.1 through the sample nginx configuration
# (deploy/nginx/*.conf, copied to snippets/ as in production), as production
# would. Foreground; used by the end-to-end tests and by `scripts/serve`.
#   PORT            the site over HTTP, with the CMS at /admin/ (default 8080)
#   TLS_PORT        optional: the same site over HTTPS (self-signed certificate)
#   REDAZIONE_PORT  optional: the editors' own origin over HTTPS
#                   (provincia-redazione.conf)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${PORT:-8080}"
dist="${DIST:-$repo/dist}"
[ -f "$dist/index.html" ] || { echo "serve-dist: $dist/index.html non esiste: esegui prima la build" >&2; exit 1; }
# nginx's own files (pid, temp paths) in one folder per port, reused each run.
work="$repo/target/nginx-$port"
rm -rf "$work" && mkdir -p "$work/snippets"
cp "$repo"/deploy/nginx/provincia-*.conf "$work/snippets/"
# Local and test servers only: the CMS may reach decap-server on this
# computer (scripts/redazione, e2e/cms.spec.js).
local_cms='set $cms_local_proxy "http://127.0.0.1:8081 http://localhost:8081";'
tls_servers=""
if [ -n "${TLS_PORT:-}${REDAZIONE_PORT:-}" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -keyout "$work/tls.key" -out "$work/tls.pem" 2>/dev/null
  # An HTTPS server on port $1 with the snippet $2.
  tls_server() {
    tls_servers+="
    server {
        listen 127.0.0.1:$1 ssl http2;
        ssl_certificate $work/tls.pem;
        ssl_certificate_key $work/tls.key;
        server_name localhost;
        root $dist;
        include snippets/$2;
        $local_cms
    }"
  }
  if [ -n "${TLS_PORT:-}" ]; then tls_server "$TLS_PORT" provincia-sito.conf; fi
  if [ -n "${REDAZIONE_PORT:-}" ]; then tls_server "$REDAZIONE_PORT" provincia-redazione.conf; fi
fi
cat > "$work/nginx.conf" <<CONF
# Debian's brotli module (scripts/setup --nginx); Debian's own snippet names
# it relative to /usr/share/nginx, which is not this server's prefix.
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
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
        include snippets/provincia-sito.conf;
        $local_cms
    }$tls_servers
}
CONF
echo "Sito servito da nginx su http://127.0.0.1:$port/ (Ctrl+C per fermare)"
# exec: a signal to this script reaches nginx itself, which then stops.
exec nginx -p "$work" -c "$work/nginx.conf"
