#!/usr/bin/env bash
# The README's Slurm array job on a real scheduler (make slurm-check; root):
#   1. a one-node cluster on this machine: munged with its own key, slurmctld and slurmd with
#      a generated slurm.conf, all in a temporary directory, on ports of their own;
#   2. the README's sbatch block, taken from README.md as it stands, submitted over a copy of
#      ../shared/corpus/docx (or of Samples/, repeated) as SHARDS tasks;
#   3. the union of the tasks' outputs equals one `docnorm convert` of the whole copy, byte
#      for byte (diff -r), and the manifests count the same converted and failed files;
#   4. one task resubmitted skips every file it converted: its log and manifest say so;
#   5. the cluster stopped and the directory removed, whatever happened.
# BIN is the docnorm to run (default .build/release/docnorm), CORPUS the tree to copy.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/docnorm}
SHARDS=${SHARDS:-4}
CORPUS=${CORPUS:-../shared/corpus/docx}
started=$(date +%s)

fail() { echo "slurm-check: $*" >&2; exit 1; }
pass() { echo "  ok: $*"; }
[ "$(id -u)" = 0 ] || fail "needs root (it starts slurmd and munged)"
[ -x "$BIN" ] || fail "$BIN is missing: run make build"

work=$(mktemp -d /tmp/docnorm-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ "$status" != 0 ]; then
        for log in "$work"/slurmctld.log "$work"/slurmd.log "$work"/munged.log; do
            [ -f "$log" ] && { echo "--- last lines of $log" >&2; tail -5 "$log" >&2; }
        done
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The cluster.
mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/bin"
chmod 700 "$work/munge"
mungekey --create --keyfile="$work/munge/munge.key" 2>/dev/null || dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge/munge.key"
socket="$work/munge/munge.socket"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munge/seed" >"$work/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || fail "munged did not start"
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null || fail "munge cannot encode and decode a credential"

host=$(hostname -s)
port=$(( 20000 + RANDOM % 20000 ))
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=docnorm-check
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MinJobAge=3600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=check Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    sinfo -h -o %T 2>/dev/null | grep -qE "^idle" && break
    sleep 0.2
done
sinfo -h -o %T | grep -qE "^idle" || fail "the node did not come up: $(sinfo 2>&1 | tail -1)"
pass "one-node cluster up ($host, $(nproc) CPUs, slurm $(sinfo --version | cut -d' ' -f2)) in $(( $(date +%s) - started )) s"

# 2. The README's job over a copy of a corpus.
awk '/^A Slurm array job/ { found = 1 } found && /^```sh$/ { body = 1; next } body && /^```$/ { exit } body { print }' \
    README.md >"$work/docnorm.sbatch"
grep -q '^#SBATCH --array' "$work/docnorm.sbatch" || fail "no sbatch block after 'A Slurm array job' in README.md"
corpus="$work/reports"
mkdir -p "$corpus"
if [ -d "$CORPUS" ]; then
    cp -r "$CORPUS/." "$corpus/"
    source_name="$CORPUS"
else
    for i in $(seq -w 1 20); do mkdir -p "$corpus/copy$i" && cp Samples/*.txt Samples/*.docx "$corpus/copy$i/"; done
    source_name="Samples/ repeated 20 times"
fi
inputs=$(find "$corpus" -type f \( -iname '*.txt' -o -iname '*.docx' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.html' -o -iname '*.htm' \) | wc -l)
cp "$BIN" "$work/bin/docnorm"
out="$work/out"
submit() {  # sbatch options…; prints the job id
    (cd "$work" && PATH="$work/bin:$PATH" SHARDS=$SHARDS REPORTS="$corpus" OUT="$out" \
        sbatch --parsable --cpus-per-task=1 "$@" docnorm.sbatch)
}
wait_for() {  # job id: waits until none of its tasks is pending or running
    for _ in $(seq 3000); do
        [ -z "$(squeue -h -j "$1" 2>/dev/null)" ] && return 0
        sleep 0.2
    done
    fail "job $1 did not finish in 10 minutes: $(squeue -j "$1" | tail -3)"
}
array_started=$(date +%s)
job=$(submit --array=0-$((SHARDS - 1)))
wait_for "$job"
array_seconds=$(( $(date +%s) - array_started ))
# A task ends 0 when every file converted, 1 when some failed (as docnorm does); nothing else.
states=$(scontrol -o show job "$job" | grep -oE 'JobState=[A-Z]+ .* ExitCode=[0-9]+:[0-9]+' | sed -E 's/JobState=([A-Z]+) .* ExitCode=([0-9:]+)/\1 \2/' | sort | uniq -c | awk '{print $1 " " $2 " " $3}' | paste -sd, -)
tasks=$(scontrol -o show job "$job" | wc -l)
[ "$tasks" = "$SHARDS" ] || fail "job $job ran $tasks tasks, not $SHARDS"
bad=$(scontrol -o show job "$job" | grep -vE 'ExitCode=(0|1):0' || true)
[ -z "$bad" ] || fail "tasks ended badly: $bad"
pass "README job $job: $SHARDS tasks over $inputs inputs ($source_name) in $array_seconds s ($states)"

# 3. The union of the shards against one run.
single_started=$(date +%s)
status=0
"$BIN" convert "$corpus" -o "$work/single" -t md -t json -q -j "$(nproc)" --manifest "$work/single.jsonl" 2>"$work/single.err" || status=$?
single_seconds=$(( $(date +%s) - single_started ))
[ "$status" -le 1 ] || fail "the single run ended with status $status: $(head -3 "$work/single.err")"
diff -r -x .docnorm-journal.jsonl "$work/single" "$out" >"$work/diff" || fail "the shards' outputs differ from one run: $(head -5 "$work/diff")"
count() { cat "$@" | grep -c "\"status\":\"$status_name\"" || true; }
status_name=converted; single_converted=$(count "$work/single.jsonl"); shard_converted=$(count "$out.manifests"/*.jsonl)
status_name=failed; single_failed=$(count "$work/single.jsonl"); shard_failed=$(count "$out.manifests"/*.jsonl)
[ "$single_converted" = "$shard_converted" ] || fail "one run converted $single_converted files, the shards $shard_converted"
[ "$single_failed" = "$shard_failed" ] || fail "one run failed on $single_failed files, the shards on $shard_failed"
[ "$single_converted" -gt 0 ] || fail "nothing was converted"
outputs=$(find "$out" -type f ! -name '.*' | wc -l)
pass "diff -r: the $SHARDS shards' $outputs outputs are one run's, byte for byte ($single_converted converted, $single_failed failed; one run: $single_seconds s)"

# 4. One task again: it skips what it finished.
task=1
manifest=$(ls "$out.manifests/$job-$task.jsonl")
first_converted=$(grep -c '"status":"converted"' "$manifest" || true)
[ "$first_converted" -gt 0 ] || fail "task $task converted nothing the first time"
again=$(submit --array=$task)
wait_for "$again"
log="$work/docnorm-${again}_$task.log"
[ -f "$log" ] || fail "no log $log"
summary=$(grep -E '^[0-9]+ converted, [0-9]+ skipped' "$log" | tail -1)
[ -n "$summary" ] || fail "the resubmitted task's log has no summary: $(tail -3 "$log")"
[[ "$summary" == "0 converted, $first_converted skipped"* ]] || fail "resubmitted task $task: '$summary', not 0 converted and $first_converted skipped"
remanifest="$out.manifests/$again-$task.jsonl"
[ "$(grep -c '"status":"skipped"' "$remanifest" || true)" = "$first_converted" ] || fail "the resubmitted task's manifest does not list its $first_converted files as skipped"
! grep -q '"status":"converted"' "$remanifest" || fail "the resubmitted task converted files again"
diff -r -x .docnorm-journal.jsonl "$work/single" "$out" >/dev/null || fail "the outputs changed after the resubmission"
pass "task $task resubmitted (job $again): log says '$summary'; its manifest lists those $first_converted files as skipped"

echo "slurm-check passed in $(( $(date +%s) - started )) s"
