#!/usr/bin/env bash
# Serves dist/ on 127.0.0.1 through the sample nginx configuration
# (deploy/nginx/*.conf, copied to snippets/ as in production), as production
# would. Foreground; used by the end-to-end tests and by `scripts/serve`.
#   PORT            the site over HTTP, with the CMS at /admin/ (default 8080)
#   TLS_PORT        optional: the same site over HTTPS (self-signed certificate)
#   REDAZIONE_PORT  optional: the editors' own origin over HTTPS
#                   (provincia-redazione.conf)
# and, behind the same nginx, the receiving service (ricezione/), built
# beforehand (cargo build --profile pipeline -p ricezione):
#   RICEZIONE_PORT      its loopback port (default PORT+30)
#   RICEZIONE_DATI      its SQLite folder (default target/ricezione-PORT, kept)
#   RICEZIONE_FRESCO=1  start from an empty SQLite folder (the tests)
#   RICEZIONE_POSTGRES  a PostgreSQL address: used in place of SQLite
#   SMTP_PORT           a mail server on 127.0.0.1 for the booking e-mails
#   RICEZIONE_PASSWORD  the editors' password at /ricezione/redazione/
#                       (user "redazione"; default "redazione", local only)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${PORT:-8080}"
dist="${DIST:-$repo/dist}"
[ -f "$dist/index.html" ] || { echo "serve-dist: $dist/index.html non esiste: esegui prima la build" >&2; exit 1; }
service_bin="${RICEZIONE_BIN:-$repo/target/pipeline/ricezione}"
[ -x "$service_bin" ] || { echo "serve-dist: manca $service_bin: esegui prima cargo build --profile pipeline -p ricezione" >&2; exit 1; }
service_port="${RICEZIONE_PORT:-$((port + 30))}"
service_data="${RICEZIONE_DATI:-$repo/target/ricezione-$port}"
[ "${RICEZIONE_FRESCO:-}" = 1 ] && rm -rf "$service_data"
# nginx's own files (pid, temp paths) in one folder per port, reused each run.
work="$repo/target/nginx-$port"
rm -rf "$work" && mkdir -p "$work/snippets"
cp "$repo"/deploy/nginx/provincia-*.conf "$work/snippets/"
# The moved addresses of this build, as a release copies them.
[ -f "$dist/rinvii.nginx.conf" ] && cp "$dist/rinvii.nginx.conf" "$work/snippets/provincia-rinvii.conf"
# Local and test servers only: the CMS may reach decap-server on this
# computer (scripts/redazione, e2e/cms.spec.js).
local_cms='set $cms_local_proxy "http://127.0.0.1:8081 http://localhost:8081";'
# The editors' password of the receiving service's view, for this server only.
printf 'redazione:%s\n' "$(openssl passwd -apr1 "${RICEZIONE_PASSWORD:-redazione}")" > "$work/ricezione.htpasswd"
local_cms+="
        set \$ricezione_utenti $work/ricezione.htpasswd;"
if [ -n "${RICEZIONE_POSTGRES:-}" ]; then
  database="tipo = \"postgresql\"
indirizzo = \"$RICEZIONE_POSTGRES\""
else
  database="tipo = \"sqlite\"
cartella = \"$service_data\""
fi
mail=""
if [ -n "${SMTP_PORT:-}" ]; then
  mail="[posta]
server = \"127.0.0.1:$SMTP_PORT\"
mittente = \"noreply@provincia.example.it\""
fi
cat > "$work/ricezione.toml" <<TOML
ascolta = "127.0.0.1:$service_port"
sito = "$dist"
[database]
$database
[limiti]
richieste_al_minuto = ${RICEZIONE_LIMITE:-60}
$mail
TOML
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
    include snippets/provincia-http.conf;
    upstream provincia_ricezione {
        server 127.0.0.1:$service_port;
        keepalive 8;
    }
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        root $dist;
        include snippets/provincia-sito.conf;
        $local_cms
    }$tls_servers
}
CONF
# The service first (its log, JSON lines, in $work/ricezione.log), then
# nginx once the service answers; when either stops, or this script is
# stopped, both stop.
"$service_bin" --config "$work/ricezione.toml" 2>> "$work/ricezione.log" &
service_pid=$!
nginx_pid=""
trap 'kill $service_pid $nginx_pid 2>/dev/null; wait 2>/dev/null' EXIT
trap 'exit 0' INT TERM
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$service_port/ricezione/salute" > /dev/null && break
  kill -0 $service_pid 2>/dev/null || { cat "$work/ricezione.log" >&2; exit 1; }
  sleep 0.1
done
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
echo "Sito servito da nginx su http://127.0.0.1:$port/ (Ctrl+C per fermare)"
echo "Ricezione: $work/ricezione.toml; redazione su http://127.0.0.1:$port/ricezione/redazione/ (utente redazione)"
wait -n $service_pid $nginx_pid
