#!/usr/bin/env bash
# Development TLS and SCRAM material for the secured docker-compose.yml, made with openssl alone:
#   deploy/certs/    ca.crt, ca.key      the development CA
#                    kafka.crt, kafka.pem the broker (SAN DNS:kafka, DNS:localhost, IP:127.0.0.1); kafka.pem is
#                                         its key and certificate, the broker's PEM keystore
#                    admin.crt, admin.pem the TLS super user (CN=admin) that creates the SCRAM users and ACLs
#   deploy/secrets/  <principal>.password a random SCRAM-SHA-512 password
#                    <principal>.properties its client properties, from deploy/kafka/<principal>.properties.example
# Both folders are git-ignored. What exists is kept; --force makes everything again (then `docker compose up -d`
# so the broker and the acls job take the new material). Needs OpenSSL 1.1.1 or later, or LibreSSL.
# Usage: scripts/dev-certs.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/.."

principals=(mash-referral mash-research mash-risk mash-decision mash-watch mash-gateway mash-workspace mash-admin)
certs=deploy/certs
secrets=deploy/secrets
days_ca=1825
days_leaf=825

force=0
case "${1:-}" in
  "") ;;
  --force) force=1 ;;
  *) echo "usage: scripts/dev-certs.sh [--force]" >&2; exit 2 ;;
esac
command -v openssl >/dev/null || { echo "dev-certs: openssl is not installed" >&2; exit 1; }

# Owner-only folders: the containers get single files by bind mount, which does not need the folder readable.
umask 077
mkdir -p "$certs" "$secrets"
chmod 700 "$certs" "$secrets"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/openssl.cnf" <<'EOF'
[req]
distinguished_name = req_dn
[req_dn]
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[broker]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
# The broker is also a TLS client: of its own controller and inter-broker listeners.
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:kafka, DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF

made() { printf 'made  %-43s %s\n' "$1" "$2"; }
kept() { printf 'kept  %-43s %s\n' "$1" "$2"; }

# An unencrypted PKCS#8 key ("BEGIN PRIVATE KEY"): the form Kafka's PEM keystore reads without a key password.
new_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$1" 2>/dev/null; }

# leaf NAME SUBJECT EXTENSIONS: NAME.crt signed by the CA, and NAME.pem holding its key and certificate.
leaf() {
  local name=$1 subject=$2 extensions=$3
  new_key "$work/$name.key"
  openssl req -new -config "$work/openssl.cnf" -key "$work/$name.key" -subj "$subject" -out "$work/$name.csr"
  openssl x509 -req -in "$work/$name.csr" -CA "$certs/ca.crt" -CAkey "$certs/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -days "$days_leaf" -sha256 \
    -extfile "$work/openssl.cnf" -extensions "$extensions" -out "$certs/$name.crt" 2>/dev/null
  cat "$work/$name.key" "$certs/$name.crt" >"$certs/$name.pem"
}

new_ca=0
if [[ $force == 1 || ! -f $certs/ca.crt || ! -f $certs/ca.key ]]; then
  new_key "$certs/ca.key"
  openssl req -x509 -new -config "$work/openssl.cnf" -extensions ca -key "$certs/ca.key" \
    -subj "/CN=mash development CA" -days "$days_ca" -sha256 -out "$certs/ca.crt"
  new_ca=1
  made "$certs/ca.crt" "development CA, and its key ca.key"
else
  kept "$certs/ca.crt" "development CA"
fi

# A new CA invalidates every certificate the old one signed.
if [[ $new_ca == 1 || ! -f $certs/kafka.crt || ! -f $certs/kafka.pem ]]; then
  leaf kafka "/CN=kafka" broker
  made "$certs/kafka.pem" "broker key and certificate (User:CN=kafka), SAN kafka, localhost, 127.0.0.1"
else
  kept "$certs/kafka.pem" "broker key and certificate"
fi
if [[ $new_ca == 1 || ! -f $certs/admin.crt || ! -f $certs/admin.pem ]]; then
  leaf admin "/CN=admin" client
  made "$certs/admin.pem" "TLS super user's key and certificate (User:CN=admin)"
else
  kept "$certs/admin.pem" "TLS super user's key and certificate"
fi

for principal in "${principals[@]}"; do
  password_file=$secrets/$principal.password
  properties=$secrets/$principal.properties
  template=deploy/kafka/$principal.properties.example
  new_password=0
  if [[ $force == 1 || ! -s $password_file ]]; then
    # Hex: nothing kafka-configs.sh's SCRAM syntax ([password=...], commas) or a properties line could misread.
    openssl rand -hex 24 >"$password_file"
    new_password=1
    made "$password_file" "SCRAM-SHA-512 password for User:$principal"
  else
    kept "$password_file" "SCRAM-SHA-512 password for User:$principal"
  fi
  if [[ $new_password == 1 || ! -f $properties ]]; then
    [[ -f $template ]] || { echo "dev-certs: $template is missing" >&2; exit 1; }
    password=$(<"$password_file")
    sed -e "s|^sasl.password=.*|sasl.password=$password|" "$template" >"$properties"
    made "$properties" "client properties for User:$principal"
  else
    kept "$properties" "client properties for User:$principal"
  fi
done

# Read inside the containers by users other than the owner (the broker's appuser, the workers' nobody); the
# owner-only folders keep them from other users of this machine. ca.key, admin.pem and the passwords stay
# owner-only: only the acls job, which runs as root, reads the last two.
chmod 644 "$certs/ca.crt" "$certs/kafka.crt" "$certs/kafka.pem" "$certs/admin.crt" "$secrets"/*.properties
chmod 600 "$certs/ca.key" "$certs/admin.pem" "$secrets"/*.password

openssl verify -CAfile "$certs/ca.crt" -purpose sslserver "$certs/kafka.crt" >/dev/null
openssl verify -CAfile "$certs/ca.crt" -purpose sslclient "$certs/kafka.crt" "$certs/admin.crt" >/dev/null
echo "checked: kafka.crt and admin.crt verify against ca.crt (server and client use)"
echo "next: docker compose up -d   (README, \"Kafka security: TLS, SCRAM and ACLs\")"
