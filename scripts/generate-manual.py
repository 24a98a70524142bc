#!/usr/bin/env python3
"""docs/docnorm.1 (mdoc) from the argument parser's own description of the command line.

    python3 scripts/generate-manual.py BINARY [--output FILE]

Reads `BINARY --experimental-dump-help` (swift-argument-parser's JSON of every command,
option and help text), so the page says what `--help` says. It stands in for the parser's
generate-manual plugin, which drops every character outside ASCII (the CJK examples of
--renumber and --split-enumerations came out as blanks) and prints discussions as running
text. The date of an existing page is kept when nothing else in it changes, so
regenerating an up-to-date page changes nothing.
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys

# Sections no option describes; kept short, the README says the rest.
FIXED_SECTIONS = r""".Sh FILES
.Bl -tag -width Ds
.It Pa docnorm.yaml
A house-style file in the working directory, read when
.Fl -config
is not given: label forms, numbering, contents and clean-up settings.
Flags on the command line win over it.
.It Pa OUT/.docnorm-journal.jsonl
The record of finished inputs of
.Nm Cm convert Fl o Ar OUT ;
a later run with the same options skips them.
.El
.Sh ENVIRONMENT
.Bl -tag -width Ds
.It Ev NO_COLOR
When set, progress and summaries are written without colour.
.El
.Sh EXAMPLES
.Bd -literal -offset indent
docnorm report.docx -o report.md
docnorm convert reports/ -o out -t md -t json
docnorm check reports/
docnorm --generate-completion-script bash > /etc/bash_completion.d/docnorm
.Ed
.Sh SEE ALSO
.Xr pandoc 1
"""


def text_line(line):
    """A line of running text: backslashes as \\e, a leading dot or apostrophe guarded."""
    line = line.replace("\\", "\\e")
    if line.startswith((".", "'")):
        line = "\\&" + line
    return line


def macro_argument(value):
    """One argument of a macro line: quoted when it holds a blank."""
    value = value.replace("\\", "\\e").replace('"', "\\(dq")
    return f'"{value}"' if (" " in value or not value) else value


def paragraph(text):
    """Running text, one output line per input line, blank lines as paragraph breaks."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(".Pp" if not line.strip() else text_line(line.strip()))
    return out


def literal(text):
    """Text laid out by its author (columns, examples): a literal display."""
    out = [".Bd -literal -offset indent"]
    for line in text.strip("\n").split("\n"):
        out.append(text_line(line) if line else "")
    out.append(".Ed")
    return out


def discussion(text):
    # Indented lines mean a layout; plain sentences are reflowed as the reader's terminal needs.
    return literal(text) if re.search(r"^ ", text, re.M) else paragraph(text)


def names(argument):
    """`Fl t , Fl -to`: the option's names as mdoc flags."""
    parts = []
    for name in argument.get("names", []):
        parts.append("Fl " + ("-" + name["name"] if name["kind"] == "long" else name["name"]))
    return " , ".join(parts)


def item(argument):
    kind = argument["kind"]
    value = macro_argument(argument.get("valueName", ""))
    if kind == "positional":
        head = f".It Ar {value}" + (" ..." if argument.get("isRepeating") else "")
    elif kind == "option":
        head = f".It {names(argument)} Ar {value}"
    else:
        head = f".It {names(argument)}"
    body = paragraph(argument.get("abstract", "")) if argument.get("abstract") else []
    # What the help text leaves unsaid: the values, the default, that it repeats.
    abstract = argument.get("abstract", "")
    said = set(re.findall(r"[\w-]+", abstract.lower()))
    extra = []
    values = argument.get("allValues") or []
    if values and kind == "option" and not all(v.lower() in said for v in values):
        extra.append("Values: " + ", ".join(values) + ".")
    if argument.get("defaultValue") is not None and "default" not in said:
        extra.append(f"Default: {argument['defaultValue']}.")
    if argument.get("isRepeating") and kind == "option" and "repeatable" not in said:
        extra.append("Repeatable.")
    if extra:
        body.append(text_line(" ".join(extra)))
    if argument.get("discussion"):
        body += [".Pp"] + discussion(argument["discussion"])
    return [head] + body


def visible(items):
    return [a for a in items if a.get("shouldDisplay", True)]


def synopsis(command, path):
    # Each invocation starts with a bare .Nm; the command on its own line.
    out = [".Nm"] + [f".Cm {word}" for word in path]
    for argument in visible(command.get("arguments", [])):
        if argument["kind"] == "positional":
            ellipsis = " ..." if argument.get("isRepeating") else ""
            text = f"Ar {macro_argument(argument['valueName'])}{ellipsis}"
            out.append(f".Op {text}" if argument.get("isOptional") else f".{text}")
    options = [a for a in visible(command.get("arguments", [])) if a["kind"] != "positional"]
    if options:
        out.append(".Op Ar options")
    return out


def manual(dump, date):
    root = dump["command"]
    name = root["commandName"]
    subcommands = [c for c in visible(root.get("subcommands", [])) if c["commandName"] != "help"]
    default = root.get("defaultSubcommand")
    lines = [
        '.\\" Generated from the argument parser by scripts/generate-manual.py: make man',
        f".Dd {date}",
        f".Dt {name.upper()} 1",
        ".Os",
        ".Sh NAME",
        f".Nm {name}",
        f".Nd {macro_argument(root.get('abstract', ''))}",
        ".Sh SYNOPSIS",
    ]
    for command in subcommands:
        lines += synopsis(command, [command["commandName"]])
        if command["commandName"] == default:
            # The default command's line without its name: `docnorm report.docx`.
            lines += synopsis(command, [])
    lines += [".Nm", ".Fl -generate-completion-script Ar bash|zsh|fish",
              ".Nm", ".Op Fl -version | Fl -help"]
    lines += [".Sh DESCRIPTION"]
    if root.get("discussion"):
        lines += discussion(root["discussion"])
    lines += [".Bl -tag -width Ds"] + sum((item(a) for a in visible(root.get("arguments", []))), [])
    lines += [".It Fl -generate-completion-script Ar shell",
              "Print the completion script for bash, zsh or fish; input arguments complete to",
              "the files docnorm reads and to directories.", ".El"]
    lines += [".Sh COMMANDS"]
    for command in subcommands:
        title = command["commandName"] + (" (the default)" if command["commandName"] == default else "")
        lines += [f".Ss {macro_argument(title)}"]
        lines += paragraph(command.get("abstract", ""))
        if command.get("discussion"):
            lines += [".Pp"] + discussion(command["discussion"])
        lines += [".Bl -tag -width Ds"]
        for argument in visible(command.get("arguments", [])):
            lines += item(argument)
        lines += [".El"]
    return "\n".join(lines) + "\n" + FIXED_SECTIONS


def body(page):
    """A page without its date line, to tell whether anything but the date changed."""
    return re.sub(r"^\.Dd .*$", "", page, count=1, flags=re.M)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--output", help="the page to write (default: standard output)")
    parser.add_argument("--date", help="the date on the page (default: kept, or today)")
    args = parser.parse_args()
    dump = json.loads(subprocess.run([args.binary, "--experimental-dump-help"], check=True,
                                     capture_output=True).stdout)
    date = args.date or datetime.date.today().strftime("%B %-d, %Y")
    page = manual(dump, date)
    if args.output and os.path.exists(args.output) and not args.date:
        old = open(args.output, encoding="utf-8").read()
        kept = re.search(r"^\.Dd (.*)$", old, re.M)
        if kept and body(old) == body(page):
            page = manual(dump, kept.group(1))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(page)
    else:
        sys.stdout.write(page)


if __name__ == "__main__":
    main()
