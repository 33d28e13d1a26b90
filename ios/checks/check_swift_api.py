"""Check every call from the hand-written Swift into the generated bindings.

There is no Swift compiler on this project's machines, so nothing else type-checks the iOS shell
against the API UniFFI generates. generated_api.py reads what CairnCore.swift and
CairnCoreTypes.swift declare; this file reads the shell with tree-sitter and reports, with file,
line and the call itself, every use that does not match:

- methods of a generated class (`core.checkIn(...)`, or any value whose written type is
  `CairnCompanion`), its static constructors (`CairnCompanion.openWithKeyStore(...)`) and the
  free functions (`wipeStore`): the name exists and the argument labels fit, in order, leaving
  out only parameters that have a default;
- initialisers of generated records (`CheckIn(date: ..., mood: ...)`), with the same rule;
- enum cases: qualified (`UseKind.lapse`, `Trigger.own(text)`), or implicit (`.lapse`,
  `.add(text: x)`) where the expected type is known: an argument of a checked call, an element
  of an array argument, a declaration with a written type; their associated-value labels too;
- `switch` over a value whose generated enum type is written down: every case exists, with
  the right number of bound values, and all are named unless there is a `default`;
- field chains `x.a.b` from a value whose generated record type is written down;
- subclasses of a generated open class (the tests' fake core): each `override func` names a
  method of the class with its labels; classes adopting a generated protocol (`KeyStore`)
  implement each requirement with its labels.

A value's type is known when it is written in the same function or type: a parameter,
`let x: T`, `x = y as? T`, `let x = y` (an unwrapped optional), a stored property. Types the
compiler infers (closure parameters, results of calls) are not followed. Argument types,
optionals and results are left to the compiler on a Mac.

The self-test runs twice. The fixture tests/swift-check/api/api.swift.fixture marks with
`// API-ERROR` the lines that must be reported, against stub bindings. Then every call, label
and case this run checked in the real shell is mutated one at a time (a wrong label, a wrong
method, a wrong case) and must then be reported: a checker that stopped seeing a call fails.

Usage: check_swift_api.py [--bindings DIR] [FILE.swift ...]
DIR defaults to $CAIRN_SWIFT_BINDINGS, else build/generated/swift.
"""

import argparse
import dataclasses
import os
import pathlib
import re
import sys

import tree_sitter
import tree_sitter_swift

import generated_api
from generated_api import Api, Param

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_BINDINGS = ROOT / "build" / "generated" / "swift"
BINDING_FILES = ("CairnCore.swift", "CairnCoreTypes.swift")
# What the shell calls the companion where its type is not written: the worker's closure parameter.
RECEIVERS = {"core": "CairnCompanion", "companion": "CairnCompanion"}
SCOPES = ("function_declaration", "init_declaration", "computed_property", "class_declaration",
          "protocol_declaration", "source_file")


@dataclasses.dataclass
class Site:
    """One name the check verified, which the mutation self-test renames."""

    start: int
    end: int
    line: int


@dataclasses.dataclass
class Report:
    problems: list[str] = dataclasses.field(default_factory=list)
    sites: list[Site] = dataclasses.field(default_factory=list)
    counts: dict = dataclasses.field(default_factory=lambda: dict.fromkeys(
        ("calls", "inits", "cases", "switches", "fields", "overrides"), 0))


def text_of(node) -> str:
    return node.text.decode()


def walk(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


class Checker:
    """Checks one hand-written file against the generated API."""

    def __init__(self, api: Api, label: str, report: Report):
        self.api, self.label, self.report = api, label, report

    # ---- reporting

    def fail(self, node, message: str, call=None) -> None:
        shown = text_of(call if call is not None else node).split("\n")[0].strip()
        shown = shown if len(shown) <= 90 else shown[:87] + "..."
        self.report.problems.append(f"{self.label}:{node.start_point[0] + 1}: {message}: `{shown}`")

    def verified(self, name_node, kind: str, renamable: bool = True) -> None:
        """Counts a verified use; `renamable` when a misspelt name would be reported too (a
        misspelt free function or record type is just some other, unknown name)."""
        self.report.counts[kind] += 1
        if renamable:
            self.report.sites.append(Site(name_node.start_byte, name_node.end_byte,
                                          name_node.start_point[0] + 1))

    # ---- types written down

    def declared_type(self, name: str, node, raw: bool = False) -> str | None:
        """The type written for `name` before `node`: in its function (a parameter, a local),
        else as a stored property of its type. `raw` keeps a trailing `?`."""
        scope = node.parent
        while scope is not None:
            if scope.type == "lambda_literal" and self.closure_binds(scope, name):
                # A closure parameter: its type is inferred, except the worker's `core`.
                return RECEIVERS.get(name)
            if scope.type in ("class_declaration", "source_file"):
                found = self.stored_property(name, scope)
                if found:
                    return found if raw else self.api.bare(found)
            elif scope.type in SCOPES:
                before = scope.text[: node.start_byte - scope.start_byte].decode()
                found = self.type_in(name, before)
                if found:
                    return found if raw else self.api.bare(found)
            scope = scope.parent
        return RECEIVERS.get(name)

    @staticmethod
    def stored_property(name: str, scope) -> str | None:
        """`let name: T` or `var name: T` declared directly in a type (or file)."""
        body = scope.child_by_field_name("body") if scope.type == "class_declaration" else scope
        for child in body.children if body is not None else []:
            if child.type != "property_declaration":
                continue
            pattern = child.child_by_field_name("name")
            annotation = next((part for part in child.children if part.type == "type_annotation"), None)
            if pattern is not None and annotation is not None and text_of(pattern) == name:
                return text_of(annotation).lstrip(":").strip()
        return None

    @staticmethod
    def closure_binds(closure, name: str) -> bool:
        kind = closure.child_by_field_name("type")
        return kind is not None and any(
            child.type == "simple_identifier" and text_of(child) == name
            for child in walk(kind))

    def type_in(self, name: str, text: str) -> str | None:
        """The type written for `name` in `text`, as written (an unwrapped alias loses its `?`)."""
        escaped = re.escape(name)
        written = re.search(rf"\b(?:let|var|\(|,|^)\s*(?:_\s+)?{escaped}\s*:\s*([A-Z][\w.]*\??)",
                            text, re.M)
        if written:
            return written.group(1)
        cast = re.search(rf"\blet\s+{escaped}\s*=\s*[\w.]+\s+as[?!]\s*([A-Z]\w*)", text)
        if cast:
            return cast.group(1)
        alias = re.search(rf"\blet\s+{escaped}\s*=\s*([a-z_]\w*)\s*(?:[,{{\n]|else)", text)
        if alias and alias.group(1) != name:
            found = self.type_in(alias.group(1), text)
            return found.rstrip("?") if found else None
        return None

    def type_of(self, node) -> str | None:
        """The generated type of an expression, when it can be told without inference."""
        if node.type == "simple_identifier":
            return self.declared_type(text_of(node), node)
        if node.type == "navigation_expression":
            target, suffix = node.child_by_field_name("target"), node.child_by_field_name("suffix")
            owner = self.type_of(target) if target is not None else None
            if owner in self.api.records and suffix is not None:
                return self.api.bare(self.api.records[owner].get(text_of(suffix).lstrip(".")))
        return None

    # ---- labels

    def fits(self, given: list[str], expected: list[Param]) -> bool:
        position = 0
        for param in expected:
            if position < len(given) and given[position] == param.label:
                position += 1
            elif not param.has_default:
                return False
        return position == len(given)

    def arguments(self, call) -> tuple[list, bool]:
        """The value_argument nodes of a call, and whether it ends in a trailing closure."""
        suffix = next((child for child in call.children if child.type == "call_suffix"), None)
        if suffix is None:
            return [], False
        listed = next((child for child in suffix.children if child.type == "value_arguments"), None)
        trailing = any(child.type == "lambda_literal" for child in suffix.children)
        found = [child for child in listed.children if child.type == "value_argument"] if listed else []
        return found, trailing

    def check_arguments(self, call, name_node, expected: list[Param], what: str, kind: str) -> None:
        values, trailing = self.arguments(call)
        given = []
        for value in values:
            label = value.child_by_field_name("name")
            given.append(text_of(label).strip().rstrip(":") if label is not None else "_")
        if trailing:
            given.append("_")
        wanted = ", ".join(param.label + ":" for param in expected)
        if not self.fits(given, expected):
            self.fail(name_node, f"{what} takes ({wanted}), called with "
                      f"({', '.join(label + ':' for label in given)})", call)
            return
        self.verified(name_node, kind, renamable=kind in ("calls", "cases") and what != name_node.text.decode())
        for value in values:
            label = value.child_by_field_name("name")
            site = label if label is not None else None
            name = text_of(label).strip().rstrip(":") if label is not None else "_"
            if site is not None:
                self.report.sites.append(Site(site.start_byte, site.end_byte, site.start_point[0] + 1))
            param = next((p for p in expected if p.label == name), None)
            argument = value.child_by_field_name("value")
            if param is not None and argument is not None:
                self.expect(argument, param.type)

    # ---- enum cases where the expected type is known

    def expect(self, value, written: str) -> None:
        enum, element = self.api.bare(written), self.api.element(written)
        if element in self.api.enums and value.type == "array_literal":
            for item in value.children:
                if item.type in ("prefix_expression", "call_expression"):
                    self.expect(item, element)
        if enum not in self.api.enums:
            return
        implicit = value if value.type == "prefix_expression" else None
        call = None
        if value.type == "call_expression" and value.children[0].type == "prefix_expression":
            implicit, call = value.children[0], value
        if implicit is None or not implicit.children or implicit.children[0].type != ".":
            return
        target = implicit.child_by_field_name("target")
        if target is not None and target.type == "simple_identifier":
            self.check_case(enum, target, call, value)

    def check_case(self, enum: str, name_node, call, whole) -> None:
        name = text_of(name_node)
        cases = self.api.enums[enum]
        if name not in cases:
            self.fail(name_node, f"{enum} has no case `.{name}` in the generated bindings", whole)
            return
        if call is not None:
            self.check_arguments(call, name_node, cases[name], f"{enum}.{name}", "cases")
        else:
            self.verified(name_node, "cases")

    # ---- the node kinds

    def call(self, node) -> None:
        function = node.children[0]
        if function.type == "navigation_expression":
            target, suffix = function.child_by_field_name("target"), function.child_by_field_name("suffix")
            if target is None or suffix is None:
                return
            name_node = suffix.child_by_field_name("suffix") or suffix
            name, owner = text_of(name_node), text_of(target)
            if owner in self.api.enums:
                return self.check_case(owner, name_node, node, node)
            if owner in self.api.statics:
                if name not in self.api.statics[owner]:
                    return self.fail(name_node, f"{owner} has no static func `{name}` in the "
                                     "generated bindings", node)
                return self.check_arguments(node, name_node, self.api.statics[owner][name],
                                            f"{owner}.{name}", "calls")
            kind = self.type_of(target) if target.type in ("simple_identifier", "navigation_expression") else None
            if kind in self.api.classes:
                methods = self.api.classes[kind]
                if name not in methods:
                    return self.fail(name_node, f"{kind} has no method `{name}` in the generated bindings", node)
                self.check_arguments(node, name_node, methods[name], f"{kind}.{name}", "calls")
        elif function.type == "simple_identifier":
            name = text_of(function)
            if name in self.api.functions:
                self.check_arguments(node, function, self.api.functions[name], name, "calls")
            elif name in self.api.inits:
                self.check_arguments(node, function, self.api.inits[name], f"{name}.init", "inits")

    def qualified(self, node) -> None:
        """`UseKind.lapse` outside a call: the case exists."""
        target, suffix = node.child_by_field_name("target"), node.child_by_field_name("suffix")
        if target is None or suffix is None or target.type != "simple_identifier":
            return
        parent = node.parent
        if parent is not None and parent.type == "call_expression" and parent.children[0] == node:
            return
        if text_of(target) in self.api.enums:
            self.check_case(text_of(target), suffix.child_by_field_name("suffix") or suffix, None, node)

    def declaration(self, node) -> None:
        """`let kinds: [UseKind] = [.lapse]`, `var kind: UseKind = .lapse`."""
        annotation = next((child for child in node.children if child.type == "type_annotation"), None)
        value = node.child_by_field_name("value")
        if annotation is not None and value is not None:
            self.expect(value, text_of(annotation).lstrip(":").strip())

    def switch(self, node) -> None:
        subject = node.child_by_field_name("expr")
        enum = self.type_of(subject) if subject is not None else None
        if enum not in self.api.enums:
            return
        self.report.counts["switches"] += 1
        cases, named, has_default, before = self.api.enums[enum], set(), False, len(self.report.problems)
        for entry in (child for child in node.children if child.type == "switch_entry"):
            has_default |= any(child.type == "default_keyword" for child in entry.children)
            for item in (child for child in entry.children if child.type == "switch_pattern"):
                pattern = item.children[0] if item.children else None
                if pattern is None or len(pattern.children) < 2 or pattern.children[0].type != ".":
                    continue
                name_node = pattern.children[1]
                name = text_of(name_node)
                bound = [child for child in pattern.children if child.type == "pattern"]
                if name not in cases:
                    self.fail(item, f"{enum} has no case `.{name}` in the generated bindings")
                    continue
                named.add(name)
                self.verified(name_node, "cases")
                if bound and len(cases[name]) != len(bound) and not (len(bound) == 1 and len(cases[name]) > 1):
                    self.fail(item, f"{enum}.{name} has {len(cases[name])} associated value(s), "
                              f"the pattern binds {len(bound)}")
        missing = sorted(set(cases) - named)
        if missing and not has_default and len(self.report.problems) == before:
            self.fail(node, f"switch over {enum} misses " + ", ".join("." + name for name in missing),
                      subject)

    def fields(self, chain) -> None:
        root = chain.child_by_field_name("target")
        if root is None or root.type != "simple_identifier":
            return
        written = self.declared_type(text_of(root), chain, raw=True)
        if written and written.endswith("?") and not any(child.type == "?" for child in chain.children):
            return  # `x.map` on an optional names Optional's members, not the record's
        kind, current = self.api.bare(written), chain
        while kind in self.api.records and current is not None:
            suffix = current.child_by_field_name("suffix")
            if suffix is None:
                return
            name_node = suffix.child_by_field_name("suffix") or suffix
            name = text_of(name_node)
            if name not in self.api.records[kind]:
                return self.fail(name_node, f"{kind} has no field `{name}` in the generated bindings", chain)
            self.verified(name_node, "fields")
            kind = self.api.bare(self.api.records[kind][name])
            parent = current.parent
            is_target = (parent is not None and parent.type == "navigation_expression"
                         and parent.child_by_field_name("target") == current)
            current = parent if is_target else None

    def conformance(self, node) -> None:
        """A fake core's overrides, and a foreign trait's implementation, match the bindings."""
        bases = [text_of(child).strip() for child in node.children if child.type == "inheritance_specifier"]
        body = node.child_by_field_name("body")
        if body is None:
            return
        methods = [child for child in body.children if child.type == "function_declaration"]

        def signature(function):
            name = function.child_by_field_name("name")
            labels = []
            for param in (child for child in function.children if child.type == "parameter"):
                external = param.child_by_field_name("external_name") or param.child_by_field_name("name")
                labels.append(text_of(external))
            return name, labels

        for base in bases:
            if base in self.api.classes:
                for function in methods:
                    if "override" not in text_of(function).split("func")[0]:
                        continue
                    name, labels = signature(function)
                    expected = self.api.classes[base].get(text_of(name))
                    if expected is None:
                        self.fail(name, f"{base} has no method `{text_of(name)}` to override", name)
                    elif labels != [param.label for param in expected]:
                        self.fail(name, f"{base}.{text_of(name)} takes ("
                                  + ", ".join(p.label + ":" for p in expected) + ")", name)
                    else:
                        self.verified(name, "overrides")
            if base in self.api.protocols:
                written = {text_of(signature(f)[0]): signature(f) for f in methods}
                for requirement, expected in self.api.protocols[base].items():
                    found = written.get(requirement)
                    if found is None or found[1] != [param.label for param in expected]:
                        self.fail(node.child_by_field_name("name"),
                                  f"{base} requires `{requirement}("
                                  + "".join(p.label + ":" for p in expected) + ")`")
                    else:
                        self.verified(found[0], "overrides")

    def run(self, tree) -> None:
        for node in walk(tree.root_node):
            if node.type == "call_expression" and node.children:
                self.call(node)
            elif node.type == "navigation_expression":
                self.qualified(node)
                self.fields(node)
            elif node.type == "property_declaration":
                self.declaration(node)
            elif node.type == "switch_statement":
                self.switch(node)
            elif node.type == "class_declaration":
                self.conformance(node)


def parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))


def check_source(source: bytes, label: str, api: Api, swift, report: Report) -> None:
    Checker(api, label, report).run(swift.parse(source))


def load_api(bindings: list[pathlib.Path]) -> Api:
    missing = [str(path) for path in bindings if not path.is_file()]
    if missing:
        raise FileNotFoundError("generated Swift bindings not found: " + ", ".join(missing))
    api = generated_api.load(bindings)
    if not api.classes.get("CairnCompanion") or not api.enums or not api.inits:
        raise ValueError("read no CairnCompanion methods, enums or initialisers from the generated "
                         "Swift: has UniFFI's output format changed?")
    return api


def relative(path: pathlib.Path, base: pathlib.Path) -> str:
    return str(path.relative_to(base)) if path.is_relative_to(base) else str(path)


def fixture_test(swift, fixtures: pathlib.Path) -> str | None:
    """Exactly the lines marked `// API-ERROR` in the fixture are reported."""
    sample = fixtures / "api.swift.fixture"
    api = load_api([fixtures / (name + ".fixture") for name in BINDING_FILES])
    report = Report()
    check_source(sample.read_bytes(), sample.name, api, swift, report)
    expected = {number for number, line in enumerate(sample.read_text().splitlines(), start=1)
                if "// API-ERROR" in line}
    reported = {int(problem.split(":")[1]) for problem in report.problems}
    if reported != expected:
        return (f"swift API self-test: expected problems on lines {sorted(expected)}, got:\n  "
                + "\n  ".join(report.problems))
    return None


def mutation_test(files: list[pathlib.Path], api: Api, swift, sites: dict) -> tuple[int, str | None]:
    """Renames each verified name in the real sources; each renamed one must be reported."""
    tried = 0
    for path, found in sites.items():
        source = path.read_bytes()
        for site in found:
            mutated = source[:site.end] + b"Qx" + source[site.end:]
            report = Report()
            check_source(mutated, path.name, api, swift, report)
            tried += 1
            if not report.problems:  # the unmutated files have none: any report is this one
                name = source[site.start:site.end].decode()
                return tried, (f"swift API self-test: renaming `{name}` to `{name}Qx` in "
                               f"{relative(path, ROOT)}:{site.line} was not reported")
    return tried, None


def check(files: list[pathlib.Path], bindings: pathlib.Path, fixtures: pathlib.Path) -> int:
    """The fixture self-test, the check of `files`, then the mutation self-test on them."""
    swift = parser()
    failure = fixture_test(swift, fixtures)
    if failure:
        print(failure)
        return 1
    try:
        api = load_api([bindings / name for name in BINDING_FILES])
    except (FileNotFoundError, ValueError) as error:
        print(f"swift API: {error}")
        return 1
    report, sites = Report(), {}
    for path in files:
        before = len(report.sites)
        check_source(path.read_bytes(), relative(path, ROOT), api, swift, report)
        sites[path] = report.sites[before:]
    for problem in report.problems:
        print(problem)
    counts = report.counts
    print(f"swift API against {relative(bindings, ROOT)}: {len(files)} files, {len(report.problems)} "
          f"problems; {counts['calls']} calls, {counts['inits']} initialisers, {counts['cases']} enum "
          f"cases, {counts['switches']} switches, {counts['fields']} field uses, "
          f"{counts['overrides']} overrides and conformances checked")
    if report.problems:
        return 1
    tried, failure = mutation_test(files, api, swift, sites)
    if failure:
        print(failure)
        return 1
    print(f"swift API self-test: the fixture's marked lines, and all {tried} names checked above "
          f"caught when misspelt one at a time")
    return 0


def default_bindings() -> pathlib.Path:
    return pathlib.Path(os.environ.get("CAIRN_SWIFT_BINDINGS", DEFAULT_BINDINGS))


def main(argv: list[str]) -> int:
    import check_swift

    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--bindings", type=pathlib.Path, default=default_bindings())
    options.add_argument("files", nargs="*", type=pathlib.Path)
    args = options.parse_args(argv)
    files = [path.resolve() for path in args.files] or check_swift.swift_files()
    return check(files, args.bindings.resolve(), check_swift.FIXTURES / "api")


if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
