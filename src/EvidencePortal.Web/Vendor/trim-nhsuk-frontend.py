#!/usr/bin/env python3
"""Trims the vendored NHS.UK frontend stylesheet to the rules the portal's markup can match.

The full stylesheet is 278 KB (30 KB compressed), of which the portal's classes match about a third. Every page
links the trimmed file.

Reads Vendor/nhsuk-frontend.full.min.css (written by update-nhsuk-frontend.sh) and the portal's source
(Razor pages, C#, JavaScript and portal.css; Markdown cannot carry classes, as raw HTML is disabled).
A rule is kept unless one of its selectors' NHS.UK classes appears nowhere in that source; classes inside
:not(), :is(), :where() and :has() are not required, so such rules stay. Element, attribute and custom
property rules all stay. Writes:
  wwwroot/lib/nhsuk-frontend/nhsuk-frontend.min.css   the trimmed stylesheet
  Vendor/nhsuk-classes.txt                            the classes it was trimmed for; a unit test fails
                                                      when the markup uses one not listed, so a new
                                                      class is never left unstyled: run this again.
Only maintainers run it (python3, no packages); building and running the portal never does.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = os.path.dirname(HERE)
FULL = os.path.join(HERE, "nhsuk-frontend.full.min.css")
TRIMMED = os.path.join(WEB, "wwwroot", "lib", "nhsuk-frontend", "nhsuk-frontend.min.css")
CLASSES = os.path.join(HERE, "nhsuk-classes.txt")
CLASS = re.compile(r"nhsuk-[A-Za-z0-9_-]+")
SKIPPED_DIRS = {"bin", "obj", "lib", "Vendor"}
SCANNED = (".cshtml", ".cs", ".js", ".css")


def used_classes():
    used = set()
    for folder, dirs, files in os.walk(WEB):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in files:
            if name.endswith(SCANNED):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    used.update(CLASS.findall(f.read()))
    return used


def blocks(css):
    """The top-level rules of css as (prelude, body) pairs; statement at-rules have body None."""
    out, i = [], 0
    while i < len(css):
        if css[i].isspace():
            i += 1
            continue
        brace, semicolon = css.find("{", i), css.find(";", i)
        if brace < 0:
            break
        if css[i] == "@" and 0 <= semicolon < brace:
            out.append((css[i:semicolon].strip(), None))
            i = semicolon + 1
            continue
        depth, j = 1, brace + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        out.append((css[i:brace].strip(), css[brace + 1:j - 1]))
        i = j
    return out


def split_selectors(prelude):
    parts, depth, current = [], 0, ""
    for ch in prelude:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def without_functions(selector):
    for name in (":not(", ":is(", ":where(", ":has("):
        while name in selector:
            start = selector.index(name)
            depth, j = 1, start + len(name)
            while depth:
                depth += {"(": 1, ")": -1}.get(selector[j], 0)
                j += 1
            selector = selector[:start] + selector[j:]
    return selector


def trim(css, used):
    out = []
    for prelude, body in blocks(css):
        if body is None:
            if not prelude.startswith("@charset"):  # without it, the stylesheet takes its UTF-8 page's encoding
                out.append(prelude + ";")
        elif prelude.startswith(("@media", "@supports", "@container", "@layer")):
            inner = trim(body, used)
            if inner:
                out.append(prelude + "{" + inner + "}")
        elif prelude.startswith("@"):  # @font-face, @keyframes: kept whole
            out.append(prelude + "{" + body + "}")
        else:
            kept = [s for s in split_selectors(prelude)
                    if all(c in used for c in re.findall(r"\.(nhsuk-[A-Za-z0-9_-]+)", without_functions(s)))]
            if kept:
                out.append(",".join(kept) + "{" + body + "}")
    return "".join(out)


def main():
    with open(FULL, encoding="utf-8") as f:
        full = f.read()
    used = used_classes()
    trimmed = trim(full, used)
    assert "</style" not in trimmed.lower(), "the stylesheet is sent inside <style>"
    with open(TRIMMED, "w", encoding="utf-8") as f:
        f.write(trimmed)
    with open(CLASSES, "w", encoding="utf-8") as f:
        f.write("# NHS.UK frontend classes the portal's markup used when Vendor/trim-nhsuk-frontend.py last ran.\n")
        f.write("".join(c + "\n" for c in sorted(used)))
    print(f"trimmed {len(full):,} to {len(trimmed):,} characters for {len(used)} classes", file=sys.stderr)


if __name__ == "__main__":
    main()
