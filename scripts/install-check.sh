#!/usr/bin/env bash
# What `make install` gives a user, checked on the installed files (make install-check):
#   1. the binary, the man page and the bash, zsh and fish completions are installed;
#   2. `man docnorm` renders from the PREFIX (every command, the CJK examples intact);
#   3. the completions complete file names: bash and fish are run, zsh is parsed;
#   4. ldd of the installed binary names no Swift library (static standard library);
#   5. the binary converts the samples in a chroot holding only it and the libraries ldd
#      lists, and writes there what it writes here (as root; skipped with a message otherwise).
# Exit status 0 when all hold; the first failure is one line saying what is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "install-check: $*" >&2; exit 1; }
pass() { echo "  ok: $*"; }

work=$(mktemp -d /tmp/docnorm-install-check.XXXXXX)
root=""
cleanup() {
    if [ -n "$root" ] && mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

prefix="$work/prefix"
make --no-print-directory install PREFIX="$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "make install PREFIX=$prefix failed"; }
bin="$prefix/bin/docnorm"

# 1. The files.
for f in bin/docnorm share/man/man1/docnorm.1 share/bash-completion/completions/docnorm \
         share/zsh/site-functions/_docnorm share/fish/vendor_completions.d/docnorm.fish; do
    [ -s "$prefix/$f" ] || fail "make install did not install $f"
done
pass "installed bin/docnorm, share/man/man1/docnorm.1 and completions for bash, zsh, fish"

# 2. The man page, found through MANPATH as `man docnorm` finds it after a real install.
page=$(MANPATH="$prefix/share/man" MANWIDTH=100 man -P cat docnorm 2>"$work/man.err") || { cat "$work/man.err" >&2; fail "man docnorm does not render"; }
[ ! -s "$work/man.err" ] || { cat "$work/man.err" >&2; fail "man docnorm warns"; }
for want in "docnorm convert" "docnorm check" "docnorm outline" "--chunk-size" "--generate-completion-script" "一、三、四、"; do
    grep -qF -- "$want" <<<"$page" || fail "man docnorm does not show '$want'"
done
pass "MANPATH=PREFIX/share/man man docnorm renders ($(wc -l <<<"$page") lines, CJK intact)"

# 3. Completions, in a directory of readable and unreadable names.
files="$work/complete"
mkdir -p "$files/reports"
touch "$files/a.docx" "$files/b.txt" "$files/c.md" "$files/D.DOCX" "$files/photo.png" "$files/notes.pdf"
bash_complete() {  # the words before the cursor, then the word being completed
    (cd "$files" && bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _docnorm docnorm "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$prefix/share/bash-completion/completions/docnorm" "$@")
}
got=$(bash_complete docnorm convert "" | tr '\n' ' ')
[ "$got" = "D.DOCX a.docx b.txt c.md reports " ] || fail "bash: docnorm convert <TAB> completes to '$got', not the inputs and the directory"
got=$(bash_complete docnorm convert a.docx -t "" | tr '\n' ' ')
[ "$got" = "chunks docx html json md txt " ] || fail "bash: -t <TAB> completes to '$got'"
got=$(bash_complete docnorm check "" | tr '\n' ' ')
[ "$got" = "D.DOCX a.docx b.txt c.md reports " ] || fail "bash: docnorm check <TAB> completes to '$got'"
pass "bash completes inputs to .docx/.txt/.md files and directories, -t to the formats"

got=$(cd "$files" && fish --no-config -c "source $prefix/share/fish/vendor_completions.d/docnorm.fish; complete -C 'docnorm convert '" | cut -f1 | sort | tr '\n' ' ')
for want in a.docx b.txt c.md D.DOCX reports/; do
    grep -qF -- "$want " <<<"$got" || fail "fish: docnorm convert <TAB> does not offer $want (got: $got)"
done
! grep -qE "photo.png|notes.pdf" <<<"$got" || fail "fish: docnorm convert <TAB> offers files docnorm cannot read ($got)"
pass "fish completes inputs to the readable files and directories"

zsh -n "$prefix/share/zsh/site-functions/_docnorm" || fail "zsh: the completion script does not parse"
grep -qF "_files -g" "$prefix/share/zsh/site-functions/_docnorm" || fail "zsh: the completion script completes no file names"
grep -qF "*.docx" "$prefix/share/zsh/site-functions/_docnorm" || fail "zsh: the completion script does not name .docx"
pass "zsh completion parses and completes inputs with _files -g '*.docx …'"

# 4. No Swift library at run time.
ldd "$bin" >"$work/ldd" || fail "ldd $bin failed"
if grep -E "libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift|not found" "$work/ldd"; then
    fail "the installed binary needs the libraries above (build with --static-swift-stdlib)"
fi
pass "ldd: no Swift library ($(grep -c '=>' "$work/ldd") system libraries: $(grep -o '^\s*lib[^ ]*' "$work/ldd" | tr -d '\t' | sed 's/\.so.*//' | tr '\n' ' '))"

# 5. A chroot with only the binary, the system libraries ldd lists and the dynamic loader.
# Swift reads its arguments from /proc/self/cmdline on Linux, so /proc is mounted there:
# a kernel file system every Linux machine has, not a library.
if [ "$(id -u)" != 0 ]; then
    echo "  skipped: the chroot run needs root (run make install-check as root)"
    exit 0
fi
root="$work/root"
mkdir -p "$root/bin" "$root/in" "$root/proc" "$root/tmp"
cp "$bin" "$root/bin/docnorm"
for lib in $(grep -oE '/[^ ]+' "$work/ldd"); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
files_in_root=$(find "$root" -type f | wc -l)
cp Samples/*.txt Samples/*.docx "$root/in/"
if ! mount -t proc proc "$root/proc" 2>"$work/mount.err"; then
    echo "  skipped: the chroot run cannot mount /proc here ($(head -1 "$work/mount.err"))"
    exit 0
fi
chroot "$root" /bin/docnorm convert /in -o /out -t md -t html -t txt -t json -t docx -t chunks -q \
    || fail "the binary fails in the chroot (files there: $(cd "$root" && find . -path ./proc -prune -o -type f -print | tr '\n' ' '))"
"$bin" convert "$root/in" -o "$work/here" -t md -t html -t txt -t json -t docx -t chunks -q
# The journal records inode numbers and paths, which differ by construction.
diff -r -x .docnorm-journal.jsonl "$work/here" "$root/out" >/dev/null || fail "the outputs in the chroot differ from those outside"
count=$(find "$root/out" -type f ! -name '.*' | wc -l)
[ "$count" -ge 6 ] || fail "the chroot run wrote only $count files"
pass "in a chroot of $files_in_root files (binary, libraries, loader) it converts the samples: $count outputs, the same bytes as outside"
