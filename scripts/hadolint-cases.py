#!/usr/bin/env python3
"""Extract hadolint's rule-spec cases into a JSON test resource.

Reads test/Hadolint/Rule/DL*Spec.hs from a git checkout of hadolint/hadolint at a pinned commit and writes every
ruleCatches / ruleCatchesNot / onBuildRuleCatches / onBuildRuleCatchesNot call with the Dockerfile text it is
given, the `?config` in scope, the `it` description, and the file and line it came from.

The spec files are Haskell; this is not a Haskell parser. It understands the small subset the specs use:
string literals (escapes and string gaps), lists of strings, Text.unlines / unwords / concat, `<>`, `$`,
parentheses, and `let NAME = …` bindings (scoped by layout column). A call whose argument it cannot evaluate is
written with "dockerfile": null and an "unparsed" note, so nothing is dropped silently.

Usage: scripts/hadolint-cases.py GIT_DIR [COMMIT] > src/test/resources/lint/hadolint/cases.json
"""
import json
import re
import subprocess
import sys

PINNED = "8f936c5e975d3663b3cce4ac5b3baa3db26b8516"
CALLS = ("onBuildRuleCatchesNot", "onBuildRuleCatches", "ruleCatchesNot", "ruleCatches")
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "\"": "\"", "'": "'", "r": "\r", "&": "", "a": "\a", "b": "\b",
           "f": "\f", "v": "\v", "0": "\0"}


def tokens(src):
    """(kind, value, line, col, first_on_line) for strings, names, numbers and symbols; comments skipped."""
    out = []
    i, line, col, n = 0, 1, 0, len(src)
    line_has_token = False

    def adv(k):
        nonlocal i, line, col, line_has_token
        for _ in range(k):
            if src[i] == "\n":
                line += 1
                col = 0
                line_has_token = False
            else:
                col += 1
            i += 1

    while i < n:
        c = src[i]
        if c in " \t\r\n":
            adv(1)
        elif src.startswith("--", i) and (i + 2 >= n or src[i + 2] in "- \t\n" or src[i + 2].isalnum()):
            while i < n and src[i] != "\n":
                adv(1)
        elif src.startswith("{-", i):
            depth = 0
            while i < n:
                if src.startswith("{-", i):
                    depth += 1
                    adv(2)
                elif src.startswith("-}", i):
                    depth -= 1
                    adv(2)
                    if depth == 0:
                        break
                else:
                    adv(1)
        elif c == '"':
            l0, c0, first = line, col, not line_has_token
            adv(1)
            buf = []
            while i < n and src[i] != '"':
                if src[i] == "\\":
                    nxt = src[i + 1]
                    if nxt in " \t\r\n":  # string gap: \ whitespace \
                        adv(1)
                        while src[i] in " \t\r\n":
                            adv(1)
                        adv(1)
                    elif nxt.isdigit():
                        m = re.match(r"\d+", src[i + 1:])
                        buf.append(chr(int(m.group(0))))
                        adv(1 + len(m.group(0)))
                    elif nxt == "x":
                        m = re.match(r"[0-9a-fA-F]+", src[i + 2:])
                        buf.append(chr(int(m.group(0), 16)))
                        adv(2 + len(m.group(0)))
                    else:
                        buf.append(ESCAPES.get(nxt, nxt))
                        adv(2)
                else:
                    buf.append(src[i])
                    adv(1)
            adv(1)
            out.append(("str", "".join(buf), l0, c0, first))
            line_has_token = True
        elif c.isalpha() or c == "_" or (c == "?" and i + 1 < n and src[i + 1].isalpha()):
            m = re.match(r"\??[A-Za-z_][A-Za-z0-9_']*(\.[A-Za-z_][A-Za-z0-9_']*)*", src[i:])
            out.append(("name", m.group(0), line, col, not line_has_token))
            line_has_token = True
            adv(len(m.group(0)))
        elif c.isdigit():
            m = re.match(r"\d+", src[i:])
            out.append(("num", m.group(0), line, col, not line_has_token))
            line_has_token = True
            adv(len(m.group(0)))
        else:
            m = re.match(r"<>|\+\+|==|->|<-|::|[^\sA-Za-z0-9_\"]", src[i:])
            out.append(("sym", m.group(0), line, col, not line_has_token))
            line_has_token = True
            adv(len(m.group(0)))
    return out


class Unparsed(Exception):
    pass


class Evaluator:
    """Evaluates the expression subset at token index k; returns (value, next index)."""

    def __init__(self, toks, lookup):
        self.t = toks
        self.lookup = lookup

    def expr(self, k):
        v, k = self.app(k)
        while k < len(self.t) and self.t[k][1] in ("<>", "++"):
            w, k = self.app(k + 1)
            if isinstance(v, list) and isinstance(w, list):
                v = v + w
            elif isinstance(v, str) and isinstance(w, str):
                v = v + w
            else:
                raise Unparsed("<> of mixed values")
        return v, k

    def app(self, k):
        tok = self.t[k]
        fn = tok[1].split(".")[-1] if tok[0] == "name" else None
        if fn in ("unlines", "unwords", "concat", "mconcat", "pack", "intercalate"):
            if fn == "intercalate":
                sep, k = self.atom(k + 1)
                arg, k = self.arg(k)
                return sep.join(arg), k
            arg, k = self.arg(k + 1)
            if fn == "pack":
                return arg, k
            if not isinstance(arg, list):
                raise Unparsed(fn + " of a non-list")
            if fn == "unlines":
                return "".join(s + "\n" for s in arg), k
            if fn == "unwords":
                return " ".join(arg), k
            return "".join(arg), k
        return self.atom(k)

    def arg(self, k):
        if self.t[k][1] == "$":
            return self.expr(k + 1)
        return self.atom(k)

    def atom(self, k):
        tok = self.t[k]
        if tok[0] == "str":
            return tok[1], k + 1
        if tok[1] == "(":
            v, k = self.expr(k + 1)
            if self.t[k][1] != ")":
                raise Unparsed("unclosed (")
            return v, k + 1
        if tok[1] == "[":
            items = []
            k += 1
            if self.t[k][1] == "]":
                return items, k + 1
            while True:
                v, k = self.expr(k)
                items.append(v)
                if self.t[k][1] == ",":
                    k += 1
                elif self.t[k][1] == "]":
                    return items, k + 1
                else:
                    raise Unparsed("list item followed by " + self.t[k][1])
        if tok[0] == "name":
            v = self.lookup(tok[1], k)
            if v is None:
                raise Unparsed("unknown name " + tok[1])
            return v, k + 1
        raise Unparsed("unexpected " + tok[1])


def config_of(toks, k):
    """The record after `?config =` (def { field = value, … }) as a dict; raw text kept for anything unknown."""
    j = k
    if toks[j][1] != "def":
        return {"raw": toks[j][1]}, j + 1
    j += 1
    if j >= len(toks) or toks[j][1] != "{":
        return {}, j
    depth, start = 0, j
    while True:
        if toks[j][1] == "{":
            depth += 1
        elif toks[j][1] == "}":
            depth -= 1
            if depth == 0:
                break
        j += 1
    body = toks[start + 1:j]
    cfg = {}
    m = 0
    while m < len(body):
        if body[m][0] == "name" and m + 1 < len(body) and body[m + 1][1] == "=":
            field = body[m][1]
            m += 2
            vals = []
            depth2 = 0
            while m < len(body) and not (depth2 == 0 and body[m][1] == ","):
                if body[m][1] in "([":
                    depth2 += 1
                elif body[m][1] in ")]":
                    depth2 -= 1
                vals.append(body[m])
                m += 1
            m += 1
            strs = [v[1] for v in vals if v[0] == "str"]
            names = [v[1] for v in vals if v[0] == "name"]
            if field == "allowedRegistries":
                cfg[field] = strs
            elif field == "labelSchema":
                kinds = [x.split(".")[-1] for x in names if x.split(".")[-1] not in ("fromList", "Map")]
                cfg[field] = dict(zip(strs, kinds))
            elif field in ("strictLabels",):
                cfg[field] = "True" in names
            else:
                cfg[field] = " ".join(v[1] for v in vals)
        else:
            m += 1
    return cfg, j + 1


def extract(path, src):
    toks = tokens(src)
    scopes = []  # (name, value, let_col, start_index)
    cases = []
    skipped = []
    described = None
    it_desc = None

    def alive(k):
        """Drop bindings whose layout block ended before token k."""
        while scopes and any(True for _ in [0]):
            name, value, col, start = scopes[-1]
            ended = False
            for t in toks[start:k + 1]:
                if t[4] and t[3] < col:
                    ended = True
                    break
            if ended:
                scopes.pop()
            else:
                break

    def lookup(name, k):
        alive(k)
        for b in reversed(scopes):
            if b[0] == name:
                return b[1]
        return None

    ev = Evaluator(toks, lookup)
    k = 0
    while k < len(toks):
        kind, val, line, col, first = toks[k]
        if kind == "name" and val == "describe" and toks[k + 1][0] == "str":
            described = toks[k + 1][1]
        elif kind == "name" and val == "it" and toks[k + 1][0] == "str":
            it_desc = toks[k + 1][1]
        elif kind == "name" and val == "let":
            alive(k)
            j = k + 1
            # one or more bindings in the let block
            while j < len(toks) and toks[j][0] == "name" and toks[j + 1][1] == "=":
                name = toks[j][1]
                if name == "?config":
                    value, nj = config_of(toks, j + 2)
                else:
                    try:
                        value, nj = ev.expr(j + 2)
                    except (Unparsed, IndexError):
                        value, nj = None, j + 2
                scopes.append((name, value, col, k))
                j = nj
                if j < len(toks) and toks[j][1] == ";":
                    j += 1
            k = max(k + 1, j)
            continue
        elif kind == "name" and val in CALLS and k + 1 < len(toks):
            alive(k)
            rule = toks[k + 1][1] if toks[k + 1][0] == "str" else lookup(toks[k + 1][1], k)
            if not isinstance(rule, str) or not re.fullmatch(r"DL\d{4}", rule):
                skipped.append({"file": path, "line": line, "call": val,
                                "reason": "the rule argument is not a DL code: " + repr(rule)})
                k += 1
                continue
            note = None
            try:
                text, _ = ev.arg(k + 2)
                if not isinstance(text, str):
                    raise Unparsed("not a string")
            except (Unparsed, IndexError) as e:
                text, note = None, str(e)
            cfg = lookup("?config", k) or {}
            case = {
                "rule": rule,
                "kind": {"ruleCatches": "catches", "ruleCatchesNot": "catchesNot",
                         "onBuildRuleCatches": "onBuildCatches",
                         "onBuildRuleCatchesNot": "onBuildCatchesNot"}[val],
                "it": it_desc,
                "describe": described,
                "dockerfile": text,
                "file": path,
                "line": line,
            }
            if cfg:
                case["config"] = cfg
            if note:
                case["unparsed"] = note
            cases.append(case)
        k += 1
    return cases, skipped


def main():
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else PINNED
    files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit, "test/Hadolint/Rule/"],
                           check=True, capture_output=True, text=True).stdout.split()
    cases = []
    skipped = []
    for f in sorted(files):
        if not re.fullmatch(r"test/Hadolint/Rule/DL\d{4}Spec\.hs", f):
            continue
        src = subprocess.run(["git", "--git-dir", git_dir, "show", commit + ":" + f],
                             check=True, capture_output=True, text=True).stdout
        found, left = extract(f, src)
        cases.extend(found)
        skipped.extend(left)
    seen = {}
    for c in cases:
        base = "%s:%d:%s" % (c["file"].rsplit("/", 1)[-1], c["line"], c["kind"])
        seen[base] = seen.get(base, 0) + 1
        c["id"] = base if seen[base] == 1 else "%s#%d" % (base, seen[base])
    cases = [dict([("id", c["id"])] + [(k, v) for k, v in c.items() if k != "id"]) for c in cases]
    doc = {
        "source": "https://github.com/hadolint/hadolint",
        "commit": commit,
        "license": "GPL-3.0 (hadolint); only the one-line Dockerfile snippets of its specs are kept here, as test "
                   "inputs, each with the file and line it came from",
        "extractedBy": "scripts/hadolint-cases.py",
        "cases": cases,
        "skipped": skipped,
    }
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
