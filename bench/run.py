#!/usr/bin/env python3
"""make bench: docnorm against pandoc, docling-rs and the parsing floor, measured in one run
on the same files, on this machine. Prints a table of ratios and writes bench/results.md.

Each timing is the median of RUNS runs of a whole command; ratios are taken between timings
of the same run, never against numbers from elsewhere.
"""
import datetime
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BIN = os.path.join(ROOT, ".build", "release", "docnorm")
FLOOR = os.path.join(ROOT, ".build", "bench-floor")
VENV = os.path.join(ROOT, ".build", "bench-venv")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CORES = os.cpu_count() or 1


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, runs=RUNS, env=None):
    """Median wall time and the peak resident memory (MB) of the command, via /usr/bin/time."""
    times, peaks = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        times.append(time.perf_counter() - t0)
        try:
            peaks.append(int(p.stderr.strip().splitlines()[-1]) / 1024)
        except (ValueError, IndexError):
            peaks.append(float("nan"))
    return statistics.median(times), max(peaks)


def setup():
    # The machine's shared build lock, as every build here takes it.
    lock = ["flock", "/tmp/docnorm-build.lock"] if shutil.which("flock") else []
    sh(lock + ["make", "-C", ROOT, "build"], stdout=subprocess.DEVNULL)
    cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "libzip", "libxml-2.0"], capture_output=True, text=True, check=True).stdout.split()
    sh(["cc", "-O2", "-o", FLOOR, os.path.join(ROOT, "bench", "floor.c")] + cflags)
    tools = {}
    if not os.path.exists(os.path.join(VENV, "bin", "python")):
        sh([sys.executable, "-m", "venv", VENV])
    for package in ("pypandoc-binary", "docling-rs"):
        r = subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", package], capture_output=True, text=True)
        tools[package] = r.returncode == 0
    pandoc = glob.glob(os.path.join(VENV, "lib", "python*", "site-packages", "pypandoc", "files", "pandoc"))
    tools["pandoc"] = pandoc[0] if pandoc and tools["pypandoc-binary"] else None
    return tools


def docx_set(work):
    """The samples' .docx and the valid files of the shared corpus, as links in one folder."""
    files = sorted(glob.glob(os.path.join(ROOT, "Samples", "*.docx")))
    index = os.path.join(ROOT, "..", "shared", "corpus", "INDEX.tsv")
    if os.path.exists(index):
        for line in open(index, encoding="utf-8").read().splitlines()[1:]:
            f = line.split("\t")
            if len(f) > 5 and f[5] == "no":
                files.append(os.path.join(ROOT, "..", "shared", "corpus", f[0]))
    base = os.path.join(work, "docx")
    os.makedirs(base)
    for i, f in enumerate(files):
        os.symlink(os.path.abspath(f), os.path.join(base, f"{i:04d}.docx"))
    return base, [os.path.join(base, n) for n in sorted(os.listdir(base))]


def repeated(work, files, times):
    d = os.path.join(work, f"docx-x{times}")
    os.makedirs(d)
    for k in range(times):
        for f in files:
            os.symlink(os.path.realpath(f), os.path.join(d, f"{k}-{os.path.basename(f)}"))
    return d


def text_file(work, times):
    seeds = "".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(ROOT, "Samples", "*.txt"))))
    path = os.path.join(work, f"reports-x{times}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(seeds * times)
    return path


def main():
    tools = setup()
    work = tempfile.mkdtemp(prefix="docnorm-bench-")
    rows, notes = [], []
    try:
        folder, files = docx_set(work)
        big = repeated(work, files, 5)
        out = os.path.join(work, "out")
        doc = lambda src, jobs: [BIN, "convert", src, "-o", out, "-t", "md", "-q", "--force", "-j", str(jobs)]

        t_floor, m_floor = timed([FLOOR] + files)
        t_j1, m_j1 = timed(doc(folder, 1))
        t_jn, m_jn = timed(doc(folder, CORES))
        t_big1, _ = timed(doc(big, 1), runs=1)
        t_bign, m_bign = timed(doc(big, CORES), runs=1)
        rows.append(("docnorm -j 1 (corpus)", t_j1, m_j1))
        rows.append((f"docnorm -j {CORES} (corpus)", t_jn, m_jn))
        rows.append(("floor: unzip + libxml2 parse", t_floor, m_floor))
        rows.append((f"docnorm -j 1 (corpus x5, {len(files) * 5} files)", t_big1, float("nan")))
        rows.append((f"docnorm -j {CORES} (corpus x5)", t_bign, m_bign))

        ratios = {"docnorm / floor (single-threaded)": t_j1 / t_floor, f"speed-up 1 → {CORES} workers": t_j1 / t_jn,
                  f"speed-up 1 → {CORES} workers (x5 set)": t_big1 / t_bign}

        if tools.get("pandoc"):
            # One process per file, as users run it.
            script = os.path.join(work, "pandoc.sh")
            with open(script, "w") as f:
                f.write("#!/bin/sh\nfor x in \"$@\"; do \"%s\" -f docx -t gfm \"$x\" -o /dev/null 2>/dev/null; done\n" % tools["pandoc"])
            os.chmod(script, 0o755)
            t_pandoc, m_pandoc = timed([script] + files, runs=1)
            rows.append(("pandoc (one process per file, to gfm)", t_pandoc, m_pandoc))
            ratios["pandoc / docnorm (speed-up, single-threaded)"] = t_pandoc / t_j1
        else:
            notes.append("pandoc: pypandoc-binary could not be installed here; not measured.")
        if tools.get("docling-rs"):
            script = os.path.join(work, "docling.py")
            with open(script, "w") as f:
                f.write("import sys\nfrom docling_rs import DocumentConverter\nc = DocumentConverter()\n"
                        "for x in sys.argv[1:]:\n    try:\n        c.convert(x).document.export_to_markdown()\n    except Exception:\n        pass\n")
            probe = subprocess.run([os.path.join(VENV, "bin", "python"), script, files[0]], capture_output=True, text=True)
            if probe.returncode == 0:
                t_dl, m_dl = timed([os.path.join(VENV, "bin", "python"), script] + files, runs=1)
                rows.append(("docling-rs (one Python process, to Markdown)", t_dl, m_dl))
                ratios["docling-rs / docnorm (speed-up, single-threaded)"] = t_dl / t_j1
            else:
                notes.append("docling-rs: installed, but its API did not answer as expected: " + (probe.stderr.strip().splitlines() or ["?"])[-1])
        else:
            notes.append("docling-rs: could not be installed here; not measured.")

        # Plain text: docnorm against iconv copying the same bytes (UTF-8 to UTF-8), same run.
        sizes = {}
        for times in (1, 10, 96, 960):
            path = text_file(work, times)
            t, m = timed([BIN, "convert", path, "-t", "txt", "-o", "-"])
            sizes[times] = (t, m, os.path.getsize(path), path)
            rows.append((f"plain text -t txt, reports x{times} ({os.path.getsize(path) / 1e6:.1f} MB)", t, m))
        t_big, m_big, s_big, big_text = sizes[960]
        t_md, m_md = timed([BIN, "convert", big_text, "-t", "md", "-o", "-"])
        rows.append((f"plain text -t md, reports x960 ({s_big / 1e6:.1f} MB)", t_md, m_md))
        t_iconv, m_iconv = timed(["iconv", "-f", "UTF-8", "-t", "UTF-8", big_text])
        rows.append((f"iconv -f UTF-8 -t UTF-8, same {s_big / 1e6:.1f} MB", t_iconv, m_iconv))
        mb = s_big / 1e6
        ratios[f"text -t txt MB/s ({mb:.0f} MB; iconv {mb / t_iconv:.0f} MB/s)"] = mb / t_big
        ratios["text -t txt / iconv (target 2)"] = t_big / t_iconv
        ratios["text -t md / iconv (target 2.5)"] = t_md / t_iconv
        ratios["text peak MB, -t md (budget 50 + 2 x input = %.0f)" % (50 + 2 * mb)] = max(m_big, m_md)
        ratios["text time x960 / x96 (10 x input; linear is 10, target 11)"] = t_big / sizes[96][0]
        ratios["text time x96 / x10 (start-up dominates the small one)"] = sizes[96][0] / sizes[10][0]

        largest = 0
        for f in files:
            try:
                import zipfile
                with zipfile.ZipFile(f) as z:
                    largest = max(largest, z.getinfo("word/document.xml").file_size)
            except Exception:
                pass
        budget = 50 + 3 * largest / 1e6
        ratios["peak memory MB, -j 1 (budget 50 + 3 x largest document.xml = %.0f)" % budget] = m_j1
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = ["| measurement | seconds (median) | peak MB |", "|---|---:|---:|"]
    lines += [f"| {name} | {t:.2f} | {m:.0f} |" for name, t, m in rows]
    lines += ["", "| ratio | value |", "|---|---:|"] + [f"| {k} | {v:.2f} |" for k, v in ratios.items()]
    table = "\n".join(lines)
    print(table)
    for n in notes:
        print(n)
    machine = f"{platform.node()}: {platform.machine()}, {CORES} cores, {platform.system()} {platform.release()}"
    commands = [
        "floor: bench/floor.c over the same files (unzip document.xml, styles.xml, numbering.xml; libxml2 parse)",
        "docnorm: docnorm convert DIR -o OUT -t md -q --force -j N",
        "pandoc: pandoc -f docx -t gfm FILE -o /dev/null, one process per file",
        "docling-rs: DocumentConverter().convert(FILE).document.export_to_markdown() for every file, in one Python process",
        "plain text: docnorm convert reports-xN.txt -t txt -o - (and -t md), the samples' reports N times over, against iconv -f UTF-8 -t UTF-8 on the same file",
    ]
    with open(os.path.join(ROOT, "bench", "results.measured.md"), "w", encoding="utf-8") as f:
        f.write(f"# Benchmark run {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}\n\n")
        f.write(f"Machine: {machine}\n\n{table}\n\n" + "\n".join(f"- {n}" for n in notes) + "\n\nCommands:\n" + "\n".join(f"- {c}" for c in commands) + "\n")
    print(f"\nwritten to bench/results.measured.md ({machine}); bench/results.md is the reviewed copy")


if __name__ == "__main__":
    main()
