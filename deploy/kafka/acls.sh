#!/usr/bin/env bash
# The hub's Kafka principals: one SCRAM-SHA-512 user per service, and ACLs that let each read and write only
# its own topics (README, "Kafka security: TLS, SCRAM and ACLs", has the same table). Runs as a super user:
# docker-compose.yml's `acls` service runs it before the topics job and the workers. Against another cluster,
# with the Kafka CLI, an admin's client properties and a folder holding <principal>.password for each principal:
#   BOOTSTRAP_SERVER=kafka1:9093 ADMIN_CONFIG=admin.properties SECRETS_DIR=secrets KAFKA_HOME=/opt/kafka deploy/kafka/acls.sh
#   deploy/kafka/acls.sh --dry-run      # print the commands instead of running them (no passwords)
# Safe to run again: each password is set to its file's, an ACL that exists stays as it is. It only adds: an
# ACL taken out of this file must also be taken off the cluster (kafka-acls.sh --remove).
#
# Topic ACLs are literal (exact names). Consumer groups and transactional ids are prefixed: a stage worker's
# group is mash-<stage> (--group-id changes it, and then the ACL must follow) and its exactly-once
# transactional id <group>-<host>-<pid>; the topic replicas of the referral and decision workers use
# mash-replica-<uuid>, the workspace's follower mash-workspace-<uuid>, `mash tail` mash-tail-<uuid>.
# Read and Write imply Describe. IdempotentWrite: every producer is idempotent.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
BOOTSTRAP_SERVER=${BOOTSTRAP_SERVER:-kafka:9095}
ADMIN_CONFIG=${ADMIN_CONFIG:-$here/admin.properties}
SECRETS_DIR=${SECRETS_DIR:-/secrets}
KAFKA_HOME=${KAFKA_HOME:-/opt/kafka}

dry_run=0
case "${1:-}" in
  "") ;;
  --dry-run) dry_run=1 ;;
  *) echo "usage: deploy/kafka/acls.sh [--dry-run]" >&2; exit 2 ;;
esac

TASKING="mash.tasking.police mash.tasking.social-care mash.tasking.health"

run() {
  local tool=$1; shift
  if [[ $dry_run == 1 ]]; then
    echo "$tool --bootstrap-server $BOOTSTRAP_SERVER --command-config $ADMIN_CONFIG $*"
  else
    "$KAFKA_HOME/bin/$tool" --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$ADMIN_CONFIG" "$@" >/dev/null
  fi
}

# scram_user PRINCIPAL: creates the user, or sets its password, from SECRETS_DIR/PRINCIPAL.password.
scram_user() {
  local principal=$1 password
  if [[ $dry_run == 1 ]]; then
    password="<$SECRETS_DIR/$principal.password>"
  else
    password=$(<"$SECRETS_DIR/$principal.password")
    if [[ ! $password =~ ^[A-Za-z0-9._~-]{16,}$ ]]; then
      echo "acls: $SECRETS_DIR/$principal.password: expected at least 16 of A-Z a-z 0-9 . _ ~ - (kafka-configs.sh's [password=...] syntax)" >&2
      exit 1
    fi
  fi
  echo "acls: SCRAM-SHA-512 user $principal"
  run kafka-configs.sh --alter --entity-type users --entity-name "$principal" --add-config "SCRAM-SHA-512=[password=$password]"
}

# acl PRINCIPAL PATTERN-TYPE "OPERATION..." RESOURCE-OPTION NAME...: allows the operations on each named resource.
acl() {
  local principal=$1 pattern=$2 operations=$3 option=$4; shift 4
  local args=(--add --allow-principal "User:$principal" --resource-pattern-type "$pattern")
  local operation name
  for operation in $operations; do args+=(--operation "$operation"); done
  for name in "$@"; do args+=("$option" "$name"); done
  echo "acls: $principal may $operations $option $* ($pattern)"
  run kafka-acls.sh "${args[@]}"
}

reads()        { local principal=$1; shift; acl "$principal" literal Read --topic "$@"; }
writes()       { local principal=$1; shift; acl "$principal" literal Write --topic "$@"; }
groups()       { local principal=$1; shift; acl "$principal" prefixed Read --group "$@"; }
transactions() { acl "$1" prefixed "Write Describe" --transactional-id "$2"; }
idempotent() {
  echo "acls: $1 may IdempotentWrite on the cluster"
  run kafka-acls.sh --add --allow-principal "User:$1" --operation IdempotentWrite --cluster
}

# Referral worker: screens mash.referral; follows the register, the held decisions and the hub's child history.
scram_user mash-referral
reads  mash-referral mash.referral mash.referral-register mash.held-decisions mash.child-history
writes mash-referral mash.research mash.referral-register mash.child-history mash.dead-letter
# A referral about a child already open to social care is routed by this worker itself (AllocatedWorkerRouting):
# the social-care tasking (and the police's or health's beside it where the level's response says so), the
# outcome and audit records, or the routing held for sign-off. Without these grants such a referral is
# dead-lettered after some of its outputs were written. Drop them once that routing is issued by mash-decision.
writes mash-referral $TASKING mash.outcome mash.audit mash.review mash.held-decisions
groups mash-referral mash-referral mash-replica-
transactions mash-referral mash-referral-
idempotent mash-referral

# Research worker.
scram_user mash-research
reads  mash-research mash.research
writes mash-research mash.risk-assessment mash.dead-letter
groups mash-research mash-research
transactions mash-research mash-research-
idempotent mash-research

# Risk worker.
scram_user mash-risk
reads  mash-risk mash.risk-assessment
writes mash-risk mash.decision mash.dead-letter
groups mash-risk mash-risk
transactions mash-risk mash-risk-
idempotent mash-risk

# Decision worker: decides (mash.decision) and applies sign-offs (mash.sign-off); follows the held decisions.
scram_user mash-decision
reads  mash-decision mash.decision mash.sign-off mash.held-decisions
writes mash-decision $TASKING mash.outcome mash.child-history mash.audit mash.review mash.held-decisions mash.dead-letter
groups mash-decision mash-decision mash-replica-
transactions mash-decision mash-decision-
idempotent mash-decision

# Deadline watcher: reads the case topics it watches (keyed by child, so one copy holds all of a case), writes
# escalations. It commits no offsets (it rebuilds what it watches from the beginning), but joins its group.
scram_user mash-watch
reads  mash-watch mash.research mash.risk-assessment mash.review mash.outcome
writes mash-watch mash.escalation
groups mash-watch mash-watch
idempotent mash-watch

# Workspace: reads the case topics into its read model; people's sign-offs, escalations and their audit records.
scram_user mash-workspace
reads  mash-workspace mash.decision mash.review mash.outcome $TASKING mash.audit mash.sign-off mash.escalation
writes mash-workspace mash.sign-off mash.escalation mash.audit mash.dead-letter
groups mash-workspace mash-workspace- mash-tail-
idempotent mash-workspace

# Gateway: the only writer of mash.referral; answers partners' status questions and records their tasking
# acknowledgements (mash.tasking-update). It reads no topic that carries agencies' research: status comes from
# the register, the review and outcome topics and the dead letters.
scram_user mash-gateway
reads  mash-gateway mash.referral-register mash.review mash.outcome mash.dead-letter mash.tasking-update $TASKING
writes mash-gateway mash.referral mash.tasking-update mash.dead-letter
groups mash-gateway mash-gateway-
idempotent mash-gateway

# Topics job (`mash topics apply`): sees and creates the hub's topics, nothing else.
scram_user mash-admin
acl mash-admin prefixed "Describe Create" --topic mash.

echo "acls: done"
