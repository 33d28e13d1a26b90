"""Check hand-written Swift against the API UniFFI generated, as far as a parser can.

There is no Swift compiler here, so nothing type-checks the iOS shell. This script catches the
mistakes a change of the generated bindings most often causes, by reading the generated Swift
(CairnCore.swift and CairnCoreTypes.swift) with regular expressions and the hand-written Swift
with tree-sitter:

- every call `core.<method>(...)`, `companion.<method>(...)` or `CairnCompanion.<method>(...)`
  names a method of the generated `CairnCompanion`, with its argument labels in order; calls to
  the generated free functions (`wipeStore`, `crisisLinesForRegion`) have their labels too;
- every `switch` over a value whose type it can tell is a generated enum: each `.case` exists,
  a pattern has as many associated values as the case, and a switch without `default` names
  every case (what the compiler calls exhaustive);
- every field chain `x.a.b` from a value whose type it can tell is a generated record: each
  field exists, as long as the chain stays on generated records.

It can tell a value's type only when it is written down in the same function: a parameter or
`let x: T`, `let x = y as? T`, `let x = x` (an unwrapped optional), or a field of a generated
record reached from one of those. Values that get their type by inference (closure
parameters, `if let x = store.insights`) are not followed.

What it cannot check, and leaves to the first build on a Mac: types of arguments and results,
optionals, initialisers, calls on receivers under other names, enum cases outside a `switch`
(arguments such as `.days(n)`, `if case`), and everything reached from a value whose type it
cannot tell. The summary line says how many switches and field uses it checked.

Usage: check_swift_api.py [--bindings DIR] [FILE.swift ...]
DIR defaults to $CAIRN_SWIFT_BINDINGS, else build/generated/swift (what scripts/test.sh
generates); FILEs default to every hand-written .swift file (check_swift.py's list).
"""

import argparse
import dataclasses
import os
import pathlib
import re
import sys

import tree_sitter
import tree_sitter_swift

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_BINDINGS = ROOT / "build" / "generated" / "swift"
BINDING_FILES = ("CairnCore.swift", "CairnCoreTypes.swift")
# The names the shell gives the companion: the worker's closure parameter and the class itself.
RECEIVERS = {"core", "companion", "CairnCompanion"}


@dataclasses.dataclass
class Api:
    """What the hand-written Swift may use, read from the generated files."""

    methods: dict[str, list[str]]  # CairnCompanion method -> argument labels ("_" if none)
    functions: dict[str, list[str]]  # public free functions -> argument labels
    enums: dict[str, dict[str, int]]  # enum -> case -> number of associated values
    records: dict[str, dict[str, str]]  # struct -> field -> type (as written)


# ---- The generated side: regular expressions over UniFFI's (regular) output.

COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def split_top(text: str) -> list[str]:
    """Splits on commas outside brackets: `a: [String], b: Date?` -> two parts."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "([<":
            depth += 1
        elif char in ")]>":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current)
    return [part.strip() for part in parts]


def labels(params: str) -> list[str]:
    """`_ value: T, path: String` -> ["_", "path"]: a parameter's first word is its label."""
    return [part.split(":")[0].split()[0] for part in split_top(params)]


def block(text: str, start: int) -> str:
    """The body of the declaration whose `{` is at or after `start`, to its matching `}`."""
    opening = text.index("{", start)
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return text[opening + 1:index]
    raise ValueError("unbalanced braces in the generated Swift")


def load_api(files: list[pathlib.Path]) -> Api:
    text = COMMENT.sub("", "\n".join(path.read_text() for path in files))
    api = Api({}, {}, {}, {})
    companion = re.search(r"^open class CairnCompanion\b", text, re.M)
    if companion:
        body = block(text, companion.end())
        for found in re.finditer(r"^\s*(?:open|public)\s+(?:static\s+)?func\s+(\w+)\s*\(([^)]*)\)", body, re.M):
            if not found.group(1).startswith("uniffi"):
                api.methods[found.group(1)] = labels(found.group(2))
    for found in re.finditer(r"^public\s+func\s+(\w+)\s*\(([^)]*)\)", text, re.M):
        name = found.group(1)
        if not name.startswith(("FfiConverter", "uniffi")):
            api.functions[name] = labels(found.group(2))
    for found in re.finditer(r"^public\s+enum\s+(\w+)\b", text, re.M):
        cases = {}
        for case in re.finditer(r"^[ \t]*case[ \t]+(\w+)[ \t]*(\(([^)]*)\))?", block(text, found.end()), re.M):
            cases[case.group(1)] = len(split_top(case.group(3))) if case.group(2) else 0
        api.enums[found.group(1)] = cases
    for found in re.finditer(r"^public\s+struct\s+(\w+)\s*:\s*Equatable", text, re.M):
        fields = re.findall(r"^\s*public\s+var\s+(\w+)\s*:\s*([^\n{=]+)", block(text, found.end()), re.M)
        api.records[found.group(1)] = {name: kind.strip() for name, kind in fields}
    return api


# ---- The hand-written side: tree-sitter.

def parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))


def text_of(node) -> str:
    return node.text.decode()


def walk(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def call_labels(call) -> list[str] | None:
    """The argument labels of a call, or None when it passes a trailing closure."""
    suffix = next((child for child in call.children if child.type == "call_suffix"), None)
    if suffix is None:
        return None
    arguments = next((child for child in suffix.children if child.type == "value_arguments"), None)
    if arguments is None or any(child.type == "lambda_literal" for child in suffix.children):
        return None
    found = []
    for argument in arguments.children:
        if argument.type == "value_argument":
            label = argument.child_by_field_name("name")
            found.append(text_of(label).strip() if label is not None else "_")
    return found


def check_call(call, api: Api, where) -> list[str]:
    function = call.children[0]
    if function.type == "navigation_expression":
        target = function.child_by_field_name("target")
        suffix = function.child_by_field_name("suffix")
        if target is None or suffix is None or text_of(target) not in RECEIVERS:
            return []
        name = text_of(suffix).lstrip(".")
        expected = api.methods.get(name)
        if expected is None:
            return [f"{where(call)}: CairnCompanion has no method `{name}` in the generated bindings"]
        kind = f"CairnCompanion.{name}"
    elif function.type == "simple_identifier" and text_of(function) in api.functions:
        name = text_of(function)
        expected = api.functions[name]
        kind = name
    else:
        return []
    given = call_labels(call)
    if given is not None and given != expected:
        return [f"{where(call)}: {kind} takes ({', '.join(l + ':' for l in expected)}), "
                f"called with ({', '.join(l + ':' for l in given)})"]
    return []


def enclosing_scope(node):
    """The function, initialiser or computed property the node is in (its text is searched)."""
    scope = node.parent
    while scope is not None and scope.type not in (
        "function_declaration", "init_declaration", "computed_property", "source_file",
    ):
        scope = scope.parent
    return scope


def bare_type(written: str) -> str:
    """`CairnCore.Settings?` -> `Settings`."""
    return written.strip().rstrip("?!").strip().removeprefix("CairnCore.")


def declared_type(name: str, scope_text: str) -> str | None:
    """The type written for `name` in its scope: `name: T`, `let name = x as? T`, `let name = y`
    (an unwrapped optional keeps y's type)."""
    escaped = re.escape(name)
    written = re.search(rf"\b{escaped}\s*:\s*([A-Z][\w.]*\??)", scope_text)
    if written:
        return bare_type(written.group(1))
    cast = re.search(rf"\blet\s+{escaped}\s*=\s*[\w.]+\s+as[?!]\s*([A-Z]\w*)", scope_text)
    if cast:
        return cast.group(1)
    alias = re.search(rf"\blet\s+{escaped}\s*=\s*([A-Za-z_]\w*)\s*(?:[,{{\n]|else)", scope_text)
    if alias and alias.group(1) != name:
        return declared_type(alias.group(1), scope_text)
    return None


def subject_type(subject, scope_text: str, api: Api) -> str | None:
    if subject.type == "simple_identifier":
        return declared_type(text_of(subject), scope_text)
    if subject.type == "navigation_expression":
        target = subject.child_by_field_name("target")
        suffix = subject.child_by_field_name("suffix")
        if target is None or suffix is None:
            return None
        owner = subject_type(target, scope_text, api)
        if owner in api.records:
            field = api.records[owner].get(text_of(suffix).lstrip("."))
            return bare_type(field) if field else None
    return None


def check_switch(switch, api: Api, where, counts) -> list[str]:
    subject = switch.child_by_field_name("expr")
    scope = enclosing_scope(switch)
    if subject is None or scope is None:
        counts["skipped"] += 1
        return []
    before = scope.text[: switch.start_byte - scope.start_byte].decode()
    enum = subject_type(subject, before, api)
    if enum not in api.enums:
        counts["skipped"] += 1
        return []
    counts["checked"] += 1
    cases = api.enums[enum]
    found, named, has_default = [], set(), False
    for entry in (child for child in switch.children if child.type == "switch_entry"):
        if any(child.type == "default_keyword" for child in entry.children):
            has_default = True
        for item in (child for child in entry.children if child.type == "switch_pattern"):
            pattern = item.children[0] if item.children else None
            if pattern is None or not pattern.children or pattern.children[0].type != ".":
                continue
            name = text_of(pattern.children[1])
            values = [child for child in pattern.children if child.type == "pattern"]
            if name not in cases:
                found.append(f"{where(item)}: {enum} has no case `.{name}` in the generated bindings")
                continue
            named.add(name)
            if values and cases[name] != len(values) and not (len(values) == 1 and cases[name] > 1):
                found.append(f"{where(item)}: {enum}.{name} has {cases[name]} associated "
                             f"value(s), the pattern binds {len(values)}")
    missing = sorted(set(cases) - named)
    if missing and not has_default and not found:
        found.append(f"{where(switch)}: switch over {enum} misses "
                     + ", ".join("." + name for name in missing))
    return found


def check_fields(chain, api: Api, where, counts) -> list[str]:
    """`x.a.b`, where x's type is written in its scope and is a generated record: each field
    exists, as long as the chain stays on generated records."""
    root = chain.child_by_field_name("target")
    if root is None or root.type != "simple_identifier":
        return []
    scope = enclosing_scope(chain)
    if scope is None:
        return []
    kind = declared_type(text_of(root), scope.text[: chain.start_byte - scope.start_byte].decode())
    current = chain
    while kind in api.records and current is not None:
        suffix = current.child_by_field_name("suffix")
        if suffix is None:
            return []
        name = text_of(suffix).lstrip(".")
        fields = api.records[kind]
        counts["fields"] += 1
        if name not in fields:
            return [f"{where(suffix)}: {kind} has no field `{name}` in the generated bindings"]
        kind = bare_type(fields[name])
        parent = current.parent
        is_target = (parent is not None and parent.type == "navigation_expression"
                     and parent.child_by_field_name("target") == current)
        current = parent if is_target else None
    return []


def check_source(source: bytes, label: str, api: Api, swift: tree_sitter.Parser, counts) -> list[str]:
    def where(node) -> str:
        return f"{label}:{node.start_point[0] + 1}"

    problems = []
    for node in walk(swift.parse(source).root_node):
        if node.type == "call_expression" and node.children:
            problems.extend(check_call(node, api, where))
        elif node.type == "switch_statement":
            problems.extend(check_switch(node, api, where, counts))
        if node.type == "navigation_expression":
            problems.extend(check_fields(node, api, where, counts))
    return problems


def binding_files(directory: pathlib.Path, suffix: str = "") -> list[pathlib.Path]:
    return [directory / (name + suffix) for name in BINDING_FILES]


def run(files: list[pathlib.Path], bindings: list[pathlib.Path], swift: tree_sitter.Parser,
        base: pathlib.Path = ROOT) -> tuple[list[str], dict]:
    missing = [str(path) for path in bindings if not path.is_file()]
    if missing:
        raise FileNotFoundError("generated Swift bindings not found: " + ", ".join(missing))
    api = load_api(bindings)
    if not api.methods or not api.enums:
        raise ValueError("read no CairnCompanion methods or enums from the generated Swift: "
                         "has UniFFI's output format changed?")
    counts = {"checked": 0, "skipped": 0, "fields": 0, "files": len(files)}
    problems = []
    for path in files:
        label = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
        problems.extend(check_source(path.read_bytes(), label, api, swift, counts))
    return problems, counts


def self_test(swift: tree_sitter.Parser, fixtures: pathlib.Path) -> str | None:
    """The fixture marks each line that must be reported with `// API-ERROR`; the check must
    report exactly those lines, against stub bindings copied from UniFFI's output."""
    sample = fixtures / "api.swift.fixture"
    problems, _ = run([sample], binding_files(fixtures, ".fixture"), swift, base=fixtures)
    expected = {
        number for number, line in enumerate(sample.read_text().splitlines(), start=1)
        if "// API-ERROR" in line
    }
    reported = {int(problem.split(":")[1]) for problem in problems}
    if reported != expected:
        return (f"swift API check self-test: expected problems on lines {sorted(expected)}, "
                f"got {problems}")
    return None


def check(files: list[pathlib.Path], bindings: pathlib.Path, fixtures: pathlib.Path) -> int:
    """The self-test, then the check of `files` against the bindings in `bindings`."""
    swift = parser()
    failure = self_test(swift, fixtures)
    if failure:
        print(failure)
        return 1
    try:
        problems, counts = run(files, binding_files(bindings), swift)
    except (FileNotFoundError, ValueError) as error:
        print(f"swift API: {error}")
        return 1
    for problem in problems:
        print(problem)
    print(f"swift API against {bindings}: {counts['files']} files, {len(problems)} problems; "
          f"{counts['checked']} switches over generated enums checked, "
          f"{counts['skipped']} over other or unresolved types skipped; "
          f"{counts['fields']} record field uses checked")
    return 1 if problems else 0


def default_bindings() -> pathlib.Path:
    return pathlib.Path(os.environ.get("CAIRN_SWIFT_BINDINGS", DEFAULT_BINDINGS))


def main(argv: list[str]) -> int:
    import check_swift

    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--bindings", type=pathlib.Path, default=default_bindings())
    options.add_argument("files", nargs="*", type=pathlib.Path)
    args = options.parse_args(argv)
    files = [path.resolve() for path in args.files] or check_swift.swift_files()
    return check(files, args.bindings, check_swift.FIXTURES / "api")


if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
