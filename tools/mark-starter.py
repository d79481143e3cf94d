#!/usr/bin/env python3
"""Marks the bundled starter library as what it is: written by the project, awaiting local review.

The starter articles (corpus/kepu) and FAQ entries (corpus/faq) shipped as `status: vetted`, "reviewed" by
"KepuBot 项目组（初始样本库，部署单位需复核）" -- the project team reviewing its own text, with a note that nobody has.
The service already reads exactly that marking as `starter` (StarterContent.IsLegacyMarking); this script writes it
down in the files: `status: starter`, and the `reviewer` / `reviewed` lines removed. Every other line, and the
files' line endings, stay as they are. Only files marked exactly that way are touched, so running it twice, or on a
corpus where a local reviewer has since approved some articles, changes nothing it should not.

    python3 tools/mark-starter.py              # rewrite corpus/kepu and corpus/faq
    python3 tools/mark-starter.py --dry-run    # list what would change
    python3 tools/mark-starter.py --corpus PATH

Afterwards: `dotnet run --project src/KepuBot -- corpus check` (no "read as starter" warnings left) and `index`.
"""

import argparse
import pathlib
import sys

PROJECT_AUTHOR = "KepuBot 项目组"
LIBRARY_FOLDERS = ("kepu", "faq")


def scalar(value):
    """A front-matter scalar as YAML reads it for these simple one-line values: trimmed, quotes removed."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def front_matter(lines):
    """Index range (start, end) of the front-matter lines between the opening and closing '---', or None."""
    if not lines or lines[0].lstrip("\ufeff").rstrip("\r\n") != "---":
        return None
    for end in range(1, len(lines)):
        if lines[end].rstrip("\r\n") == "---":
            return 1, end
    return None


def fields(lines, start, end):
    """Top-level `key: value` lines of the front matter, first occurrence of each key."""
    found = {}
    for index in range(start, end):
        line = lines[index]
        if line[:1] in (" ", "\t", "-", "#") or ":" not in line:
            continue
        key, _, value = line.partition(":")
        found.setdefault(key.strip(), (index, scalar(value.rstrip("\r\n"))))
    return found


def marked(text):
    """The file rewritten to `status: starter`, or None when it is not the shipped starter marking."""
    lines = text.splitlines(keepends=True)
    block = front_matter(lines)
    if block is None:
        return None
    start, end = block
    found = fields(lines, start, end)
    status = found.get("status", (None, None))[1]
    author = found.get("author", (None, None))[1]
    reviewer = found.get("reviewer", (None, None))[1]
    # The same test as the service's StarterContent.IsLegacyMarking.
    if status != "vetted" or author != PROJECT_AUTHOR or not (reviewer or "").startswith(PROJECT_AUTHOR):
        return None

    status_index = found["status"][0]
    ending = "\r\n" if lines[status_index].endswith("\r\n") else "\n"
    lines[status_index] = "status: starter" + ending
    drop = {found[key][0] for key in ("reviewer", "reviewed") if key in found}
    return "".join(line for index, line in enumerate(lines) if index not in drop)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(pathlib.Path(__file__).resolve().parent.parent / "corpus"))
    parser.add_argument("--dry-run", action="store_true", help="list the files that would change, change nothing")
    args = parser.parse_args()

    corpus = pathlib.Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus folder at {corpus}", file=sys.stderr)
        return 2

    changed = 0
    for folder in LIBRARY_FOLDERS:
        for path in sorted((corpus / folder).rglob("*.md")):
            if path.name.startswith("."):
                continue
            with open(path, encoding="utf-8", newline="") as handle:
                text = handle.read()
            rewritten = marked(text)
            if rewritten is None:
                continue
            changed += 1
            print(path.relative_to(corpus).as_posix())
            if not args.dry_run:
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    handle.write(rewritten)

    verb = "would mark" if args.dry_run else "marked"
    print(f"{verb} {changed} file(s) as starter", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
