#!/usr/bin/env python3
"""Every public declaration a library user sees has a doc comment.

Extracts the symbol graphs of the library's modules from a build (swift-symbolgraph-extract
on the .swiftmodule files, public and open symbols only: `package` and internal ones are
not the library's API) and lists each public declaration without a `///` comment, as
FILE:LINE: KIND NAME. Exits 1 when there is one, 2 when the graphs cannot be made.
A member that implements another module's protocol (`description`, `init(rawValue:)`)
counts as documented by that protocol.

    python3 scripts/check-api-docs.py [--modules .build/debug/Modules] [--module NAME ...]

Run by the test PublicAPIDocumentationTests (so by `swift test` and `make test`) against
the modules the test build made; `make api-docs` runs it on the debug build.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = ["DocNorm", "DocNormModel", "DocNormReaders", "DocNormRules", "DocNormWriters"]


def module_maps():
    """The C modules' maps (libxml2, libzip, cmark-gfm shims; dependencies' own)."""
    maps = []
    for base in ("Sources", ".build/checkouts"):
        for path in glob.glob(os.path.join(ROOT, base, "**", "module.modulemap"), recursive=True):
            maps += ["-Xcc", "-fmodule-map-file=" + path]
    return maps


def symbols(module, modules_dir, out):
    command = ["swift-symbolgraph-extract", "-module-name", module, "-target", "x86_64-unknown-linux-gnu",
               "-I", modules_dir, "-Xcc", "-I/usr/include/libxml2", *module_maps(),
               "-minimum-access-level", "public", "-skip-synthesized-members", "-output-dir", out]
    r = subprocess.run(command, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"check-api-docs: cannot read the module {module} in {modules_dir}: {r.stderr.strip()}")
    # MODULE.symbols.json, and MODULE@OTHER.symbols.json for extensions of other modules' types.
    for path in sorted(glob.glob(os.path.join(out, module + ".symbols.json")) + glob.glob(os.path.join(out, module + "@*.symbols.json"))):
        with open(path) as f:
            yield from json.load(f)["symbols"]


def documented(symbol):
    """Its own comment, or one inherited from the protocol it implements."""
    doc = symbol.get("docComment")
    return bool(doc) and any(line["text"].strip() for line in doc["lines"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--modules", default=os.path.join(ROOT, ".build/debug/Modules"),
                        help="the directory of the built .swiftmodule files")
    parser.add_argument("--module", action="append", help="a module to check (default: the library's five)")
    args = parser.parse_args()
    missing, counts = [], []
    with tempfile.TemporaryDirectory() as out:
        for module in args.module or LIBRARY:
            public = undocumented = 0
            for s in symbols(module, args.modules, out):
                if s.get("accessLevel") not in ("public", "open"):
                    continue
                public += 1
                if documented(s):
                    continue
                undocumented += 1
                location = s.get("location", {})
                path = location.get("uri", "?").removeprefix("file://").removeprefix(ROOT + "/")
                line = location.get("position", {}).get("line", -1) + 1
                kind = s["kind"]["identifier"].removeprefix("swift.")
                missing.append(f"{path}:{line}: {kind} {module}.{'.'.join(s['pathComponents'])}")
            counts.append(f"{module} {public} ({undocumented} undocumented)")
    for m in sorted(missing):
        print(m)
    print(f"public declarations: {', '.join(counts)}")
    if missing:
        print(f"{len(missing)} public declarations have no doc comment: give each a /// line saying what it is "
              "for a library user, or make it package when only the package's own modules use it")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
